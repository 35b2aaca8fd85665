from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.interaction import Interaction
from ...types import UNSET, Response, Unset


def _get_kwargs(
    version: str,
    project: str,
    location: str,
    id: str,
    *,
    stream: bool | Unset = False,
    last_event_id: str | Unset = UNSET,
    include_input: bool | Unset = UNSET,
    api_revision: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_revision, Unset):
        headers["Api-Revision"] = api_revision

    params: dict[str, Any] = {}

    params["stream"] = stream

    params["last_event_id"] = last_event_id

    params["include_input"] = include_input

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{version}/projects/{project}/locations/{location}/interactions/{id}".format(
            version=quote(str(version), safe=""),
            project=quote(str(project), safe=""),
            location=quote(str(location), safe=""),
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorResponse | Interaction | None:
    if response.status_code == 200:
        response_200 = Interaction.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[ErrorResponse | Interaction]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    version: str,
    project: str,
    location: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    stream: bool | Unset = False,
    last_event_id: str | Unset = UNSET,
    include_input: bool | Unset = UNSET,
    api_revision: str | Unset = UNSET,
) -> Response[ErrorResponse | Interaction]:
    """Get an interaction, or stream/resume its events

    Args:
        version (str):
        project (str):
        location (str):
        id (str):
        stream (bool | Unset):  Default: False.
        last_event_id (str | Unset):
        include_input (bool | Unset):
        api_revision (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Interaction]
    """

    kwargs = _get_kwargs(
        version=version,
        project=project,
        location=location,
        id=id,
        stream=stream,
        last_event_id=last_event_id,
        include_input=include_input,
        api_revision=api_revision,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    version: str,
    project: str,
    location: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    stream: bool | Unset = False,
    last_event_id: str | Unset = UNSET,
    include_input: bool | Unset = UNSET,
    api_revision: str | Unset = UNSET,
) -> ErrorResponse | Interaction | None:
    """Get an interaction, or stream/resume its events

    Args:
        version (str):
        project (str):
        location (str):
        id (str):
        stream (bool | Unset):  Default: False.
        last_event_id (str | Unset):
        include_input (bool | Unset):
        api_revision (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Interaction
    """

    return sync_detailed(
        version=version,
        project=project,
        location=location,
        id=id,
        client=client,
        stream=stream,
        last_event_id=last_event_id,
        include_input=include_input,
        api_revision=api_revision,
    ).parsed


async def asyncio_detailed(
    version: str,
    project: str,
    location: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    stream: bool | Unset = False,
    last_event_id: str | Unset = UNSET,
    include_input: bool | Unset = UNSET,
    api_revision: str | Unset = UNSET,
) -> Response[ErrorResponse | Interaction]:
    """Get an interaction, or stream/resume its events

    Args:
        version (str):
        project (str):
        location (str):
        id (str):
        stream (bool | Unset):  Default: False.
        last_event_id (str | Unset):
        include_input (bool | Unset):
        api_revision (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Interaction]
    """

    kwargs = _get_kwargs(
        version=version,
        project=project,
        location=location,
        id=id,
        stream=stream,
        last_event_id=last_event_id,
        include_input=include_input,
        api_revision=api_revision,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    version: str,
    project: str,
    location: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    stream: bool | Unset = False,
    last_event_id: str | Unset = UNSET,
    include_input: bool | Unset = UNSET,
    api_revision: str | Unset = UNSET,
) -> ErrorResponse | Interaction | None:
    """Get an interaction, or stream/resume its events

    Args:
        version (str):
        project (str):
        location (str):
        id (str):
        stream (bool | Unset):  Default: False.
        last_event_id (str | Unset):
        include_input (bool | Unset):
        api_revision (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Interaction
    """

    return (
        await asyncio_detailed(
            version=version,
            project=project,
            location=location,
            id=id,
            client=client,
            stream=stream,
            last_event_id=last_event_id,
            include_input=include_input,
            api_revision=api_revision,
        )
    ).parsed

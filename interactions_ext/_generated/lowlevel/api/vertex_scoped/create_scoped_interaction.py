from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_agent_interaction import CreateAgentInteraction
from ...models.create_model_interaction import CreateModelInteraction
from ...models.error_response import ErrorResponse
from ...models.interaction import Interaction
from ...types import UNSET, Response, Unset


def _get_kwargs(
    version: str,
    project: str,
    location: str,
    *,
    body: CreateAgentInteraction | CreateModelInteraction,
    api_revision: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_revision, Unset):
        headers["Api-Revision"] = api_revision

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{version}/projects/{project}/locations/{location}/interactions".format(
            version=quote(str(version), safe=""),
            project=quote(str(project), safe=""),
            location=quote(str(location), safe=""),
        ),
    }

    if isinstance(body, CreateModelInteraction):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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
    *,
    client: AuthenticatedClient | Client,
    body: CreateAgentInteraction | CreateModelInteraction,
    api_revision: str | Unset = UNSET,
) -> Response[ErrorResponse | Interaction]:
    """Create an interaction (Vertex, project/location scoped)

    Args:
        version (str):
        project (str):
        location (str):
        api_revision (str | Unset):
        body (CreateAgentInteraction | CreateModelInteraction): Exactly one of `model` or `agent`.

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
        body=body,
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
    *,
    client: AuthenticatedClient | Client,
    body: CreateAgentInteraction | CreateModelInteraction,
    api_revision: str | Unset = UNSET,
) -> ErrorResponse | Interaction | None:
    """Create an interaction (Vertex, project/location scoped)

    Args:
        version (str):
        project (str):
        location (str):
        api_revision (str | Unset):
        body (CreateAgentInteraction | CreateModelInteraction): Exactly one of `model` or `agent`.

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
        client=client,
        body=body,
        api_revision=api_revision,
    ).parsed


async def asyncio_detailed(
    version: str,
    project: str,
    location: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateAgentInteraction | CreateModelInteraction,
    api_revision: str | Unset = UNSET,
) -> Response[ErrorResponse | Interaction]:
    """Create an interaction (Vertex, project/location scoped)

    Args:
        version (str):
        project (str):
        location (str):
        api_revision (str | Unset):
        body (CreateAgentInteraction | CreateModelInteraction): Exactly one of `model` or `agent`.

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
        body=body,
        api_revision=api_revision,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    version: str,
    project: str,
    location: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateAgentInteraction | CreateModelInteraction,
    api_revision: str | Unset = UNSET,
) -> ErrorResponse | Interaction | None:
    """Create an interaction (Vertex, project/location scoped)

    Args:
        version (str):
        project (str):
        location (str):
        api_revision (str | Unset):
        body (CreateAgentInteraction | CreateModelInteraction): Exactly one of `model` or `agent`.

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
            client=client,
            body=body,
            api_revision=api_revision,
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_interaction_response_200 import DeleteInteractionResponse200
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    version: str,
    id: str,
    *,
    api_revision: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_revision, Unset):
        headers["Api-Revision"] = api_revision

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/{version}/interactions/{id}".format(
            version=quote(str(version), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> DeleteInteractionResponse200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DeleteInteractionResponse200.from_dict(response.json())

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
) -> Response[DeleteInteractionResponse200 | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    version: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    api_revision: str | Unset = UNSET,
) -> Response[DeleteInteractionResponse200 | ErrorResponse]:
    """Delete an interaction

    Args:
        version (str):
        id (str):
        api_revision (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteInteractionResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        version=version,
        id=id,
        api_revision=api_revision,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    version: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    api_revision: str | Unset = UNSET,
) -> DeleteInteractionResponse200 | ErrorResponse | None:
    """Delete an interaction

    Args:
        version (str):
        id (str):
        api_revision (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteInteractionResponse200 | ErrorResponse
    """

    return sync_detailed(
        version=version,
        id=id,
        client=client,
        api_revision=api_revision,
    ).parsed


async def asyncio_detailed(
    version: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    api_revision: str | Unset = UNSET,
) -> Response[DeleteInteractionResponse200 | ErrorResponse]:
    """Delete an interaction

    Args:
        version (str):
        id (str):
        api_revision (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteInteractionResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        version=version,
        id=id,
        api_revision=api_revision,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    version: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    api_revision: str | Unset = UNSET,
) -> DeleteInteractionResponse200 | ErrorResponse | None:
    """Delete an interaction

    Args:
        version (str):
        id (str):
        api_revision (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteInteractionResponse200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            version=version,
            id=id,
            client=client,
            api_revision=api_revision,
        )
    ).parsed

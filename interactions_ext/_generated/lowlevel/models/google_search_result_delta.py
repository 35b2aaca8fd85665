from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.google_search_result import GoogleSearchResult


T = TypeVar("T", bound="GoogleSearchResultDelta")


@_attrs_define
class GoogleSearchResultDelta:
    """
    Attributes:
        type_ (Literal['google_search_result']):
        result (list[GoogleSearchResult] | Unset):
        is_error (bool | Unset):
        signature (str | Unset): Opaque signature to send back with history.
    """

    type_: Literal["google_search_result"]
    result: list[GoogleSearchResult] | Unset = UNSET
    is_error: bool | Unset = UNSET
    signature: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        result: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = []
            for result_item_data in self.result:
                result_item = result_item_data.to_dict()
                result.append(result_item)

        is_error = self.is_error

        signature = self.signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if result is not UNSET:
            field_dict["result"] = result
        if is_error is not UNSET:
            field_dict["is_error"] = is_error
        if signature is not UNSET:
            field_dict["signature"] = signature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.google_search_result import GoogleSearchResult  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["google_search_result"], d.pop("type"))
        if type_ != "google_search_result":
            raise ValueError(f"type must match const 'google_search_result', got '{type_}'")

        _result = d.pop("result", UNSET)
        result: list[GoogleSearchResult] | Unset = UNSET
        if _result is not UNSET:
            result = []
            for result_item_data in _result:
                result_item = GoogleSearchResult.from_dict(result_item_data)

                result.append(result_item)

        is_error = d.pop("is_error", UNSET)

        signature = d.pop("signature", UNSET)

        google_search_result_delta = cls(
            type_=type_,
            result=result,
            is_error=is_error,
            signature=signature,
        )

        google_search_result_delta.additional_properties = d
        return google_search_result_delta

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

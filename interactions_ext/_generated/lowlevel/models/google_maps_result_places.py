from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.review_snippet import ReviewSnippet


T = TypeVar("T", bound="GoogleMapsResultPlaces")


@_attrs_define
class GoogleMapsResultPlaces:
    """One place found by Google Maps.

    Attributes:
        name (str | Unset):
        place_id (str | Unset):
        url (str | Unset):
        review_snippets (list[ReviewSnippet] | Unset):
    """

    name: str | Unset = UNSET
    place_id: str | Unset = UNSET
    url: str | Unset = UNSET
    review_snippets: list[ReviewSnippet] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        place_id = self.place_id

        url = self.url

        review_snippets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.review_snippets, Unset):
            review_snippets = []
            for review_snippets_item_data in self.review_snippets:
                review_snippets_item = review_snippets_item_data.to_dict()
                review_snippets.append(review_snippets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if place_id is not UNSET:
            field_dict["place_id"] = place_id
        if url is not UNSET:
            field_dict["url"] = url
        if review_snippets is not UNSET:
            field_dict["review_snippets"] = review_snippets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.review_snippet import ReviewSnippet  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        place_id = d.pop("place_id", UNSET)

        url = d.pop("url", UNSET)

        _review_snippets = d.pop("review_snippets", UNSET)
        review_snippets: list[ReviewSnippet] | Unset = UNSET
        if _review_snippets is not UNSET:
            review_snippets = []
            for review_snippets_item_data in _review_snippets:
                review_snippets_item = ReviewSnippet.from_dict(review_snippets_item_data)

                review_snippets.append(review_snippets_item)

        google_maps_result_places = cls(
            name=name,
            place_id=place_id,
            url=url,
            review_snippets=review_snippets,
        )

        google_maps_result_places.additional_properties = d
        return google_maps_result_places

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

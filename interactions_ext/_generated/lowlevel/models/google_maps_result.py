from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.google_maps_result_places import GoogleMapsResultPlaces


T = TypeVar("T", bound="GoogleMapsResult")


@_attrs_define
class GoogleMapsResult:
    """What one Google Maps query found.

    Attributes:
        places (list[GoogleMapsResultPlaces] | Unset):
        widget_context_token (str | Unset): Token for rendering the Google Maps widget with these results.
    """

    places: list[GoogleMapsResultPlaces] | Unset = UNSET
    widget_context_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        places: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.places, Unset):
            places = []
            for places_item_data in self.places:
                places_item = places_item_data.to_dict()
                places.append(places_item)

        widget_context_token = self.widget_context_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if places is not UNSET:
            field_dict["places"] = places
        if widget_context_token is not UNSET:
            field_dict["widget_context_token"] = widget_context_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.google_maps_result_places import GoogleMapsResultPlaces  # noqa: PLC0415

        d = dict(src_dict)
        _places = d.pop("places", UNSET)
        places: list[GoogleMapsResultPlaces] | Unset = UNSET
        if _places is not UNSET:
            places = []
            for places_item_data in _places:
                places_item = GoogleMapsResultPlaces.from_dict(places_item_data)

                places.append(places_item)

        widget_context_token = d.pop("widget_context_token", UNSET)

        google_maps_result = cls(
            places=places,
            widget_context_token=widget_context_token,
        )

        google_maps_result.additional_properties = d
        return google_maps_result

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

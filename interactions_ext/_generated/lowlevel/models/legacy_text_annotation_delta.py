from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_citation import FileCitation
    from ..models.place_citation import PlaceCitation
    from ..models.speech_annotation import SpeechAnnotation
    from ..models.url_citation import UrlCitation
    from ..models.word_info import WordInfo


T = TypeVar("T", bound="LegacyTextAnnotationDelta")


@_attrs_define
class LegacyTextAnnotationDelta:
    """Legacy revision (2026-05-07), deprecated: the current revision's counterpart.

    Attributes:
        type_ (Literal['text_annotation']):
        annotations (list[FileCitation | PlaceCitation | SpeechAnnotation | UrlCitation | WordInfo] | Unset):
    """

    type_: Literal["text_annotation"]
    annotations: (
        list[FileCitation | PlaceCitation | SpeechAnnotation | UrlCitation | WordInfo] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.file_citation import FileCitation  # noqa: PLC0415
        from ..models.place_citation import PlaceCitation  # noqa: PLC0415
        from ..models.url_citation import UrlCitation  # noqa: PLC0415
        from ..models.word_info import WordInfo  # noqa: PLC0415

        type_ = self.type_

        annotations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item: dict[str, Any]
                if isinstance(annotations_item_data, UrlCitation):
                    annotations_item = annotations_item_data.to_dict()
                elif isinstance(annotations_item_data, FileCitation):
                    annotations_item = annotations_item_data.to_dict()
                elif isinstance(annotations_item_data, PlaceCitation):
                    annotations_item = annotations_item_data.to_dict()
                elif isinstance(annotations_item_data, WordInfo):
                    annotations_item = annotations_item_data.to_dict()
                else:
                    annotations_item = annotations_item_data.to_dict()

                annotations.append(annotations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_citation import FileCitation  # noqa: PLC0415
        from ..models.place_citation import PlaceCitation  # noqa: PLC0415
        from ..models.speech_annotation import SpeechAnnotation  # noqa: PLC0415
        from ..models.url_citation import UrlCitation  # noqa: PLC0415
        from ..models.word_info import WordInfo  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["text_annotation"], d.pop("type"))
        if type_ != "text_annotation":
            raise ValueError(f"type must match const 'text_annotation', got '{type_}'")

        _annotations = d.pop("annotations", UNSET)
        annotations: (
            list[FileCitation | PlaceCitation | SpeechAnnotation | UrlCitation | WordInfo] | Unset
        ) = UNSET
        if _annotations is not UNSET:
            annotations = []
            for annotations_item_data in _annotations:

                def _parse_annotations_item(
                    data: object,
                ) -> FileCitation | PlaceCitation | SpeechAnnotation | UrlCitation | WordInfo:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_annotation_type_0 = UrlCitation.from_dict(data)

                        return componentsschemas_annotation_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_annotation_type_1 = FileCitation.from_dict(data)

                        return componentsschemas_annotation_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_annotation_type_2 = PlaceCitation.from_dict(data)

                        return componentsschemas_annotation_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_annotation_type_3 = WordInfo.from_dict(data)

                        return componentsschemas_annotation_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_annotation_type_4 = SpeechAnnotation.from_dict(data)

                    return componentsschemas_annotation_type_4

                annotations_item = _parse_annotations_item(annotations_item_data)

                annotations.append(annotations_item)

        legacy_text_annotation_delta = cls(
            type_=type_,
            annotations=annotations,
        )

        legacy_text_annotation_delta.additional_properties = d
        return legacy_text_annotation_delta

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.smart_transcription_mode import SmartTranscriptionMode
    from ..models.verbatim_transcription_mode import VerbatimTranscriptionMode


T = TypeVar("T", bound="TranscriptionConfig")


@_attrs_define
class TranscriptionConfig:
    """Speech recognition settings.

    Attributes:
        mode (SmartTranscriptionMode | str | Unset | VerbatimTranscriptionMode): A transcription mode, as an object or
            by name.
        language_codes (list[str] | Unset): BCP-47 codes of the languages spoken; empty means detect them.
        custom_vocabulary (list[str] | Unset): Terms the recognizer should favour.
        adaptation_phrases (list[str] | Unset): Phrases the recognizer should favour.
        diarization_mode (str | Unset): Speaker diarization; `speaker` is supported.
        language_hints (list[str] | Unset): Older name of language_codes.
        timestamp_granularities (list[str] | Unset): Timestamps to include; `word` is supported.
    """

    mode: SmartTranscriptionMode | str | Unset | VerbatimTranscriptionMode = UNSET
    language_codes: list[str] | Unset = UNSET
    custom_vocabulary: list[str] | Unset = UNSET
    adaptation_phrases: list[str] | Unset = UNSET
    diarization_mode: str | Unset = UNSET
    language_hints: list[str] | Unset = UNSET
    timestamp_granularities: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.smart_transcription_mode import SmartTranscriptionMode  # noqa: PLC0415
        from ..models.verbatim_transcription_mode import VerbatimTranscriptionMode  # noqa: PLC0415

        mode: dict[str, Any] | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, VerbatimTranscriptionMode):
            mode = self.mode.to_dict()
        elif isinstance(self.mode, SmartTranscriptionMode):
            mode = self.mode.to_dict()
        else:
            mode = self.mode

        language_codes: list[str] | Unset = UNSET
        if not isinstance(self.language_codes, Unset):
            language_codes = self.language_codes

        custom_vocabulary: list[str] | Unset = UNSET
        if not isinstance(self.custom_vocabulary, Unset):
            custom_vocabulary = self.custom_vocabulary

        adaptation_phrases: list[str] | Unset = UNSET
        if not isinstance(self.adaptation_phrases, Unset):
            adaptation_phrases = self.adaptation_phrases

        diarization_mode = self.diarization_mode

        language_hints: list[str] | Unset = UNSET
        if not isinstance(self.language_hints, Unset):
            language_hints = self.language_hints

        timestamp_granularities: list[str] | Unset = UNSET
        if not isinstance(self.timestamp_granularities, Unset):
            timestamp_granularities = self.timestamp_granularities

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if language_codes is not UNSET:
            field_dict["language_codes"] = language_codes
        if custom_vocabulary is not UNSET:
            field_dict["custom_vocabulary"] = custom_vocabulary
        if adaptation_phrases is not UNSET:
            field_dict["adaptation_phrases"] = adaptation_phrases
        if diarization_mode is not UNSET:
            field_dict["diarization_mode"] = diarization_mode
        if language_hints is not UNSET:
            field_dict["language_hints"] = language_hints
        if timestamp_granularities is not UNSET:
            field_dict["timestamp_granularities"] = timestamp_granularities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.smart_transcription_mode import SmartTranscriptionMode  # noqa: PLC0415
        from ..models.verbatim_transcription_mode import VerbatimTranscriptionMode  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_mode(
            data: object,
        ) -> SmartTranscriptionMode | str | Unset | VerbatimTranscriptionMode:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_transcription_mode_type_0 = VerbatimTranscriptionMode.from_dict(
                    data
                )

                return componentsschemas_transcription_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_transcription_mode_type_1 = SmartTranscriptionMode.from_dict(data)

                return componentsschemas_transcription_mode_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SmartTranscriptionMode | str | Unset | VerbatimTranscriptionMode, data)

        mode = _parse_mode(d.pop("mode", UNSET))

        language_codes = cast(list[str], d.pop("language_codes", UNSET))

        custom_vocabulary = cast(list[str], d.pop("custom_vocabulary", UNSET))

        adaptation_phrases = cast(list[str], d.pop("adaptation_phrases", UNSET))

        diarization_mode = d.pop("diarization_mode", UNSET)

        language_hints = cast(list[str], d.pop("language_hints", UNSET))

        timestamp_granularities = cast(list[str], d.pop("timestamp_granularities", UNSET))

        transcription_config = cls(
            mode=mode,
            language_codes=language_codes,
            custom_vocabulary=custom_vocabulary,
            adaptation_phrases=adaptation_phrases,
            diarization_mode=diarization_mode,
            language_hints=language_hints,
            timestamp_granularities=timestamp_granularities,
        )

        transcription_config.additional_properties = d
        return transcription_config

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

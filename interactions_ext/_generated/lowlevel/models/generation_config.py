from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_config import ImageConfig
    from ..models.speaker_config import SpeakerConfig
    from ..models.speech_config import SpeechConfig
    from ..models.tool_choice_config import ToolChoiceConfig
    from ..models.transcription_config import TranscriptionConfig
    from ..models.video_config import VideoConfig


T = TypeVar("T", bound="GenerationConfig")


@_attrs_define
class GenerationConfig:
    """Generation settings of model interactions: sampling, thinking, tools, and media output.

    Attributes:
        temperature (float | Unset): Sampling randomness.
        top_p (float | Unset): Nucleus sampling: the cumulative probability of the tokens considered.
        max_output_tokens (int | Unset): Most tokens the answer may have.
        seed (int | Unset): Seed for reproducible sampling.
        stop_sequences (list[str] | Unset): Output ends at any of these strings.
        thinking_level (str | Unset): How much the model thinks before it answers. Known values: `minimal`, `low`,
            `medium`, `high`, `xhigh`.
        thinking_summaries (str | Unset): Whether thought summaries are returned. Known values: `auto`, `none`.
        tool_choice (str | ToolChoiceConfig | Unset): Which tools the model may call: a ToolChoiceType, or a
            ToolChoiceConfig naming them.
        speech_config (list[SpeechConfig] | SpeakerConfig | Unset): Voice settings: one SpeechConfig per speaker, or a
            SpeakerConfig.
        image_config (ImageConfig | Unset): Image generation settings.
        video_config (VideoConfig | Unset): Video generation settings.
        transcription_config (TranscriptionConfig | Unset): Speech recognition settings.
    """

    temperature: float | Unset = UNSET
    top_p: float | Unset = UNSET
    max_output_tokens: int | Unset = UNSET
    seed: int | Unset = UNSET
    stop_sequences: list[str] | Unset = UNSET
    thinking_level: str | Unset = UNSET
    thinking_summaries: str | Unset = UNSET
    tool_choice: str | ToolChoiceConfig | Unset = UNSET
    speech_config: list[SpeechConfig] | SpeakerConfig | Unset = UNSET
    image_config: ImageConfig | Unset = UNSET
    video_config: VideoConfig | Unset = UNSET
    transcription_config: TranscriptionConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.speaker_config import SpeakerConfig  # noqa: PLC0415
        from ..models.tool_choice_config import ToolChoiceConfig  # noqa: PLC0415

        temperature = self.temperature

        top_p = self.top_p

        max_output_tokens = self.max_output_tokens

        seed = self.seed

        stop_sequences: list[str] | Unset = UNSET
        if not isinstance(self.stop_sequences, Unset):
            stop_sequences = self.stop_sequences

        thinking_level = self.thinking_level

        thinking_summaries = self.thinking_summaries

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, ToolChoiceConfig):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice

        speech_config: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.speech_config, Unset):
            speech_config = UNSET
        elif isinstance(self.speech_config, SpeakerConfig):
            speech_config = self.speech_config.to_dict()
        else:
            speech_config = []
            for speech_config_type_1_item_data in self.speech_config:
                speech_config_type_1_item = speech_config_type_1_item_data.to_dict()
                speech_config.append(speech_config_type_1_item)

        image_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_config, Unset):
            image_config = self.image_config.to_dict()

        video_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_config, Unset):
            video_config = self.video_config.to_dict()

        transcription_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transcription_config, Unset):
            transcription_config = self.transcription_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if seed is not UNSET:
            field_dict["seed"] = seed
        if stop_sequences is not UNSET:
            field_dict["stop_sequences"] = stop_sequences
        if thinking_level is not UNSET:
            field_dict["thinking_level"] = thinking_level
        if thinking_summaries is not UNSET:
            field_dict["thinking_summaries"] = thinking_summaries
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if speech_config is not UNSET:
            field_dict["speech_config"] = speech_config
        if image_config is not UNSET:
            field_dict["image_config"] = image_config
        if video_config is not UNSET:
            field_dict["video_config"] = video_config
        if transcription_config is not UNSET:
            field_dict["transcription_config"] = transcription_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_config import ImageConfig  # noqa: PLC0415
        from ..models.speaker_config import SpeakerConfig  # noqa: PLC0415
        from ..models.speech_config import SpeechConfig  # noqa: PLC0415
        from ..models.tool_choice_config import ToolChoiceConfig  # noqa: PLC0415
        from ..models.transcription_config import TranscriptionConfig  # noqa: PLC0415
        from ..models.video_config import VideoConfig  # noqa: PLC0415

        d = dict(src_dict)
        temperature = d.pop("temperature", UNSET)

        top_p = d.pop("top_p", UNSET)

        max_output_tokens = d.pop("max_output_tokens", UNSET)

        seed = d.pop("seed", UNSET)

        stop_sequences = cast(list[str], d.pop("stop_sequences", UNSET))

        thinking_level = d.pop("thinking_level", UNSET)

        thinking_summaries = d.pop("thinking_summaries", UNSET)

        def _parse_tool_choice(data: object) -> str | ToolChoiceConfig | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_choice_type_0 = ToolChoiceConfig.from_dict(data)

                return tool_choice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | ToolChoiceConfig | Unset, data)

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        def _parse_speech_config(data: object) -> list[SpeechConfig] | SpeakerConfig | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                speech_config_type_0 = SpeakerConfig.from_dict(data)

                return speech_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            speech_config_type_1 = []
            _speech_config_type_1 = data
            for speech_config_type_1_item_data in _speech_config_type_1:
                speech_config_type_1_item = SpeechConfig.from_dict(speech_config_type_1_item_data)

                speech_config_type_1.append(speech_config_type_1_item)

            return speech_config_type_1

        speech_config = _parse_speech_config(d.pop("speech_config", UNSET))

        _image_config = d.pop("image_config", UNSET)
        image_config: ImageConfig | Unset
        if isinstance(_image_config, Unset):
            image_config = UNSET
        else:
            image_config = ImageConfig.from_dict(_image_config)

        _video_config = d.pop("video_config", UNSET)
        video_config: VideoConfig | Unset
        if isinstance(_video_config, Unset):
            video_config = UNSET
        else:
            video_config = VideoConfig.from_dict(_video_config)

        _transcription_config = d.pop("transcription_config", UNSET)
        transcription_config: TranscriptionConfig | Unset
        if isinstance(_transcription_config, Unset):
            transcription_config = UNSET
        else:
            transcription_config = TranscriptionConfig.from_dict(_transcription_config)

        generation_config = cls(
            temperature=temperature,
            top_p=top_p,
            max_output_tokens=max_output_tokens,
            seed=seed,
            stop_sequences=stop_sequences,
            thinking_level=thinking_level,
            thinking_summaries=thinking_summaries,
            tool_choice=tool_choice,
            speech_config=speech_config,
            image_config=image_config,
            video_config=video_config,
            transcription_config=transcription_config,
        )

        generation_config.additional_properties = d
        return generation_config

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

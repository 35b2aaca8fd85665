from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thinking_level import ThinkingLevel, check_thinking_level
from ..models.thinking_summaries import ThinkingSummaries, check_thinking_summaries
from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerationConfig")


@_attrs_define
class GenerationConfig:
    """Sampling and thinking settings (model interactions only).

    Attributes:
        temperature (float | Unset):
        top_p (float | Unset):
        max_output_tokens (int | Unset):
        seed (int | Unset):
        stop_sequences (list[str] | Unset):
        thinking_level (ThinkingLevel | Unset):
        thinking_summaries (ThinkingSummaries | Unset):
        tool_choice (Any | Unset): Any JSON value.
        speech_config (Any | Unset): Any JSON value.
    """

    temperature: float | Unset = UNSET
    top_p: float | Unset = UNSET
    max_output_tokens: int | Unset = UNSET
    seed: int | Unset = UNSET
    stop_sequences: list[str] | Unset = UNSET
    thinking_level: ThinkingLevel | Unset = UNSET
    thinking_summaries: ThinkingSummaries | Unset = UNSET
    tool_choice: Any | Unset = UNSET
    speech_config: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        temperature = self.temperature

        top_p = self.top_p

        max_output_tokens = self.max_output_tokens

        seed = self.seed

        stop_sequences: list[str] | Unset = UNSET
        if not isinstance(self.stop_sequences, Unset):
            stop_sequences = self.stop_sequences

        thinking_level: str | Unset = UNSET
        if not isinstance(self.thinking_level, Unset):
            thinking_level = self.thinking_level

        thinking_summaries: str | Unset = UNSET
        if not isinstance(self.thinking_summaries, Unset):
            thinking_summaries = self.thinking_summaries

        tool_choice = self.tool_choice

        speech_config = self.speech_config

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        temperature = d.pop("temperature", UNSET)

        top_p = d.pop("top_p", UNSET)

        max_output_tokens = d.pop("max_output_tokens", UNSET)

        seed = d.pop("seed", UNSET)

        stop_sequences = cast(list[str], d.pop("stop_sequences", UNSET))

        _thinking_level = d.pop("thinking_level", UNSET)
        thinking_level: ThinkingLevel | Unset
        if isinstance(_thinking_level, Unset):
            thinking_level = UNSET
        else:
            thinking_level = check_thinking_level(_thinking_level)

        _thinking_summaries = d.pop("thinking_summaries", UNSET)
        thinking_summaries: ThinkingSummaries | Unset
        if isinstance(_thinking_summaries, Unset):
            thinking_summaries = UNSET
        else:
            thinking_summaries = check_thinking_summaries(_thinking_summaries)

        tool_choice = d.pop("tool_choice", UNSET)

        speech_config = d.pop("speech_config", UNSET)

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

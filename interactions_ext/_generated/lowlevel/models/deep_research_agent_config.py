from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeepResearchAgentConfig")


@_attrs_define
class DeepResearchAgentConfig:
    """Settings of the Deep Research agent.

    Attributes:
        type_ (Literal['deep-research']):
        thinking_summaries (str | Unset): Whether thought summaries are returned. Known values: `auto`, `none`.
        visualization (str | Unset): Whether the report may include visualizations. Known values: `off`, `auto`.
        collaborative_planning (bool | Unset): Answer first with a research plan and go on only once the next turn
            approves it.
        enable_bigquery_tool (bool | Unset): Let the agent query BigQuery.
    """

    type_: Literal["deep-research"]
    thinking_summaries: str | Unset = UNSET
    visualization: str | Unset = UNSET
    collaborative_planning: bool | Unset = UNSET
    enable_bigquery_tool: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        thinking_summaries = self.thinking_summaries

        visualization = self.visualization

        collaborative_planning = self.collaborative_planning

        enable_bigquery_tool = self.enable_bigquery_tool

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if thinking_summaries is not UNSET:
            field_dict["thinking_summaries"] = thinking_summaries
        if visualization is not UNSET:
            field_dict["visualization"] = visualization
        if collaborative_planning is not UNSET:
            field_dict["collaborative_planning"] = collaborative_planning
        if enable_bigquery_tool is not UNSET:
            field_dict["enable_bigquery_tool"] = enable_bigquery_tool

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["deep-research"], d.pop("type"))
        if type_ != "deep-research":
            raise ValueError(f"type must match const 'deep-research', got '{type_}'")

        thinking_summaries = d.pop("thinking_summaries", UNSET)

        visualization = d.pop("visualization", UNSET)

        collaborative_planning = d.pop("collaborative_planning", UNSET)

        enable_bigquery_tool = d.pop("enable_bigquery_tool", UNSET)

        deep_research_agent_config = cls(
            type_=type_,
            thinking_summaries=thinking_summaries,
            visualization=visualization,
            collaborative_planning=collaborative_planning,
            enable_bigquery_tool=enable_bigquery_tool,
        )

        deep_research_agent_config.additional_properties = d
        return deep_research_agent_config

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

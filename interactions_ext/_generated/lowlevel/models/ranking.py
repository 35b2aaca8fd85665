from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rank_service import RankService


T = TypeVar("T", bound="Ranking")


@_attrs_define
class Ranking:
    """Reranking of retrieved RAG chunks.

    Attributes:
        ranking_config (Literal['rank_service'] | Unset): Which reranker; `rank_service` is the only one modelled.
        rank_service (RankService | Unset): A rank service that reranks retrieved chunks.
        model_name (str | Unset):
    """

    ranking_config: Literal["rank_service"] | Unset = UNSET
    rank_service: RankService | Unset = UNSET
    model_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ranking_config = self.ranking_config

        rank_service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rank_service, Unset):
            rank_service = self.rank_service.to_dict()

        model_name = self.model_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ranking_config is not UNSET:
            field_dict["ranking_config"] = ranking_config
        if rank_service is not UNSET:
            field_dict["rank_service"] = rank_service
        if model_name is not UNSET:
            field_dict["model_name"] = model_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rank_service import RankService  # noqa: PLC0415

        d = dict(src_dict)
        ranking_config = cast(Literal["rank_service"] | Unset, d.pop("ranking_config", UNSET))
        if ranking_config != "rank_service" and not isinstance(ranking_config, Unset):
            raise ValueError(
                f"ranking_config must match const 'rank_service', got '{ranking_config}'"
            )

        _rank_service = d.pop("rank_service", UNSET)
        rank_service: RankService | Unset
        if isinstance(_rank_service, Unset):
            rank_service = UNSET
        else:
            rank_service = RankService.from_dict(_rank_service)

        model_name = d.pop("model_name", UNSET)

        ranking = cls(
            ranking_config=ranking_config,
            rank_service=rank_service,
            model_name=model_name,
        )

        ranking.additional_properties = d
        return ranking

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

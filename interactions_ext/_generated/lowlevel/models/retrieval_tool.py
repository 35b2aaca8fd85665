from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.exa_ai_search_config import ExaAISearchConfig
    from ..models.parallel_ai_search_config import ParallelAISearchConfig
    from ..models.rag_store_config import RagStoreConfig
    from ..models.vertex_ai_search_config import VertexAISearchConfig


T = TypeVar("T", bound="RetrievalTool")


@_attrs_define
class RetrievalTool:
    """Retrieval from a search or RAG backend (Vertex AI Search, RAG store, Exa, Parallel).

    Attributes:
        type_ (Literal['retrieval']):
        retrieval_types (list[str] | Unset):
        vertex_ai_search_config (VertexAISearchConfig | Unset): Vertex AI Search as a retrieval backend.
        rag_store_config (RagStoreConfig | Unset): A RAG store (Vertex AI RAG Engine) as a retrieval backend.
        exa_ai_search_config (ExaAISearchConfig | Unset): Exa AI search as a retrieval backend.
        parallel_ai_search_config (ParallelAISearchConfig | Unset): Parallel AI search as a retrieval backend.
    """

    type_: Literal["retrieval"]
    retrieval_types: list[str] | Unset = UNSET
    vertex_ai_search_config: VertexAISearchConfig | Unset = UNSET
    rag_store_config: RagStoreConfig | Unset = UNSET
    exa_ai_search_config: ExaAISearchConfig | Unset = UNSET
    parallel_ai_search_config: ParallelAISearchConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        retrieval_types: list[str] | Unset = UNSET
        if not isinstance(self.retrieval_types, Unset):
            retrieval_types = self.retrieval_types

        vertex_ai_search_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vertex_ai_search_config, Unset):
            vertex_ai_search_config = self.vertex_ai_search_config.to_dict()

        rag_store_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rag_store_config, Unset):
            rag_store_config = self.rag_store_config.to_dict()

        exa_ai_search_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exa_ai_search_config, Unset):
            exa_ai_search_config = self.exa_ai_search_config.to_dict()

        parallel_ai_search_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parallel_ai_search_config, Unset):
            parallel_ai_search_config = self.parallel_ai_search_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if retrieval_types is not UNSET:
            field_dict["retrieval_types"] = retrieval_types
        if vertex_ai_search_config is not UNSET:
            field_dict["vertex_ai_search_config"] = vertex_ai_search_config
        if rag_store_config is not UNSET:
            field_dict["rag_store_config"] = rag_store_config
        if exa_ai_search_config is not UNSET:
            field_dict["exa_ai_search_config"] = exa_ai_search_config
        if parallel_ai_search_config is not UNSET:
            field_dict["parallel_ai_search_config"] = parallel_ai_search_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.exa_ai_search_config import ExaAISearchConfig  # noqa: PLC0415
        from ..models.parallel_ai_search_config import ParallelAISearchConfig  # noqa: PLC0415
        from ..models.rag_store_config import RagStoreConfig  # noqa: PLC0415
        from ..models.vertex_ai_search_config import VertexAISearchConfig  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["retrieval"], d.pop("type"))
        if type_ != "retrieval":
            raise ValueError(f"type must match const 'retrieval', got '{type_}'")

        retrieval_types = cast(list[str], d.pop("retrieval_types", UNSET))

        _vertex_ai_search_config = d.pop("vertex_ai_search_config", UNSET)
        vertex_ai_search_config: VertexAISearchConfig | Unset
        if isinstance(_vertex_ai_search_config, Unset):
            vertex_ai_search_config = UNSET
        else:
            vertex_ai_search_config = VertexAISearchConfig.from_dict(_vertex_ai_search_config)

        _rag_store_config = d.pop("rag_store_config", UNSET)
        rag_store_config: RagStoreConfig | Unset
        if isinstance(_rag_store_config, Unset):
            rag_store_config = UNSET
        else:
            rag_store_config = RagStoreConfig.from_dict(_rag_store_config)

        _exa_ai_search_config = d.pop("exa_ai_search_config", UNSET)
        exa_ai_search_config: ExaAISearchConfig | Unset
        if isinstance(_exa_ai_search_config, Unset):
            exa_ai_search_config = UNSET
        else:
            exa_ai_search_config = ExaAISearchConfig.from_dict(_exa_ai_search_config)

        _parallel_ai_search_config = d.pop("parallel_ai_search_config", UNSET)
        parallel_ai_search_config: ParallelAISearchConfig | Unset
        if isinstance(_parallel_ai_search_config, Unset):
            parallel_ai_search_config = UNSET
        else:
            parallel_ai_search_config = ParallelAISearchConfig.from_dict(_parallel_ai_search_config)

        retrieval_tool = cls(
            type_=type_,
            retrieval_types=retrieval_types,
            vertex_ai_search_config=vertex_ai_search_config,
            rag_store_config=rag_store_config,
            exa_ai_search_config=exa_ai_search_config,
            parallel_ai_search_config=parallel_ai_search_config,
        )

        retrieval_tool.additional_properties = d
        return retrieval_tool

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RagResource")


@_attrs_define
class RagResource:
    """A RAG corpus, or some of its files.

    Attributes:
        rag_corpus (str | Unset): Resource name of the corpus.
        rag_file_ids (list[str] | Unset): Only these files of the corpus.
    """

    rag_corpus: str | Unset = UNSET
    rag_file_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rag_corpus = self.rag_corpus

        rag_file_ids: list[str] | Unset = UNSET
        if not isinstance(self.rag_file_ids, Unset):
            rag_file_ids = self.rag_file_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rag_corpus is not UNSET:
            field_dict["rag_corpus"] = rag_corpus
        if rag_file_ids is not UNSET:
            field_dict["rag_file_ids"] = rag_file_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rag_corpus = d.pop("rag_corpus", UNSET)

        rag_file_ids = cast(list[str], d.pop("rag_file_ids", UNSET))

        rag_resource = cls(
            rag_corpus=rag_corpus,
            rag_file_ids=rag_file_ids,
        )

        rag_resource.additional_properties = d
        return rag_resource

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

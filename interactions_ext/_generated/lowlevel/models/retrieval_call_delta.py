from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.queries_arguments import QueriesArguments


T = TypeVar("T", bound="RetrievalCallDelta")


@_attrs_define
class RetrievalCallDelta:
    """
    Attributes:
        type_ (Literal['retrieval_call']):
        arguments (QueriesArguments | Unset):
        retrieval_type (str | Unset): Which retrieval backend a retrieval tool (or one call of it) uses. Known values:
            `vertex_ai_search`, `rag_store`, `exa_ai_search`, `parallel_ai_search`.
        signature (str | Unset): Opaque signature to send back with history.
    """

    type_: Literal["retrieval_call"]
    arguments: QueriesArguments | Unset = UNSET
    retrieval_type: str | Unset = UNSET
    signature: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        arguments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.arguments, Unset):
            arguments = self.arguments.to_dict()

        retrieval_type = self.retrieval_type

        signature = self.signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if retrieval_type is not UNSET:
            field_dict["retrieval_type"] = retrieval_type
        if signature is not UNSET:
            field_dict["signature"] = signature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.queries_arguments import QueriesArguments  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["retrieval_call"], d.pop("type"))
        if type_ != "retrieval_call":
            raise ValueError(f"type must match const 'retrieval_call', got '{type_}'")

        _arguments = d.pop("arguments", UNSET)
        arguments: QueriesArguments | Unset
        if isinstance(_arguments, Unset):
            arguments = UNSET
        else:
            arguments = QueriesArguments.from_dict(_arguments)

        retrieval_type = d.pop("retrieval_type", UNSET)

        signature = d.pop("signature", UNSET)

        retrieval_call_delta = cls(
            type_=type_,
            arguments=arguments,
            retrieval_type=retrieval_type,
            signature=signature,
        )

        retrieval_call_delta.additional_properties = d
        return retrieval_call_delta

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

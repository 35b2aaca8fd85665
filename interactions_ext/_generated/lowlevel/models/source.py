from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Source")


@_attrs_define
class Source:
    """Something mounted into an environment (a Cloud Storage path, a repository, inline content, a skill).

    Attributes:
        type_ (str | Unset): Known values: `gcs`, `inline`, `repository`, `skill_registry`.
        source (str | Unset): Where it comes from (a gs:// path, a repository path, ...).
        target (str | Unset): Where it appears inside the environment.
        content (str | Unset): The content itself, for `inline`.
        encoding (str | Unset): Encoding of inline content, e.g. base64.
    """

    type_: str | Unset = UNSET
    source: str | Unset = UNSET
    target: str | Unset = UNSET
    content: str | Unset = UNSET
    encoding: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        source = self.source

        target = self.target

        content = self.content

        encoding = self.encoding

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if source is not UNSET:
            field_dict["source"] = source
        if target is not UNSET:
            field_dict["target"] = target
        if content is not UNSET:
            field_dict["content"] = content
        if encoding is not UNSET:
            field_dict["encoding"] = encoding

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        source = d.pop("source", UNSET)

        target = d.pop("target", UNSET)

        content = d.pop("content", UNSET)

        encoding = d.pop("encoding", UNSET)

        source = cls(
            type_=type_,
            source=source,
            target=target,
            content=content,
            encoding=encoding,
        )

        source.additional_properties = d
        return source

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_content import FileContent


T = TypeVar("T", bound="FindRequest")


@_attrs_define
class FindRequest:
    """A CodeMender find session (look for vulnerabilities).

    Attributes:
        mode (str | Unset): Scan for new findings, or verify a known one. Known values: `scan`, `verify`.
        description (str | Unset):
        finding_id (str | Unset):
        source_files (list[FileContent] | Unset):
    """

    mode: str | Unset = UNSET
    description: str | Unset = UNSET
    finding_id: str | Unset = UNSET
    source_files: list[FileContent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode

        description = self.description

        finding_id = self.finding_id

        source_files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.source_files, Unset):
            source_files = []
            for source_files_item_data in self.source_files:
                source_files_item = source_files_item_data.to_dict()
                source_files.append(source_files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if description is not UNSET:
            field_dict["description"] = description
        if finding_id is not UNSET:
            field_dict["finding_id"] = finding_id
        if source_files is not UNSET:
            field_dict["source_files"] = source_files

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_content import FileContent  # noqa: PLC0415

        d = dict(src_dict)
        mode = d.pop("mode", UNSET)

        description = d.pop("description", UNSET)

        finding_id = d.pop("finding_id", UNSET)

        _source_files = d.pop("source_files", UNSET)
        source_files: list[FileContent] | Unset = UNSET
        if _source_files is not UNSET:
            source_files = []
            for source_files_item_data in _source_files:
                source_files_item = FileContent.from_dict(source_files_item_data)

                source_files.append(source_files_item)

        find_request = cls(
            mode=mode,
            description=description,
            finding_id=finding_id,
            source_files=source_files,
        )

        find_request.additional_properties = d
        return find_request

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_content import AudioContent
    from ..models.document_content import DocumentContent
    from ..models.image_content import ImageContent
    from ..models.text_content import TextContent
    from ..models.tool_result_type_0 import ToolResultType0
    from ..models.video_content import VideoContent


T = TypeVar("T", bound="McpServerToolResultStep")


@_attrs_define
class McpServerToolResultStep:
    """
    Attributes:
        type_ (Literal['mcp_server_tool_result']):
        call_id (str):
        result (list[AudioContent | DocumentContent | ImageContent | TextContent | VideoContent] | str | ToolResultType0
            | Unset): What a function or MCP tool returned; an object, content blocks, or text.
        name (str | Unset):
        server_name (str | Unset):
    """

    type_: Literal["mcp_server_tool_result"]
    call_id: str
    result: (
        list[AudioContent | DocumentContent | ImageContent | TextContent | VideoContent]
        | str
        | ToolResultType0
        | Unset
    ) = UNSET
    name: str | Unset = UNSET
    server_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audio_content import AudioContent  # noqa: PLC0415
        from ..models.document_content import DocumentContent  # noqa: PLC0415
        from ..models.image_content import ImageContent  # noqa: PLC0415
        from ..models.text_content import TextContent  # noqa: PLC0415
        from ..models.tool_result_type_0 import ToolResultType0  # noqa: PLC0415

        type_ = self.type_

        call_id = self.call_id

        result: dict[str, Any] | list[dict[str, Any]] | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, ToolResultType0):
            result = self.result.to_dict()
        elif isinstance(self.result, list):
            result = []
            for componentsschemas_tool_result_type_1_item_data in self.result:
                componentsschemas_tool_result_type_1_item: dict[str, Any]
                if isinstance(componentsschemas_tool_result_type_1_item_data, TextContent):
                    componentsschemas_tool_result_type_1_item = (
                        componentsschemas_tool_result_type_1_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_tool_result_type_1_item_data, ImageContent):
                    componentsschemas_tool_result_type_1_item = (
                        componentsschemas_tool_result_type_1_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_tool_result_type_1_item_data, AudioContent):
                    componentsschemas_tool_result_type_1_item = (
                        componentsschemas_tool_result_type_1_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_tool_result_type_1_item_data, DocumentContent):
                    componentsschemas_tool_result_type_1_item = (
                        componentsschemas_tool_result_type_1_item_data.to_dict()
                    )
                else:
                    componentsschemas_tool_result_type_1_item = (
                        componentsschemas_tool_result_type_1_item_data.to_dict()
                    )

                result.append(componentsschemas_tool_result_type_1_item)

        else:
            result = self.result

        name = self.name

        server_name = self.server_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "call_id": call_id,
            }
        )
        if result is not UNSET:
            field_dict["result"] = result
        if name is not UNSET:
            field_dict["name"] = name
        if server_name is not UNSET:
            field_dict["server_name"] = server_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_content import AudioContent  # noqa: PLC0415
        from ..models.document_content import DocumentContent  # noqa: PLC0415
        from ..models.image_content import ImageContent  # noqa: PLC0415
        from ..models.text_content import TextContent  # noqa: PLC0415
        from ..models.tool_result_type_0 import ToolResultType0  # noqa: PLC0415
        from ..models.video_content import VideoContent  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["mcp_server_tool_result"], d.pop("type"))
        if type_ != "mcp_server_tool_result":
            raise ValueError(f"type must match const 'mcp_server_tool_result', got '{type_}'")

        call_id = d.pop("call_id")

        def _parse_result(
            data: object,
        ) -> (
            list[AudioContent | DocumentContent | ImageContent | TextContent | VideoContent]
            | str
            | ToolResultType0
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_result_type_0 = ToolResultType0.from_dict(data)

                return componentsschemas_tool_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_tool_result_type_1 = []
                _componentsschemas_tool_result_type_1 = data
                for (
                    componentsschemas_tool_result_type_1_item_data
                ) in _componentsschemas_tool_result_type_1:

                    def _parse_componentsschemas_tool_result_type_1_item(
                        data: object,
                    ) -> AudioContent | DocumentContent | ImageContent | TextContent | VideoContent:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_content_type_0 = TextContent.from_dict(data)

                            return componentsschemas_content_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_content_type_1 = ImageContent.from_dict(data)

                            return componentsschemas_content_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_content_type_2 = AudioContent.from_dict(data)

                            return componentsschemas_content_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_content_type_3 = DocumentContent.from_dict(data)

                            return componentsschemas_content_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_content_type_4 = VideoContent.from_dict(data)

                        return componentsschemas_content_type_4

                    componentsschemas_tool_result_type_1_item = (
                        _parse_componentsschemas_tool_result_type_1_item(
                            componentsschemas_tool_result_type_1_item_data
                        )
                    )

                    componentsschemas_tool_result_type_1.append(
                        componentsschemas_tool_result_type_1_item
                    )

                return componentsschemas_tool_result_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[AudioContent | DocumentContent | ImageContent | TextContent | VideoContent]
                | str
                | ToolResultType0
                | Unset,
                data,
            )

        result = _parse_result(d.pop("result", UNSET))

        name = d.pop("name", UNSET)

        server_name = d.pop("server_name", UNSET)

        mcp_server_tool_result_step = cls(
            type_=type_,
            call_id=call_id,
            result=result,
            name=name,
            server_name=server_name,
        )

        mcp_server_tool_result_step.additional_properties = d
        return mcp_server_tool_result_step

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

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
    from ..models.video_content import VideoContent


T = TypeVar("T", bound="CodeExecutionResultStep")


@_attrs_define
class CodeExecutionResultStep:
    """
    Attributes:
        type_ (Literal['code_execution_result']):
        call_id (str | Unset):
        result (list[AudioContent | DocumentContent | ImageContent | TextContent | VideoContent] | str | Unset): The
            output of the code: text, or content blocks.
        is_error (bool | Unset):
        signature (str | Unset): Opaque signature to send back with history.
    """

    type_: Literal["code_execution_result"]
    call_id: str | Unset = UNSET
    result: (
        list[AudioContent | DocumentContent | ImageContent | TextContent | VideoContent]
        | str
        | Unset
    ) = UNSET
    is_error: bool | Unset = UNSET
    signature: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audio_content import AudioContent  # noqa: PLC0415
        from ..models.document_content import DocumentContent  # noqa: PLC0415
        from ..models.image_content import ImageContent  # noqa: PLC0415
        from ..models.text_content import TextContent  # noqa: PLC0415

        type_ = self.type_

        call_id = self.call_id

        result: list[dict[str, Any]] | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, list):
            result = []
            for result_type_0_item_data in self.result:
                result_type_0_item: dict[str, Any]
                if isinstance(result_type_0_item_data, TextContent):
                    result_type_0_item = result_type_0_item_data.to_dict()
                elif isinstance(result_type_0_item_data, ImageContent):
                    result_type_0_item = result_type_0_item_data.to_dict()
                elif isinstance(result_type_0_item_data, AudioContent):
                    result_type_0_item = result_type_0_item_data.to_dict()
                elif isinstance(result_type_0_item_data, DocumentContent):
                    result_type_0_item = result_type_0_item_data.to_dict()
                else:
                    result_type_0_item = result_type_0_item_data.to_dict()

                result.append(result_type_0_item)

        else:
            result = self.result

        is_error = self.is_error

        signature = self.signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if result is not UNSET:
            field_dict["result"] = result
        if is_error is not UNSET:
            field_dict["is_error"] = is_error
        if signature is not UNSET:
            field_dict["signature"] = signature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_content import AudioContent  # noqa: PLC0415
        from ..models.document_content import DocumentContent  # noqa: PLC0415
        from ..models.image_content import ImageContent  # noqa: PLC0415
        from ..models.text_content import TextContent  # noqa: PLC0415
        from ..models.video_content import VideoContent  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["code_execution_result"], d.pop("type"))
        if type_ != "code_execution_result":
            raise ValueError(f"type must match const 'code_execution_result', got '{type_}'")

        call_id = d.pop("call_id", UNSET)

        def _parse_result(
            data: object,
        ) -> (
            list[AudioContent | DocumentContent | ImageContent | TextContent | VideoContent]
            | str
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                result_type_0 = []
                _result_type_0 = data
                for result_type_0_item_data in _result_type_0:

                    def _parse_result_type_0_item(
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

                    result_type_0_item = _parse_result_type_0_item(result_type_0_item_data)

                    result_type_0.append(result_type_0_item)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[AudioContent | DocumentContent | ImageContent | TextContent | VideoContent]
                | str
                | Unset,
                data,
            )

        result = _parse_result(d.pop("result", UNSET))

        is_error = d.pop("is_error", UNSET)

        signature = d.pop("signature", UNSET)

        code_execution_result_step = cls(
            type_=type_,
            call_id=call_id,
            result=result,
            is_error=is_error,
            signature=signature,
        )

        code_execution_result_step.additional_properties = d
        return code_execution_result_step

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

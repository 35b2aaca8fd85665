from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.find_request import FindRequest
    from ..models.fix_request import FixRequest
    from ..models.session_config import SessionConfig


T = TypeVar("T", bound="CodeMenderAgentConfig")


@_attrs_define
class CodeMenderAgentConfig:
    """Settings of the CodeMender (code security) agent.

    Attributes:
        type_ (Literal['code-mender']):
        model (str | Unset): The model of the session; one session uses one model.
        session_id (str | Unset): Groups the interactions of one CodeMender session.
        session_config (SessionConfig | Unset): Limits of a CodeMender session.
        find_request (FindRequest | Unset): A CodeMender find session (look for vulnerabilities).
        fix_request (FixRequest | Unset): A CodeMender fix session (write and check a patch).
    """

    type_: Literal["code-mender"]
    model: str | Unset = UNSET
    session_id: str | Unset = UNSET
    session_config: SessionConfig | Unset = UNSET
    find_request: FindRequest | Unset = UNSET
    fix_request: FixRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        model = self.model

        session_id = self.session_id

        session_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.session_config, Unset):
            session_config = self.session_config.to_dict()

        find_request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.find_request, Unset):
            find_request = self.find_request.to_dict()

        fix_request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fix_request, Unset):
            fix_request = self.fix_request.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if session_config is not UNSET:
            field_dict["session_config"] = session_config
        if find_request is not UNSET:
            field_dict["find_request"] = find_request
        if fix_request is not UNSET:
            field_dict["fix_request"] = fix_request

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.find_request import FindRequest  # noqa: PLC0415
        from ..models.fix_request import FixRequest  # noqa: PLC0415
        from ..models.session_config import SessionConfig  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["code-mender"], d.pop("type"))
        if type_ != "code-mender":
            raise ValueError(f"type must match const 'code-mender', got '{type_}'")

        model = d.pop("model", UNSET)

        session_id = d.pop("session_id", UNSET)

        _session_config = d.pop("session_config", UNSET)
        session_config: SessionConfig | Unset
        if isinstance(_session_config, Unset):
            session_config = UNSET
        else:
            session_config = SessionConfig.from_dict(_session_config)

        _find_request = d.pop("find_request", UNSET)
        find_request: FindRequest | Unset
        if isinstance(_find_request, Unset):
            find_request = UNSET
        else:
            find_request = FindRequest.from_dict(_find_request)

        _fix_request = d.pop("fix_request", UNSET)
        fix_request: FixRequest | Unset
        if isinstance(_fix_request, Unset):
            fix_request = UNSET
        else:
            fix_request = FixRequest.from_dict(_fix_request)

        code_mender_agent_config = cls(
            type_=type_,
            model=model,
            session_id=session_id,
            session_config=session_config,
            find_request=find_request,
            fix_request=fix_request,
        )

        code_mender_agent_config.additional_properties = d
        return code_mender_agent_config

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.environment_env import EnvironmentEnv
    from ..models.environment_network_egress_allowlist import EnvironmentNetworkEgressAllowlist
    from ..models.source import Source


T = TypeVar("T", bound="Environment")


@_attrs_define
class Environment:
    """A remote sandbox the agent works in, with mounted sources, variables and network rules.

    Attributes:
        type_ (Literal['remote']):
        environment_id (str | Unset): Update this existing environment instead of creating one.
        sources (list[Source] | Unset):
        env (EnvironmentEnv | Unset): Environment variables by name; a value is a string or an EnvVar.
        network (EnvironmentNetworkEgressAllowlist | str | Unset): Network access of the sandbox; the string `disabled`
            blocks it all.
    """

    type_: Literal["remote"]
    environment_id: str | Unset = UNSET
    sources: list[Source] | Unset = UNSET
    env: EnvironmentEnv | Unset = UNSET
    network: EnvironmentNetworkEgressAllowlist | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.environment_network_egress_allowlist import EnvironmentNetworkEgressAllowlist  # noqa: PLC0415

        type_ = self.type_

        environment_id = self.environment_id

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        env: dict[str, Any] | Unset = UNSET
        if not isinstance(self.env, Unset):
            env = self.env.to_dict()

        network: dict[str, Any] | str | Unset
        if isinstance(self.network, Unset):
            network = UNSET
        elif isinstance(self.network, EnvironmentNetworkEgressAllowlist):
            network = self.network.to_dict()
        else:
            network = self.network

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id
        if sources is not UNSET:
            field_dict["sources"] = sources
        if env is not UNSET:
            field_dict["env"] = env
        if network is not UNSET:
            field_dict["network"] = network

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.environment_env import EnvironmentEnv  # noqa: PLC0415
        from ..models.environment_network_egress_allowlist import EnvironmentNetworkEgressAllowlist  # noqa: PLC0415
        from ..models.source import Source  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["remote"], d.pop("type"))
        if type_ != "remote":
            raise ValueError(f"type must match const 'remote', got '{type_}'")

        environment_id = d.pop("environment_id", UNSET)

        _sources = d.pop("sources", UNSET)
        sources: list[Source] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = Source.from_dict(sources_item_data)

                sources.append(sources_item)

        _env = d.pop("env", UNSET)
        env: EnvironmentEnv | Unset
        if isinstance(_env, Unset):
            env = UNSET
        else:
            env = EnvironmentEnv.from_dict(_env)

        def _parse_network(data: object) -> EnvironmentNetworkEgressAllowlist | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                network_type_0 = EnvironmentNetworkEgressAllowlist.from_dict(data)

                return network_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnvironmentNetworkEgressAllowlist | str | Unset, data)

        network = _parse_network(d.pop("network", UNSET))

        environment = cls(
            type_=type_,
            environment_id=environment_id,
            sources=sources,
            env=env,
            network=network,
        )

        environment.additional_properties = d
        return environment

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

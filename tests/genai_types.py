"""Google's own model of the Interactions API, read from google-genai at test time.

google-genai (a dev dependency) ships the API's types as pydantic models in
``google.genai._gaos.types.interactions``. The parity and conformance tests read them
through this module: which models exist, their fields (wire names, required or not,
annotations), the open unions and their tags, and the enum values in each annotation.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import types
import typing
from dataclasses import dataclass
from typing import Any

import pydantic
import pytest
import typing_extensions

genai_types = pytest.importorskip("google.genai._gaos.types.interactions")
_basemodel = importlib.import_module("google.genai._gaos.types.basemodel")
UnrecognizedStr: Any = _basemodel.UnrecognizedStr

__all__ = [
    "Field",
    "UnrecognizedStr",
    "constant",
    "field_list",
    "literal_values",
    "members",
    "models",
    "open_unions",
    "placeholder",
    "strip",
]


@dataclass(frozen=True)
class Field:
    """One field of a google-genai model, by its wire name."""

    name: str
    annotation: Any
    required: bool
    deprecated: bool


@functools.cache
def _modules() -> tuple[types.ModuleType, ...]:
    found = []
    for info in pkgutil.iter_modules(genai_types.__path__):
        found.append(importlib.import_module(f"{genai_types.__name__}.{info.name}"))
    return tuple(found)


@functools.cache
def models() -> dict[str, type[pydantic.BaseModel]]:
    """Every model the package defines, by class name; its ``Unknown*`` fallbacks excluded."""
    found: dict[str, type[pydantic.BaseModel]] = {}
    for module in _modules():
        for name, obj in vars(module).items():
            if (
                isinstance(obj, type)
                and issubclass(obj, pydantic.BaseModel)
                and obj.__module__ == module.__name__
                and not name.startswith("Unknown")
            ):
                found[name] = obj
    return found


@functools.cache
def open_unions() -> dict[str, dict[str, type[pydantic.BaseModel]]]:
    """The discriminated unions (``Step``, ``Tool``, ...): tag -> model, by union name."""
    found: dict[str, dict[str, type[pydantic.BaseModel]]] = {}
    for module in _modules():
        for name, obj in vars(module).items():
            if name.startswith("_") and name.endswith("_VARIANTS") and isinstance(obj, dict):
                union = "".join(part.title() for part in name[1:-9].split("_"))
                found[union] = dict(obj)
    return found


def field_list(model: type[pydantic.BaseModel]) -> list[Field]:
    """The model's fields under their wire names."""
    return [
        Field(
            name=info.alias or name,
            annotation=info.annotation,
            required=info.is_required(),
            deprecated=info.deprecated is not None,
        )
        for name, info in model.model_fields.items()
    ]


def placeholder(model: type[pydantic.BaseModel]) -> bool:
    """A field-less model (e.g. ``FunctionResultStepResult``): "any JSON object" on the wire."""
    return not model.model_fields


def strip(annotation: Any) -> Any:
    """The annotation without ``Annotated`` wrappers and type-alias indirection."""
    while True:
        if typing.get_origin(annotation) is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif isinstance(annotation, typing_extensions.TypeAliasType):
            annotation = annotation.__value__
        else:
            return annotation


def members(annotation: Any) -> tuple[Any, ...]:
    """The alternatives of a union annotation (itself alone when not a union)."""
    annotation = strip(annotation)
    origin = typing.get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType:
        return tuple(m for arg in typing.get_args(annotation) for m in members(arg))
    return (annotation,)


def constant(annotation: Any) -> str | None:
    """The value of a one-value ``Literal`` (a discriminator tag), else None."""
    annotation = strip(annotation)
    if typing.get_origin(annotation) is typing.Literal:
        args = typing.get_args(annotation)
        if len(args) == 1 and isinstance(args[0], str):
            return args[0]
    return None


def literal_values(annotation: Any) -> set[str]:
    """String values of every ``Literal`` in the annotation, through unions and containers.

    Nested models are not entered: their own fields are checked where they are defined.
    """
    found: set[str] = set()
    for member in members(annotation):
        origin = typing.get_origin(member)
        if origin is typing.Literal:
            found.update(v for v in typing.get_args(member) if isinstance(v, str))
        elif origin in (list, dict, typing.Union, types.UnionType):
            for arg in typing.get_args(member):
                found |= literal_values(arg)
    return found

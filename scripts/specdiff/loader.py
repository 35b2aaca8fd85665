"""Reading documents from files or git, and bundling multi-file specs into one.

A ``$ref`` to another file (``common.yaml#/components/schemas/Pet``, ``pet.yaml``) is
resolved relative to the file that holds it. Referenced schemas become components of
the bundled document (so they keep a name and recursive schemas stay finite); any other
referenced object (parameter, response, path item) is copied in place.
"""

from __future__ import annotations

import posixpath
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import yaml

from .model import Json, SpecError, as_dict, schema_ref

SCHEMA_SECTIONS = frozenset({"schemas"})
# Keys under which a value is a schema: whole-file refs there become components.
SCHEMA_KEYS = frozenset(
    {"schema", "schemas", "items", "properties", "additionalProperties", "allOf", "anyOf", "oneOf"}
)


class Source(Protocol):
    """Where documents come from: the file system or a git revision."""

    def read(self, path: str) -> str:
        """The text of a file (path in POSIX form, as written in $refs)."""

    def label(self, path: str) -> str:
        """How the file is named in messages and in the report."""


@dataclass(frozen=True)
class FileSource:
    """Files on disk, paths relative to the working directory."""

    def read(self, path: str) -> str:
        """The file's text, or SpecError."""
        try:
            return Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise SpecError(f"{path}: cannot read: {reason}") from None

    def label(self, path: str) -> str:
        """The path itself."""
        return path


@dataclass(frozen=True)
class GitSource:
    """Files at a git revision, paths relative to the repository root."""

    root: Path
    ref: str

    def read(self, path: str) -> str:
        """``git show REF:PATH``, or SpecError with git's first error line."""
        return git(["show", f"{self.ref}:{path}"], self.root)

    def label(self, path: str) -> str:
        """``REF:PATH``."""
        return f"{self.ref}:{path}"


def git(args: list[str], cwd: Path) -> str:
    """Run git and return its stdout, or raise SpecError with git's first error line."""
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise SpecError(f"cannot run git: {exc.strerror}") from None
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines()
        raise SpecError(f"git {' '.join(args)}: {lines[0] if lines else 'failed'}")
    return done.stdout


def parse_yaml(text: str, source: str) -> Any:
    """Parse YAML or JSON text, or raise SpecError naming the line."""
    try:
        # The C loader when built: the real spec parses several times faster.
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or type(exc).__name__
        raise SpecError(f"{source}: invalid YAML/JSON{where}: {problem}") from None


def parse_document(text: str, source: str) -> Json:
    """Parse an OpenAPI document; an empty ``paths:`` counts as no paths."""
    data = parse_yaml(text, source)
    if not isinstance(data, dict) or not isinstance(data.get("openapi"), str):
        raise SpecError(f"{source}: not an OpenAPI document (no top-level 'openapi' key)")
    if "paths" in data and data["paths"] is None:
        data["paths"] = {}
    for key in ("paths", "components", "info"):
        if key in data and not isinstance(data[key], dict):
            raise SpecError(f"{source}: '{key}' must be a mapping")
    return data


def load(source: Source, path: str) -> tuple[Json, str]:
    """The bundled document at path and its label."""
    label = source.label(path)
    raw = parse_document(source.read(path), label)
    return Bundler(source, path, raw).bundle(), label


def load_git_base(ref: str, new_path: str) -> tuple[Json, str]:
    """The old document for --git-base: REF as a file, or NEW's path at git ref REF."""
    if Path(ref).is_file():
        return load(FileSource(), ref)
    new = Path(new_path)
    if not new.exists():
        raise SpecError(f"{new_path}: cannot read: No such file or directory")
    root = Path(git(["rev-parse", "--show-toplevel"], new.resolve().parent).strip())
    relative = new.resolve().relative_to(root.resolve()).as_posix()
    return load(GitSource(root, ref), relative)


@dataclass
class Bundler:
    """Rewrites every $ref of a multi-file spec into a local one."""

    source: Source
    entry: str
    raw: Json
    files: dict[str, Any] = field(default_factory=dict)
    names: dict[tuple[str, str], str] = field(default_factory=dict)
    inlining: set[tuple[str, str]] = field(default_factory=set)
    taken: set[str] = field(default_factory=set)
    external: Json = field(default_factory=dict)
    aliases: dict[tuple[str, str], str] = field(default_factory=dict)

    def bundle(self) -> Json:
        """The entry document with external references resolved (unchanged when there are none)."""
        self.entry = posixpath.normpath(self.entry)
        self.files[self.entry] = self.raw
        if not any(not ref.startswith("#") for ref in _refs(self.raw)):
            return self.raw
        own = as_dict(as_dict(self.raw.get("components")).get("schemas"))
        self.taken = set(own)
        for name, node in own.items():
            # A component that only points into another file keeps its name for the target.
            ref = as_dict(node).get("$ref")
            if set(as_dict(node)) == {"$ref"} and isinstance(ref, str) and not ref.startswith("#"):
                self.aliases.setdefault(self.split(ref, self.entry), str(name))
        rewritten: Json = self.rewrite(self.raw, self.entry, ())
        components = rewritten.setdefault("components", {})
        components["schemas"] = {**as_dict(components.get("schemas")), **self.external}
        return rewritten

    def rewrite(self, node: Any, here: str, keys: tuple[str, ...]) -> Any:
        """A copy of node with its $refs made local to the entry document."""
        if isinstance(node, list):
            return [self.rewrite(item, here, (*keys, "[]")) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str):
            target = self.local_ref(ref, here, keys)
            if target is not None:
                rest = {
                    k: self.rewrite(v, here, (*keys, k)) for k, v in node.items() if k != "$ref"
                }
                return {"$ref": target, **rest}
            return self.inline(ref, here, keys, node)
        return {key: self.rewrite(value, here, (*keys, key)) for key, value in node.items()}

    def local_ref(self, ref: str, here: str, keys: tuple[str, ...]) -> str | None:
        """The local $ref replacing ref, or None when the target is copied in place instead."""
        path, pointer = self.split(ref, here)
        if path == self.entry:
            return f"#{pointer}"
        section = pointer.split("/")[2] if pointer.startswith("/components/") else None
        in_schema = bool(SCHEMA_KEYS & set(keys[-2:])) or (len(keys) > 2 and keys[1] == "schemas")
        if section in SCHEMA_SECTIONS or in_schema:
            return schema_ref(self.component(path, pointer))
        return None

    def split(self, ref: str, here: str) -> tuple[str, str]:
        """(file, JSON pointer) of a $ref found in file ``here``."""
        if re.match(r"^[a-z][a-z0-9+.-]*://", ref):
            raise SpecError(f"{self.source.label(here)}: unsupported remote $ref {ref!r}")
        file, _, pointer = ref.partition("#")
        if not file:
            return here, pointer
        return posixpath.normpath(posixpath.join(posixpath.dirname(here), file)), pointer

    def component(self, path: str, pointer: str) -> str:
        """The component name an external schema gets (registered on first use)."""
        key = (path, pointer)
        if key in self.names:
            return self.names[key]
        name = self.aliases.get(key) or ""
        if not name:
            name = pointer.rsplit("/", 1)[-1] if pointer.strip("/") else _stem(path)
            base, number = name, 1
            while name in self.taken:
                number += 1
                name = f"{base}_{number}"
        self.names[key] = name
        self.taken.add(name)
        target = self.target(path, pointer)
        self.external[name] = self.rewrite(target, path, ("components", "schemas", name))
        return name

    def inline(self, ref: str, here: str, keys: tuple[str, ...], node: Json) -> Any:
        """Copy the target of a non-schema external $ref in place (siblings win)."""
        key = self.split(ref, here)
        if key in self.inlining:
            raise SpecError(f"{self.source.label(here)}: circular $ref {ref!r}")
        self.inlining.add(key)
        try:
            target = self.rewrite(self.target(*key), key[0], keys)
        finally:
            self.inlining.discard(key)
        rest = {k: self.rewrite(v, here, (*keys, k)) for k, v in node.items() if k != "$ref"}
        return {**target, **rest} if isinstance(target, dict) and rest else target

    def target(self, path: str, pointer: str) -> Any:
        """The node a (file, pointer) pair names."""
        if path not in self.files:
            self.files[path] = parse_yaml(self.source.read(path), self.source.label(path))
        node: Any = self.files[path]
        for part in pointer.lstrip("/").split("/") if pointer.strip("/") else []:
            part = part.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                label = self.source.label(path)
                raise SpecError(f"{label}: unresolvable $ref {path + '#' + pointer!r}")
        return node


def _stem(path: str) -> str:
    """A component name from a file name: ``schemas/pet.yaml`` → ``pet``."""
    name = posixpath.basename(path)
    return name.split(".", 1)[0] or name


def _refs(node: Any) -> list[str]:
    """Every $ref string under node."""
    found: list[str] = []
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if isinstance(item.get("$ref"), str):
                found.append(item["$ref"])
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found

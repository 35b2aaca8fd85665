"""Operation comparison: matching, parameters, request bodies, responses and media types,
plus the names the low-level client derives from operations."""

from __future__ import annotations

import re
from typing import Any

from .context import Ctx, Emitter
from .document import Operation
from .model import REQ, RESP, Json, Severity, as_dict, as_list, code

BREAKING = Severity.BREAKING
NB = Severity.NON_BREAKING
INFO = Severity.INFO
PARAM_PATTERN = re.compile(r"\{([^}/]*)\}")


def snake(value: str) -> str:
    """The identifier openapi-python-client derives from a name: ``bookId`` → ``book_id``."""
    words = re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+", value)
    return "_".join(word.lower() for word in words)


def module_of(op: Operation) -> str:
    """The low-level module generated for an operation (``api.<first tag>.<operationId>``)."""
    tags = as_list(op.node.get("tags"))
    package = snake(str(tags[0])) if tags else "default"
    op_id = op.node.get("operationId")
    name = snake(str(op_id)) if op_id else snake(f"{op.method} {op.path}")
    return f"api.{package}.{name}"


def template(path: str) -> str:
    """The path with parameter names erased: ``/books/{bookId}`` → ``/books/{}``."""
    return PARAM_PATTERN.sub("{}", path)


def match_operations(
    old: dict[str, Operation], new: dict[str, Operation]
) -> list[tuple[Operation | None, Operation | None]]:
    """Operations paired by method and path; a path whose parameters were renamed still pairs."""
    pairs: list[tuple[Operation | None, Operation | None]] = []
    gone = {k: op for k, op in old.items() if k not in new}
    came = {k: op for k, op in new.items() if k not in old}
    for key in sorted(set(old) & set(new)):
        pairs.append((old[key], new[key]))
    by_shape: dict[tuple[str, str], list[Operation]] = {}
    for op in came.values():
        by_shape.setdefault((op.method, template(op.path)), []).append(op)
    for _, op in sorted(gone.items()):
        candidates = by_shape.get((op.method, template(op.path)), [])
        if len(candidates) == 1:
            match = candidates.pop()
            came.pop(match.key)
            pairs.append((op, match))
        else:
            pairs.append((op, None))
    pairs.extend((None, op) for _, op in sorted(came.items()))
    return pairs


class OperationRules(Emitter):
    """Rules for paths and operations."""

    def diff_operations(self) -> None:
        """Operations added, removed and changed."""
        for before, after in match_operations(self.old.operations, self.new.operations):
            if after is None and before is not None:
                self.add(BREAKING, code(before.key), "operation removed", "api-removed")
            elif before is None and after is not None:
                self.add(NB, code(after.key), "operation added", "endpoint-added")
            elif before is not None and after is not None:
                self.diff_operation(before, after)

    def diff_operation(self, old: Operation, new: Operation) -> None:
        """Names, documentation, parameters, request body and responses of one operation."""
        where = code(new.key)
        renames = self.diff_path_names(old, new, where)
        for key, rule in (
            ("summary", "api-summary-changed"),
            ("description", "api-description-changed"),
            ("security", "api-security-changed"),
        ):
            if old.node.get(key) != new.node.get(key):
                self.add(INFO, where, f"{key} changed", rule)
        if bool(old.node.get("deprecated")) != bool(new.node.get("deprecated")):
            now = bool(new.node.get("deprecated"))
            rule = "endpoint-deprecated" if now else "endpoint-reactivated"
            self.add(INFO, where, "deprecated" if now else "no longer deprecated", rule)
        self.diff_client_names(old, new, where)
        self.diff_parameters(old, new, renames)
        self.diff_request_body(old, new)
        self.diff_responses(old, new)

    def diff_path_names(self, old: Operation, new: Operation, where: str) -> dict[str, str]:
        """Path parameters renamed in place: the same request on the wire."""
        renames: dict[str, str] = {}
        for before, after in zip(
            PARAM_PATTERN.findall(old.path), PARAM_PATTERN.findall(new.path), strict=True
        ):
            if before == after:
                continue
            renames[before] = after
            message = f"path parameter {code(before)} renamed {code(after)} (same position"
            if snake(before) != snake(after):
                message += f"; the low-level function's argument {code(snake(before))} becomes {code(snake(after))})"
                self.add(BREAKING, where, message, "client-operation-argument-renamed")
            else:
                self.add(INFO, where, message + ")", "request-path-parameter-renamed")
        return renames

    def diff_client_names(self, old: Operation, new: Operation, where: str) -> None:
        """operationId and the first tag name the generated low-level module."""
        before, after = old.node.get("operationId"), new.node.get("operationId")
        old_module, new_module = module_of(old), module_of(new)
        if old_module.rsplit(".", 1)[-1] != new_module.rsplit(".", 1)[-1]:
            message = (
                f"operationId changed {code(before) if before else 'none'} → {code(after) if after else 'none'}: "
                f"the low-level module {code(old_module)} becomes {code(new_module)}"
            )
            self.add(BREAKING, where, message, "client-operation-module-renamed")
        elif before != after:
            self.add(
                INFO,
                where,
                f"operationId changed {code(before)} → {code(after)}",
                "api-operation-id-changed",
            )
        old_tags = [str(t) for t in as_list(old.node.get("tags"))]
        new_tags = [str(t) for t in as_list(new.node.get("tags"))]
        if old_module.rsplit(".", 1)[0] != new_module.rsplit(".", 1)[0]:
            message = f"first tag changed: the low-level module {code(old_module)} moves to {code(new_module)}"
            self.add(BREAKING, where, message, "client-operation-module-moved")
        for tag in sorted(set(old_tags) - set(new_tags)):
            self.add(INFO, where, f"tag {code(tag)} removed", "api-tag-removed")
        for tag in sorted(set(new_tags) - set(old_tags)):
            self.add(INFO, where, f"tag {code(tag)} added", "api-tag-added")

    # -- parameters ---------------------------------------------------------------

    def diff_parameters(self, old: Operation, new: Operation, renames: dict[str, str]) -> None:
        """Parameters keyed by (in, name), path parameters followed through renames."""
        before = {
            (place, renames.get(name, name) if place == "path" else name): param
            for (place, name), param in old.parameters.items()
        }
        for key in sorted(set(before) | set(new.parameters)):
            where = f"{code(new.key)} parameter {code(key[1])} ({key[0]})"
            was, now = before.get(key), new.parameters.get(key)
            if now is None:
                self.add(BREAKING, where, "removed", "request-parameter-removed")
            elif was is None:
                required = now.get("required") is True
                message = "required parameter added" if required else "optional parameter added"
                rule = (
                    "new-required-request-parameter"
                    if required
                    else "new-optional-request-parameter"
                )
                self.add(BREAKING if required else NB, where, message, rule)
            else:
                self.diff_parameter(was, now, where)

    def diff_parameter(self, old: Json, new: Json, where: str) -> None:
        """One parameter on both sides."""
        was, now = old.get("required") is True, new.get("required") is True
        if now and not was:
            self.add(BREAKING, where, "made required", "request-parameter-became-required")
        elif was and not now:
            self.add(NB, where, "made optional", "request-parameter-became-optional")
        for key, rule in (
            ("style", "style"),
            ("explode", "explode"),
            ("allowReserved", "allow-reserved"),
        ):
            if old.get(key) != new.get(key):
                message = f"serialization {code(key)} changed"
                self.add(BREAKING, where, message, f"request-parameter-{rule}-changed")
        was, now = old.get("allowEmptyValue") is True, new.get("allowEmptyValue") is True
        if was != now:
            message = "allowEmptyValue " + (
                "added: empty values accepted" if now else "removed: empty values refused"
            )
            rule = f"request-parameter-allow-empty-value-{'added' if now else 'removed'}"
            self.add(NB if now else BREAKING, where, message, rule)
        for key, rule in (
            ("description", "description"),
            ("example", "example"),
            ("examples", "examples"),
        ):
            if old.get(key) != new.get(key):
                self.add(INFO, where, f"{key} changed", f"request-parameter-{rule}-changed")
        if bool(old.get("deprecated")) != bool(new.get("deprecated")):
            now = bool(new.get("deprecated"))
            message = "deprecated" if now else "no longer deprecated"
            self.add(
                INFO, where, message, f"request-parameter-{'deprecated' if now else 'reactivated'}"
            )
        ctx = Ctx(root=where, dirs=frozenset({REQ}), kind="parameter")
        if "schema" in old or "schema" in new:
            self.diff_schema(old.get("schema", {}), new.get("schema", {}), ctx)
        self.diff_content(old.get("content"), new.get("content"), where, REQ, "parameter")

    # -- bodies and responses ---------------------------------------------------------

    def diff_request_body(self, old: Operation, new: Operation) -> None:
        """Presence, required flag and media types of the request body."""
        where = f"{code(new.key)} request body"
        before = as_dict(self.old.resolve(old.node.get("requestBody"))) or None
        after = as_dict(self.new.resolve(new.node.get("requestBody"))) or None
        if before is None and after is None:
            return
        if after is None:
            self.add(BREAKING, where, "removed", "request-body-removed")
            return
        required = after.get("required") is True
        if before is None:
            rule = "request-body-added-required" if required else "request-body-added-optional"
            self.add(BREAKING if required else NB, where, "added", rule)
            return
        if required != (before.get("required") is True):
            rule = "request-body-became-required" if required else "request-body-became-optional"
            self.add(
                BREAKING if required else NB,
                where,
                "made required" if required else "made optional",
                rule,
            )
        if before.get("description") != after.get("description"):
            self.add(INFO, where, "description changed", "request-body-description-changed")
        self.diff_content(before.get("content"), after.get("content"), where, REQ, "body")

    def diff_responses(self, old: Operation, new: Operation) -> None:
        """Status codes, their headers and media types."""
        before = as_dict(old.node.get("responses"))
        after = as_dict(new.node.get("responses"))
        for status in sorted(set(before) | set(after), key=str):
            where = f"{code(new.key)} response {code(str(status))}"
            success = "success" if str(status).startswith("2") else "non-success"
            if status not in after:
                self.add(BREAKING, where, "removed", f"response-{success}-status-removed")
            elif status not in before:
                self.add(NB, where, "added", f"response-{success}-status-added")
            else:
                old_resp = as_dict(self.old.resolve(before[status]))
                new_resp = as_dict(self.new.resolve(after[status]))
                if old_resp.get("description") != new_resp.get("description"):
                    self.add(INFO, where, "description changed", "response-description-changed")
                self.diff_headers(old_resp.get("headers"), new_resp.get("headers"), where)
                self.diff_content(
                    old_resp.get("content"), new_resp.get("content"), where, RESP, "body"
                )

    def diff_headers(self, old: Any, new: Any, where: str) -> None:
        """Response headers: a reader loses a required header it relied on."""
        before, after = as_dict(old), as_dict(new)
        for name in sorted(set(before) | set(after)):
            spot = f"{where} header {code(name)}"
            was = as_dict(self.old.resolve(before.get(name))).get("required") is True
            now = as_dict(self.new.resolve(after.get(name))).get("required") is True
            if name not in after:
                rule = (
                    "required-response-header-removed"
                    if was
                    else "optional-response-header-removed"
                )
                self.add(BREAKING if was else NB, spot, "removed", rule)
            elif name not in before:
                self.add(NB, spot, "added", "response-header-added")
            elif was and not now:
                self.add(BREAKING, spot, "no longer required", "response-header-became-optional")
            elif now and not was:
                self.add(NB, spot, "made required", "response-header-became-required")
            elif before[name] != after[name]:
                self.add(INFO, spot, "changed", "response-header-changed")

    def diff_content(self, old: Any, new: Any, where: str, direction: str, kind: str) -> None:
        """Media types of a request body, response or parameter."""
        before, after = as_dict(old), as_dict(new)
        if kind == "parameter":
            prefix = "request-parameter"
        else:
            prefix = "request-body" if direction == REQ else "response"
        for media in sorted(set(before) | set(after)):
            spot = f"{where} {code(media)}"
            if media not in after:
                self.add(BREAKING, spot, "media type removed", f"{prefix}-media-type-removed")
            elif media not in before:
                self.add(NB, spot, "media type added", f"{prefix}-media-type-added")
            else:
                old_schema = as_dict(before[media]).get("schema", {})
                new_schema = as_dict(after[media]).get("schema", {})
                ctx = Ctx(root=spot, dirs=frozenset({direction}), kind=kind)
                if "event-stream" in media and self.diff_framing(old_schema, new_schema, ctx):
                    continue
                self.diff_schema(old_schema, new_schema, ctx)

    def diff_framing(self, old: Any, new: Any, ctx: Ctx) -> bool:
        """An event stream whose events stayed the same while their framing was described
        differently (a bare event union vs. SSE frames carrying it) is one informational line."""
        before, after = self.old.event_union(old), self.new.event_union(new)
        if before is None or before != after or old == new:
            return False
        message = f"SSE framing schema changed, events still {code(before)}"
        self.add(INFO, ctx.root, message, "response-sse-framing-changed")
        return True

"""What counts as a credential, and how one is shown: the one place that decides.

Used for everything that shows a request: the errors the client raises (the requests
httpx2 errors keep), cassettes, and the emulator's request log.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from urllib.parse import parse_qsl, quote, urlsplit, urlunsplit

__all__ = [
    "REDACTED",
    "fingerprint",
    "is_credential",
    "redact_exception",
    "redact_headers",
    "redact_query",
    "redact_url",
]

REDACTED = "<redacted>"
# Names that carry credentials, as headers or query parameters (compared lower-case, "_" as "-").
_CREDENTIAL_NAMES = frozenset(
    {
        "key",
        "apikey",
        "api-key",
        "sig",
        "signature",
        "code",
        "auth",
        "x-goog-iam-authority-selector",
    }
)
_CREDENTIAL_PARTS = (
    "authorization",
    "cookie",
    "token",
    "secret",
    "password",
    "passwd",
    "credential",
    "api-key",
    "apikey",
    "session",
)
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9_-]*)\s+\S")


def is_credential(name: str) -> bool:
    """Whether a header or query parameter of this name carries a credential.

    ``x-goog-user-project`` names a billing project, not a secret, and is kept.
    """
    n = name.strip().lower().replace("_", "-")
    return (
        n in _CREDENTIAL_NAMES or n.endswith("-key") or any(part in n for part in _CREDENTIAL_PARTS)
    )


def fingerprint(secret: str) -> str:
    """Eight hex digits of the secret's SHA-256: tells two credentials apart, reveals neither."""
    return hashlib.sha256(secret.encode()).hexdigest()[:8]


def _redacted_value(value: str, mark: bool) -> str:
    # Keep the scheme ("Bearer", "Basic"): it says which credential was sent, not what it was.
    match = _SCHEME.match(value)
    secret = value[match.end(1) :].strip() if match else value
    shown = f"<redacted #{fingerprint(secret)}>" if mark else REDACTED
    return f"{match.group(1)} {shown}" if match else shown


def redact_headers(headers: Iterable[tuple[str, str]], *, mark: bool = False) -> dict[str, str]:
    """Headers as a dict (lower-case names, repeated ones joined), credentials redacted.

    ``mark`` shows each redacted credential's ``fingerprint`` (``<redacted #1a2b3c4d>``).
    """
    result: dict[str, str] = {}
    for name, value in headers:
        key = name.lower()
        shown = _redacted_value(value, mark) if is_credential(key) else value
        result[key] = f"{result[key]}, {shown}" if key in result else shown
    return result


def redact_query(query: str, *, mark: bool = False) -> str:
    """A query string with the values of credential parameters redacted (see ``redact_headers``)."""
    pairs = parse_qsl(query, keep_blank_values=True)
    return "&".join(
        f"{quote(k, safe='')}={_redacted_value(v, mark) if is_credential(k) else quote(v, safe='')}"
        for k, v in pairs
    )


def redact_url(url: str) -> str:
    """``url`` with the password of its ``user:password@`` part redacted (all else kept).

    The password is the one ``urllib.parse`` finds, which is the one redis-py and other
    URL-configured clients send; a URL it cannot parse is shown as ``REDACTED`` alone.
    """
    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:  # an unparsable host ("[::1"): nothing of it can be shown safely
        return REDACTED
    if password is None:
        return url
    userinfo, _, host = parts.netloc.rpartition("@")
    user = userinfo.partition(":")[0]
    return urlunsplit(parts._replace(netloc=f"{user}:{REDACTED}@{host}"))


def redact_exception(exc: BaseException | None) -> None:
    """Blank the credentials in the requests that ``exc`` and its causes keep.

    httpx2 errors hold their ``request``; an error chained to one of ours (``__cause__``,
    a stream's ``cause``) would otherwise show the API key or bearer token in its repr.
    """
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        try:
            headers = exc.request.headers  # type: ignore[attr-defined]
        except (AttributeError, RuntimeError):  # not an httpx2 error, or no request set
            headers = None
        if headers is not None:
            for name, value in list(headers.items()):
                if is_credential(name):
                    headers[name] = _redacted_value(value, False)
        exc = exc.__cause__ or exc.__context__ or getattr(exc, "cause", None)

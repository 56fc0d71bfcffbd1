"""Schemathesis hooks for the Brewpit hub (loaded with SCHEMATHESIS_HOOKS=hooks).

Checks beyond schemathesis' own:
- every 4xx answer is RFC 9457 ``application/problem+json`` whose ``status`` matches;
- a refused ingest batch stores nothing: the hub's reading count (read from its SQLite file,
  ``BREWPIT_DB``, with one worker so requests do not interleave) is the same after a 4xx.
"""

import json
import os
import sqlite3

import schemathesis

_DB = os.environ.get("BREWPIT_DB")
_before: dict[int, int] = {}


def _readings() -> int:
    con = sqlite3.connect(f"file:{_DB}?mode=ro", uri=True, timeout=10)
    try:
        return con.execute("SELECT count(*) FROM readings").fetchone()[0]
    finally:
        con.close()


# An import body is NDJSON text (one JSON value a line): sent as text, like text/plain.
schemathesis.serializer.alias("application/x-ndjson", "text/plain")


@schemathesis.hook
def before_call(ctx, case, **kwargs):
    """Remember the reading count before each ingest call."""
    if _DB and case.operation.path == "/ingest":
        _before[id(case)] = _readings()


@schemathesis.check
def problem_json_on_4xx(ctx, response, case):
    """A client error is application/problem+json with a matching status."""
    if not 400 <= response.status_code < 500:
        return None
    types = response.headers.get("content-type", [""])
    ctype = types[0] if isinstance(types, list) else types
    if not ctype.startswith("application/problem+json"):
        raise AssertionError(f"{response.status_code} with content-type {ctype!r}, not application/problem+json")
    body = json.loads(response.content or b"{}")
    if body.get("status") != response.status_code or not body.get("title"):
        raise AssertionError(f"problem body does not match: {body!r}")
    return None


@schemathesis.check
def no_partial_write(ctx, response, case):
    """A refused ingest batch leaves the store as it was."""
    if not _DB or case.operation.path != "/ingest" or response.status_code < 400:
        return None
    before = _before.get(id(case))
    if before is not None and _readings() != before:
        raise AssertionError(f"ingest answered {response.status_code} but the store changed")
    return None

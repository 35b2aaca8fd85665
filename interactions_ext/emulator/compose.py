"""A create body (and what the store knows) -> the ``Record`` of a new interaction.

Bodies are checked before anything is stored: 400 for what the API refuses, 404 for an
unknown ``previous_interaction_id``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from .content import Answer, Turn
from .continuation import Continuation, Token, check_hop, deltas_for, request_digest
from .errors import UnknownInteraction
from .model import InvalidRequest, compose_turn, function_results, prompt_text
from .settings import RequestScenario
from .state import EmulatorState
from .store import Record
from .validation import check_create_body

__all__ = ["build_record"]


@dataclass
class _Context:
    """What a turn knows of the conversation before it."""

    history: list[str] = field(default_factory=list)
    chain_prompt: str = ""
    called: list[str] = field(default_factory=list)
    results: list[dict[str, Any]] = field(default_factory=list)
    prompt: str = ""


def build_record(state: EmulatorState, body: dict[str, Any], scenario: RequestScenario) -> Record:
    """The new interaction for ``body``; ``InvalidRequest`` / ``UnknownInteraction`` if refused."""
    check_create_body(body)
    _check_target(body, scenario, state.settings.max_answer_words)
    store = body.get("store", True) is not False
    background = body.get("background") is True
    if background and not store:
        raise InvalidRequest("`background: true` requires `store: true`.")
    if body.get("continuation_token") is not None:
        return _hop(state, body, scenario, Token.decode(body["continuation_token"]), store)
    if body.get("input") is None:
        raise InvalidRequest("`input` is required (unless `continuation_token` is given).")
    context = _context(_previous(state, body), body)
    turn, call = _turn(state, body, scenario, context)
    final = _final_status(state, scenario, background, call is not None, turn.error_event)
    record = _new_record(state, body, turn, context, final, store=store, background=background)
    record.call = call
    _split(record, scenario)
    return record


def _check_target(body: dict[str, Any], scenario: RequestScenario, cap: int) -> None:
    model, agent = body.get("model"), body.get("agent")
    if (model is None) == (agent is None):
        raise InvalidRequest("Exactly one of `model` or `agent` must be set.")
    if not isinstance(model or agent, str) or not (model or agent):
        raise InvalidRequest("`model`/`agent` must be a non-empty string.")
    if agent is not None and body.get("generation_config") is not None:
        raise InvalidRequest(
            "`generation_config` is not supported for agent interactions; use `agent_config`."
        )
    if agent is not None and (scenario.answer_words or 0) * 10 > cap:
        raise InvalidRequest(
            f"An agent answer of {scenario.answer_words} x 10 words is above the emulator's cap max_answer_words={cap}."
        )


def _previous(state: EmulatorState, body: dict[str, Any]) -> Record | None:
    prev_id = body.get("previous_interaction_id")
    if not prev_id:
        return None
    previous = state.store.get(str(prev_id))
    if previous is None:
        raise UnknownInteraction(str(prev_id))
    return previous


def _context(previous: Record | None, body: dict[str, Any]) -> _Context:
    results = function_results(body.get("input"))
    if results and (
        previous is None
        or previous.call is None
        or any(r.get("call_id") != previous.call["id"] for r in results)
    ):
        raise InvalidRequest("`function_result.call_id` does not match a pending call.")
    prompt = prompt_text(body.get("input")) if not results else ""
    if previous is None:
        return _Context(chain_prompt=prompt, prompt=prompt)
    history = list(previous.history)
    if previous.history_prompt:
        history.append(previous.history_prompt)
    called = list(previous.called)
    all_results = list(previous.results) if results else []
    if results and previous.call is not None:
        called.append(previous.call["name"])
        all_results += results
    chain = prompt or previous.chain_prompt
    return _Context(history, chain, called, all_results, prompt)


def _turn(
    state: EmulatorState, body: dict[str, Any], scenario: RequestScenario, context: _Context
) -> tuple[Turn, dict[str, Any] | None]:
    turn, call = compose_turn(
        body,
        history=context.history,
        chain_prompt=context.chain_prompt,
        called=context.called,
        results=context.results,
        malformed_json=state.settings.malformed_json,
        scenario=scenario,
        call_number=len(context.called) + 1,
    )
    if scenario.delta_bytes and turn.answer is not None:
        turn.answer.delta_bytes = scenario.delta_bytes
    return turn, call


def _final_status(
    state: EmulatorState, scenario: RequestScenario, background: bool, calls: bool, failed: bool
) -> str:
    final = scenario.terminal_status or (
        state.settings.terminal_status if background else "completed"
    )
    if calls and final == "completed":
        final = "requires_action"
    return "failed" if failed else final


def _new_record(
    state: EmulatorState,
    body: dict[str, Any],
    turn: Turn,
    context: _Context,
    final: str,
    *,
    store: bool,
    background: bool,
) -> Record:
    s = state.settings
    duration = 0.0
    if background:
        seconds = s.agent_background_seconds if "agent" in body else s.background_seconds
        duration = seconds / s.clock_speed
    return Record(
        id=state.store.new_id(),
        body=body,
        turn=turn,
        store=store,
        background=background,
        duration=duration,
        final_status=final,
        history=context.history,
        chain_prompt=context.chain_prompt,
        called=context.called,
        call=None,
        hidden_gets=s.visibility_delay_gets if background else 0,
        history_prompt=context.prompt,
        results=context.results,
    )


def _split(record: Record, scenario: RequestScenario) -> None:
    """Apply the per-request output limit and checkpoints (model answers in the foreground)."""
    answer = record.turn.answer
    limit = deltas_for(scenario.output_limit_words or 0)
    every = deltas_for(scenario.checkpoint_words or 0)
    if answer is None or record.background or "agent" in record.body or not (limit or every):
        return
    words = scenario.answer_words or 0
    record.continuation = Continuation(limit, every, words, request_digest(record.body))
    if limit:
        _limit(record, answer.window(0, limit))


def _limit(record: Record, window: Answer) -> None:
    record.turn = dataclasses.replace(record.turn, answer=window)
    if window.end() < window.total_deltas() and record.final_status == "completed":
        record.final_status = "requires_continuation"


def _hop(
    state: EmulatorState,
    body: dict[str, Any],
    scenario: RequestScenario,
    token: Token,
    store: bool,
) -> Record:
    """A continuation hop: the rest of an answer, from the token's position."""
    check_hop(body, token, store=store)
    if store:
        issuer = state.store.get(token.issuer)
        if issuer is None:
            raise UnknownInteraction(token.issuer)
        base, context = issuer.turn.answer, _inherited(issuer)
    else:
        context = _context(_previous(state, body), body)
        words = dataclasses.replace(scenario, answer_words=token.plan.words)
        base = _turn(state, body, words, context)[0].answer
    if base is None or token.position > base.total_deltas():
        raise InvalidRequest(
            "`continuation_token` does not continue an answer of this interaction."
        )
    record = _new_record(
        state, body, Turn(None), context, "completed", store=store, background=False
    )
    record.continuation = token.plan
    stop = token.position + token.plan.limit if token.plan.limit else None
    _limit(record, base.window(token.position, stop))
    return record


def _inherited(issuer: Record) -> _Context:
    # A hop continues the issuer's turn: later turns must see that turn's prompt once.
    return _Context(
        list(issuer.history),
        issuer.chain_prompt,
        list(issuer.called),
        list(issuer.results),
        issuer.history_prompt,
    )

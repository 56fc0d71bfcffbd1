"""Missing or malformed translations fail the test that shows them.

pytest-homeassistant-custom-component has no translation checks (Home Assistant keeps them in
its own test tree), so this fixture does the same job for Brewpit: every form, abort, error,
repair issue and service exception the integration produces during a test, and every entity
it registers, must have its text in translations/en.json, loaded through Home Assistant's
translation helper, with every placeholder the text names supplied.
"""

from __future__ import annotations

import string
from collections.abc import AsyncGenerator, Mapping
from typing import Any
from unittest.mock import patch

import pytest
from homeassistant.config_entries import ConfigEntriesFlowManager, OptionsFlowManager
from homeassistant.core import HomeAssistant, ServiceRegistry
from homeassistant.data_entry_flow import FlowHandler, FlowManager, FlowResultType
from homeassistant.exceptions import HomeAssistantError, Unauthorized
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.translation import async_get_translations

DOMAIN = "brewpit"

type Wanted = list[tuple[str, str, Mapping[str, Any] | None, bool]]
"""(category, key under component.brewpit.<category>, placeholders, required)."""


def _flow_keys(
    manager: FlowManager, flow: FlowHandler, result: Any, wanted: Wanted
) -> None:
    if isinstance(manager, ConfigEntriesFlowManager):
        category = "config"
    elif isinstance(manager, OptionsFlowManager):
        category = "options"
    else:
        return
    placeholders = result.get("description_placeholders")
    if result["type"] is FlowResultType.FORM:
        step = f"step.{result['step_id']}"
        for header in ("title", "description"):
            wanted.append((category, f"{step}.{header}", placeholders, False))
        schema = result.get("data_schema")
        for key in schema.schema if schema else ():
            for header in ("data", "data_description"):
                wanted.append((category, f"{step}.{header}.{key}", placeholders, True))
        for error in (result.get("errors") or {}).values():
            wanted.append((category, f"error.{error}", placeholders, True))
    elif result["type"] is FlowResultType.ABORT and not result.get(
        "translation_domain"
    ):
        wanted.append((category, f"abort.{result['reason']}", placeholders, True))


def _missing_placeholders(text: str, given: Mapping[str, Any] | None) -> list[str]:
    names = [name for _, name, _, _ in string.Formatter().parse(text) if name]
    return [name for name in names if name not in (given or {})]


@pytest.fixture(autouse=True)
async def check_translations(hass: HomeAssistant) -> AsyncGenerator[None]:
    """Fail the test when Brewpit showed a text en.json lacks, or lacks a placeholder of."""
    wanted: Wanted = []
    handle_step = FlowManager._async_handle_step
    get_or_create = ir.IssueRegistry.async_get_or_create
    call = ServiceRegistry.async_call

    async def _handle_step(
        self: FlowManager, flow: FlowHandler, *args: Any, **kwargs: Any
    ) -> Any:
        result = await handle_step(self, flow, *args, **kwargs)
        domain = flow.handler
        if isinstance(self, OptionsFlowManager):
            entry = self.hass.config_entries.async_get_entry(flow.handler)
            domain = entry.domain if entry else None
        if domain == DOMAIN:
            _flow_keys(self, flow, result, wanted)
        return result

    def _issue(self: ir.IssueRegistry, domain: str, *args: Any, **kwargs: Any) -> Any:
        issue = get_or_create(self, domain, *args, **kwargs)
        if domain == DOMAIN and issue.translation_key:
            given = issue.translation_placeholders
            wanted.append(("issues", f"{issue.translation_key}.title", given, True))
            wanted.append(
                ("issues", f"{issue.translation_key}.description", given, True)
            )
        return issue

    async def _call(
        self: ServiceRegistry, domain: str, *args: Any, **kwargs: Any
    ) -> Any:
        try:
            return await call(self, domain, *args, **kwargs)
        except Unauthorized:
            raise
        except HomeAssistantError as err:
            if err.translation_domain == DOMAIN and err.translation_key:
                key = f"{err.translation_key}.message"
                wanted.append(("exceptions", key, err.translation_placeholders, True))
            elif domain == DOMAIN and err.translation_domain is None:
                wanted.append(("exceptions", f"untranslated: {err}", None, True))
            raise

    with (
        patch.object(FlowManager, "_async_handle_step", _handle_step),
        patch.object(ir.IssueRegistry, "async_get_or_create", _issue),
        patch.object(ServiceRegistry, "async_call", _call),
    ):
        yield

    named = _named_by_hub(hass)
    for entry in er.async_get(hass).entities.values():
        if entry.platform == DOMAIN and entry.translation_key:
            key = f"{entry.domain}.{entry.translation_key}.name"
            wanted.append(("entity", key, None, entry.unique_id not in named))
    errors: list[str] = []
    for category, key, given, required in wanted:
        texts = await async_get_translations(hass, "en", category, [DOMAIN])
        text = texts.get(f"component.{DOMAIN}.{category}.{key}")
        if text is None:
            if required:
                errors.append(f"missing translation: {category}.{key}")
            continue
        if category == "entity":
            continue
        if missing := _missing_placeholders(text, given):
            errors.append(f"{category}.{key}: no value for placeholder(s) {missing}")
    for state in hass.states.async_all():
        if state.entity_id in _brewpit_entity_ids(hass) and "{" in state.name:
            errors.append(f"{state.entity_id}: unfilled placeholder in '{state.name}'")
    assert not errors, "\n".join(sorted(set(errors)))


def _named_by_hub(hass: HomeAssistant) -> set[str]:
    """Unique ids of entities the hub gave a name of their own (a chamber's label)."""
    return {
        spec.unique_id
        for entry in hass.config_entries.async_entries(DOMAIN)
        if (runtime := getattr(entry, "runtime_data", None)) is not None
        for spec in runtime.specs.values()
        if spec.name
    }


def _brewpit_entity_ids(hass: HomeAssistant) -> set[str]:
    return {
        e.entity_id
        for e in er.async_get(hass).entities.values()
        if e.platform == DOMAIN
    }

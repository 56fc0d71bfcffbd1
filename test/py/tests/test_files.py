"""Home Assistant's own loaders judge the integration's files.

Manifest, services.yaml, translations and icons.json are read through the code Home Assistant
uses at run time (hassfest itself is not in the pip package): a file it cannot load, a key it
cannot find, a selector it rejects or a text without its translation fails here.
"""

from __future__ import annotations

import ast
import json
import re
import string
from pathlib import Path
from typing import Any

import pytest
from awesomeversion import AwesomeVersion
from homeassistant.core import HomeAssistant
from homeassistant.helpers import selector
from homeassistant.helpers import service as service_helper
from homeassistant.helpers.icon import async_get_icons
from homeassistant.helpers.translation import async_get_translations
from homeassistant.loader import async_get_integration
from homeassistant.util.yaml import load_yaml_dict

from custom_components.brewpit import services as brewpit_services
from custom_components.brewpit.contract import CHANNEL_ROLES, DISABLED_BY_DEFAULT

from .conftest import DOMAIN

PACKAGE = Path(brewpit_services.__file__).parent

# The entities the hub announces by translation key (docs/integration.md, "Hub contract");
# translations/en.json must name exactly these, no more.
HUB_ENTITY_KEYS = {
    "binary_sensor": {
        "connectivity",
        "problem",
        "stall",
        "target_reached",
        "fermentation_finished",
    },
    "button": {"start_session", "end_session"},
    "climate": {"chamber"},
    "number": {"target"},
    "sensor": {
        "gravity",
        "gravity_raw",
        "angle",
        "temperature",
        "aux_temperature",
        "ext_temperature",
        "battery_voltage",
        "rssi",
        "pressure",
        "ph",
        "bpm",
        "outbox_depth",
        "dropped_total",
        "session_name",
        "session_state",
        "session_elapsed",
        "time_to_target",
        "minutes_remaining",
        "attenuation",
        "abv",
    },
    "switch": {"recording"},
}
# Names with a placeholder, and the placeholder the hub must send.
PLACEHOLDERS = {
    "binary_sensor.stall": {"channel"},
    "binary_sensor.target_reached": {"channel"},
    "number.target": {"channel"},
    "sensor.time_to_target": {"channel"},
    "sensor.minutes_remaining": {"channel"},
}

# Every rule of the Integration Quality Scale, by tier, as Home Assistant's
# script/hassfest/quality_scale.py lists them.
QUALITY_RULES = {
    "bronze": """action-setup appropriate-polling brands common-modules config-flow
        config-flow-test-coverage dependency-transparency docs-actions docs-conditions
        docs-high-level-description docs-installation-instructions docs-removal-instructions
        docs-triggers entity-event-setup entity-unique-id has-entity-name runtime-data
        test-before-configure test-before-setup unique-config-entry""",
    "silver": """action-exceptions config-entry-unloading docs-configuration-parameters
        docs-installation-parameters entity-unavailable integration-owner
        log-when-unavailable parallel-updates reauthentication-flow test-coverage""",
    "gold": """devices diagnostics discovery discovery-update-info docs-data-update
        docs-examples docs-known-limitations docs-supported-devices docs-supported-functions
        docs-troubleshooting docs-use-cases dynamic-devices entity-category
        entity-device-class entity-disabled-by-default entity-translations
        exception-translations icon-translations reconfiguration-flow repair-issues
        stale-devices""",
    "platinum": "async-dependency inject-websession strict-typing",
}
URL = re.compile(r"https?://|www\.", re.IGNORECASE)


async def _translations(hass: HomeAssistant, category: str) -> dict[str, str]:
    prefix = f"component.{DOMAIN}.{category}."
    texts = await async_get_translations(hass, "en", category, [DOMAIN])
    return {k.removeprefix(prefix): v for k, v in texts.items() if k.startswith(prefix)}


async def test_manifest_loads_as_a_custom_integration(hass: HomeAssistant) -> None:
    """The loader reads the manifest; the keys hassfest wants are there, in its order."""
    integration = await async_get_integration(hass, DOMAIN)
    assert not integration.is_built_in
    assert integration.config_flow
    assert AwesomeVersion(str(integration.version)).valid
    manifest = json.loads((PACKAGE / "manifest.json").read_text())
    assert integration.manifest["domain"] == manifest["domain"] == DOMAIN
    assert manifest["iot_class"] == "local_push"
    assert manifest["integration_type"] == "hub"
    assert manifest["codeowners"]
    assert manifest["documentation"].startswith("https://")
    keys = list(manifest)
    assert keys[:2] == ["domain", "name"]
    assert keys[2:] == sorted(keys[2:])
    for image in ("icon.png", "icon@2x.png", "logo.png"):
        assert (PACKAGE / "brand" / image).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


async def test_services_yaml_passes_home_assistants_schema(
    hass: HomeAssistant, loaded_entry: Any
) -> None:
    """services.yaml loads through Home Assistant's schema; its selectors validate."""
    raw = load_yaml_dict(str(PACKAGE / "services.yaml"))
    # The schema Home Assistant applies when it loads the file (it only logs a failure).
    services = service_helper._SERVICES_SCHEMA(raw)
    for name, spec in services.items():
        for field, config in spec.get("fields", {}).items():
            selector.validate_selector(config["selector"])
            assert field, name
    # async_get_all_descriptions would load every integration's file, some of which need
    # packages the test venv lacks; the registered services are what it would describe.
    assert set(hass.services.async_services_for_domain(DOMAIN)) == set(services)


async def test_service_fields_match_their_schemas(hass: HomeAssistant) -> None:
    """Each action's fields in services.yaml are exactly those its schema accepts."""
    raw = load_yaml_dict(str(PACKAGE / "services.yaml"))
    schemas = {
        "start_session": brewpit_services.START_SESSION_SCHEMA,
        "end_session": brewpit_services.END_SESSION_SCHEMA,
        "annotate": brewpit_services.ANNOTATE_SCHEMA,
        "set_target": brewpit_services.SET_TARGET_SCHEMA,
    }
    assert set(schemas) == set(raw)
    for name, schema in schemas.items():
        accepted = {str(key) for key in schema.schema}
        assert set(raw[name]["fields"]) == accepted, name
        required = {str(k) for k in schema.schema if type(k).__name__ == "Required"}
        marked = {f for f, c in raw[name]["fields"].items() if c.get("required")}
        assert marked == required, name


async def test_every_action_and_field_is_translated(hass: HomeAssistant) -> None:
    """Each action and each of its fields has a name and a description."""
    texts = await _translations(hass, "services")
    raw = load_yaml_dict(str(PACKAGE / "services.yaml"))
    for name, spec in raw.items():
        assert texts.get(f"{name}.name") and texts.get(f"{name}.description"), name
        for field in spec["fields"]:
            for part in ("name", "description"):
                assert texts.get(f"{name}.fields.{field}.{part}"), f"{name}.{field}"
    selectors = await _translations(hass, "selector")
    assert selectors["session_kind.options.cook"] == "Cook"


async def test_entity_translations_are_exactly_the_hub_catalogue(
    hass: HomeAssistant,
) -> None:
    """en.json names every entity the hub announces by key, and nothing else."""
    texts = await _translations(hass, "entity")
    found: dict[str, set[str]] = {}
    for key in texts:
        platform, name, *_ = key.split(".")
        found.setdefault(platform, set()).add(name)
    assert found == HUB_ENTITY_KEYS
    for key, text in texts.items():
        platform, name, part, *_ = key.split(".")
        if part == "name":
            used = {p for _, p, _, _ in string.Formatter().parse(text) if p}
            assert used == PLACEHOLDERS.get(f"{platform}.{name}", set()), key
    assert DISABLED_BY_DEFAULT <= HUB_ENTITY_KEYS["sensor"]


async def test_no_url_in_any_translation(hass: HomeAssistant) -> None:
    """Current hassfest rejects URLs in strings; addresses go in as placeholders."""
    for category in (
        "config",
        "options",
        "entity",
        "exceptions",
        "issues",
        "services",
        "selector",
    ):
        for key, text in (await _translations(hass, category)).items():
            assert not URL.search(text), f"{category}.{key}: {text}"


async def test_every_translation_key_in_the_code_exists(hass: HomeAssistant) -> None:
    """Each `translation_key="..."` the integration raises or files has its text."""
    exceptions = await _translations(hass, "exceptions")
    issues = await _translations(hass, "issues")
    used: set[str] = set()
    for path in PACKAGE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.keyword) and node.arg == "translation_key":
                if isinstance(node.value, ast.Constant):
                    used.add(node.value.value)
                elif isinstance(node.value, ast.IfExp):
                    used |= {
                        branch.value
                        for branch in (node.value.body, node.value.orelse)
                        if isinstance(branch, ast.Constant)
                    }
    used.discard("session_kind")
    known = {k.split(".")[0] for k in [*exceptions, *issues]}
    constants = {"hub_incompatible", "hub_unreachable", "panel_missing"}
    assert used - constants <= known, used - known
    assert {"hub_too_old", "hub_too_new", "hub_unreachable", "panel_missing"} <= {
        k.split(".")[0] for k in issues
    }
    # Validation errors go through resolve.invalid("<key>", ...).
    raised = {
        node.args[0].value
        for path in PACKAGE.glob("*.py")
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "invalid"
        and isinstance(node.args[0], ast.Constant)
    }
    assert raised
    assert raised <= {k.split(".")[0] for k in exceptions}, raised


async def test_icons_load_and_cover_the_catalogue(hass: HomeAssistant) -> None:
    """icons.json loads through Home Assistant; keys exist, icons are mdi names."""
    entity_icons = (await async_get_icons(hass, "entity", {DOMAIN}))[DOMAIN]
    service_icons = (await async_get_icons(hass, "services", {DOMAIN}))[DOMAIN]
    raw = json.loads((PACKAGE / "icons.json").read_text())
    assert entity_icons == raw["entity"]
    icon = re.compile(r"^mdi:[a-z0-9-]+$")
    for platform, keys in entity_icons.items():
        assert set(keys) <= HUB_ENTITY_KEYS[platform], platform
        for spec in keys.values():
            assert icon.match(spec["default"])
            assert all(icon.match(i) for i in spec.get("state", {}).values())
    stateful = {
        f"{p}.{k}"
        for p, keys in entity_icons.items()
        for k, s in keys.items()
        if "state" in s
    }
    assert {"switch.recording", "sensor.session_state"} <= stateful
    raw_services = load_yaml_dict(str(PACKAGE / "services.yaml"))
    assert set(service_icons) == set(raw_services)
    assert all(icon.match(s["service"]) for s in service_icons.values())


def test_quality_scale_lists_every_rule_done_or_exempt() -> None:
    """Every rule of all four tiers is done, or exempt with a reason."""
    rules = load_yaml_dict(str(PACKAGE / "quality_scale.yaml"))["rules"]
    expected = {r for tier in QUALITY_RULES.values() for r in tier.split()}
    assert set(rules) == expected
    for name, value in rules.items():
        status = value if isinstance(value, str) else value["status"]
        assert status in ("done", "exempt"), name
        if status == "exempt":
            assert len(value["comment"]) > 20, name


def test_channel_roles_come_from_the_protocol() -> None:
    """The roles are those of protocol/src/channels.ts, `other` included."""
    generated = json.loads((PACKAGE / "channel_roles.json").read_text())
    assert tuple(generated["roles"]) == CHANNEL_ROLES
    assert "other" in CHANNEL_ROLES


@pytest.mark.parametrize("role", [None, "smoke"])
def test_unknown_roles_become_other(role: str | None) -> None:
    """A role the protocol does not know is sent as `other`."""
    from custom_components.brewpit.contract import channel_role

    assert channel_role(role) == "other"
    assert channel_role("meat") == "meat"

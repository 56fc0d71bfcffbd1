"""The Brewpit integration: entities, events and a panel for cooks and brews."""

from __future__ import annotations

from homeassistant.const import CONF_TOKEN, CONF_URL, EVENT_CORE_CONFIG_UPDATE
from homeassistant.core import Event, HomeAssistant, callback
from homeassistant.exceptions import ConfigEntryAuthFailed, ConfigEntryNotReady
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.aiohttp_client import async_get_clientsession
from homeassistant.helpers.device_registry import DeviceEntry
from homeassistant.helpers.typing import ConfigType
from homeassistant.loader import async_get_integration

from .const import (
    DOMAIN,
    EVENT_LOADED,
    ISSUE_HUB_INCOMPATIBLE,
    ISSUE_HUB_UNREACHABLE,
    ISSUE_PANEL_MISSING,
    PLATFORMS,
)
from .hub import BrewpitHub, HubAuthError, HubError
from .panel import async_register_panel, async_unregister_panel
from .runtime import BrewpitConfigEntry, BrewpitRuntime
from .services import async_setup_services
from .views import SessionExportView
from .websocket import async_register_websocket_commands, ha_config

CONFIG_SCHEMA = cv.config_entry_only_config_schema(DOMAIN)


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    """Register what lives for the whole run: WebSocket commands, services, the CSV view."""
    async_register_websocket_commands(hass)
    async_setup_services(hass)
    hass.http.register_view(SessionExportView())
    return True


def _hub(hass: HomeAssistant, entry: BrewpitConfigEntry) -> BrewpitHub:
    return BrewpitHub(
        async_get_clientsession(hass), entry.data[CONF_URL], entry.data[CONF_TOKEN]
    )


async def async_setup_entry(hass: HomeAssistant, entry: BrewpitConfigEntry) -> bool:
    """Set up Brewpit: check the hub answers, then wait for it to connect and announce."""
    hub = _hub(hass, entry)
    try:
        hub_devices = await hub.validate()
    except HubAuthError as err:
        raise ConfigEntryAuthFailed(
            translation_domain=DOMAIN, translation_key="auth_failed"
        ) from err
    except HubError as err:
        raise ConfigEntryNotReady(
            translation_domain=DOMAIN,
            translation_key="setup_unreachable",
            translation_placeholders={"detail": str(err)},
        ) from err
    runtime = BrewpitRuntime(hass, entry, hub)
    runtime.integration_version = str(
        (await async_get_integration(hass, DOMAIN)).version
    )
    await runtime.async_load()
    # Devices deleted on the hub while Home Assistant was away go before entities are made.
    await runtime.async_keep_only(hub_devices)
    entry.runtime_data = runtime
    await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)
    if await async_register_panel(hass, runtime.integration_version, runtime.shared):
        entry.async_on_unload(lambda: async_unregister_panel(hass))
    runtime.link.start()

    @callback
    def push_units(_event: Event) -> None:
        """Tell a hub that speaks units what Home Assistant shows (API level 2)."""
        if runtime.hub_api >= 2 and runtime.hub_connected:
            runtime.send_command({"type": "ha_config", **ha_config(hass)})

    entry.async_on_unload(hass.bus.async_listen(EVENT_CORE_CONFIG_UPDATE, push_units))
    # The hub listens for this and re-announces its devices, entities and states.
    hass.bus.async_fire(EVENT_LOADED, {"version": runtime.integration_version})
    return True


async def async_unload_entry(hass: HomeAssistant, entry: BrewpitConfigEntry) -> bool:
    """Unload a config entry."""
    unloaded = await hass.config_entries.async_unload_platforms(entry, PLATFORMS)
    if unloaded:
        entry.runtime_data.close()
    return unloaded


async def async_remove_entry(hass: HomeAssistant, entry: BrewpitConfigEntry) -> None:
    """Delete what the hub announced, and the repair issues, when the entry is removed."""
    await BrewpitRuntime(hass, entry, _hub(hass, entry)).async_remove_storage()
    for issue in (ISSUE_HUB_INCOMPATIBLE, ISSUE_HUB_UNREACHABLE, ISSUE_PANEL_MISSING):
        ir.async_delete_issue(hass, DOMAIN, issue)


async def async_remove_config_entry_device(
    hass: HomeAssistant, entry: BrewpitConfigEntry, device: DeviceEntry
) -> bool:
    """Allow removing a device the hub no longer announces (it would come back otherwise)."""
    runtime = entry.runtime_data
    ids = {ident for domain, ident in device.identifiers if domain == DOMAIN}
    if ids & runtime.devices.keys():
        return False
    await runtime.async_remove_entities(
        [s.unique_id for s in runtime.specs.values() if s.device_id in ids]
    )
    return True

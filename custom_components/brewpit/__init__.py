"""The Brewpit integration: entities, events and a panel for cooks and brews."""

from __future__ import annotations

from homeassistant.const import CONF_TOKEN, CONF_URL
from homeassistant.core import HomeAssistant
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.aiohttp_client import async_get_clientsession
from homeassistant.helpers.device_registry import DeviceEntry
from homeassistant.helpers.typing import ConfigType
from homeassistant.loader import async_get_integration

from .const import DOMAIN, EVENT_LOADED, PLATFORMS
from .hub import BrewpitHub
from .panel import async_register_panel, async_unregister_panel
from .runtime import BrewpitConfigEntry, BrewpitRuntime
from .services import async_setup_services
from .views import SessionExportView
from .websocket import async_register_websocket_commands

CONFIG_SCHEMA = cv.config_entry_only_config_schema(DOMAIN)


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    """Register what lives for the whole run: WebSocket commands, services, the CSV view."""
    async_register_websocket_commands(hass)
    async_setup_services(hass)
    hass.http.register_view(SessionExportView())
    return True


async def async_setup_entry(hass: HomeAssistant, entry: BrewpitConfigEntry) -> bool:
    """Set up Brewpit from a config entry; the hub connects to us, so nothing is polled."""
    hub = BrewpitHub(
        async_get_clientsession(hass), entry.data[CONF_URL], entry.data[CONF_TOKEN]
    )
    runtime = BrewpitRuntime(hass, entry, hub)
    runtime.integration_version = str(
        (await async_get_integration(hass, DOMAIN)).version
    )
    await runtime.async_load()
    entry.runtime_data = runtime
    await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)
    if await async_register_panel(hass, runtime.integration_version):
        entry.async_on_unload(lambda: async_unregister_panel(hass))
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
    """Delete what the hub announced when the entry is removed."""
    hub = BrewpitHub(
        async_get_clientsession(hass), entry.data[CONF_URL], entry.data[CONF_TOKEN]
    )
    await BrewpitRuntime(hass, entry, hub).async_remove_storage()


async def async_remove_config_entry_device(
    hass: HomeAssistant, entry: BrewpitConfigEntry, device: DeviceEntry
) -> bool:
    """Allow removing a device the hub no longer announces."""
    runtime = entry.runtime_data
    ids = {ident for domain, ident in device.identifiers if domain == DOMAIN}
    if any(spec.device_id in ids for spec in runtime.specs.values()):
        return False
    for device_id in ids:
        runtime.remove_device(device_id)
    return True

"""Config flow for Brewpit: manual (hub URL + admin token) or Supervisor discovery."""

from __future__ import annotations

import logging
from typing import Any

import voluptuous as vol
from homeassistant.config_entries import ConfigFlow, ConfigFlowResult
from homeassistant.const import CONF_TOKEN, CONF_URL
from homeassistant.helpers.aiohttp_client import async_get_clientsession
from homeassistant.helpers.selector import (
    TextSelector,
    TextSelectorConfig,
    TextSelectorType,
)
from homeassistant.helpers.service_info.hassio import HassioServiceInfo

from .const import DOMAIN
from .hub import BrewpitHub, HubAuthError, HubConnectionError, HubError

_LOGGER = logging.getLogger(__name__)

DEFAULT_URL = "http://127.0.0.1:8488"

USER_SCHEMA = vol.Schema(
    {
        vol.Required(CONF_URL, default=DEFAULT_URL): TextSelector(
            TextSelectorConfig(type=TextSelectorType.URL)
        ),
        vol.Required(CONF_TOKEN): TextSelector(
            TextSelectorConfig(type=TextSelectorType.PASSWORD)
        ),
    }
)


class BrewpitConfigFlow(ConfigFlow, domain=DOMAIN):
    """Handle a config flow for Brewpit."""

    VERSION = 1

    def __init__(self) -> None:
        """Start with nothing discovered."""
        self._discovered: dict[str, Any] = {}

    async def _validate(self, url: str, token: str) -> str | None:
        """Return an error key, or None when the hub answers and accepts the token."""
        hub = BrewpitHub(async_get_clientsession(self.hass), url, token)
        try:
            await hub.validate()
        except HubAuthError:
            return "invalid_auth"
        except HubConnectionError:
            return "cannot_connect"
        except HubError:
            _LOGGER.exception("Unexpected answer from the Brewpit hub at %s", url)
            return "unknown"
        return None

    async def async_step_user(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Ask for the hub's URL and admin token."""
        await self.async_set_unique_id(DOMAIN)
        self._abort_if_unique_id_configured()
        errors: dict[str, str] = {}
        if user_input is not None:
            url = str(user_input[CONF_URL]).rstrip("/")
            if not (error := await self._validate(url, user_input[CONF_TOKEN])):
                return self.async_create_entry(
                    title="Brewpit",
                    data={CONF_URL: url, CONF_TOKEN: user_input[CONF_TOKEN]},
                )
            errors["base"] = error
        return self.async_show_form(
            step_id="user",
            data_schema=self.add_suggested_values_to_schema(USER_SCHEMA, user_input),
            errors=errors,
        )

    async def async_step_hassio(
        self, discovery_info: HassioServiceInfo
    ) -> ConfigFlowResult:
        """Handle the add-on's discovery through the Supervisor."""
        config = discovery_info.config
        url = f"http://{config['host']}:{config['port']}"
        token = config.get("admin_token") or config.get(CONF_TOKEN, "")
        await self.async_set_unique_id(DOMAIN)
        self._abort_if_unique_id_configured(updates={CONF_URL: url, CONF_TOKEN: token})
        self._discovered = {
            "name": discovery_info.name,
            CONF_URL: url,
            CONF_TOKEN: token,
        }
        self.context["title_placeholders"] = {"name": discovery_info.name}
        return await self.async_step_hassio_confirm()

    async def async_step_hassio_confirm(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Confirm the discovered add-on."""
        errors: dict[str, str] = {}
        if user_input is not None:
            url, token = self._discovered[CONF_URL], self._discovered[CONF_TOKEN]
            if not (error := await self._validate(url, token)):
                return self.async_create_entry(
                    title="Brewpit", data={CONF_URL: url, CONF_TOKEN: token}
                )
            errors["base"] = error
        return self.async_show_form(
            step_id="hassio_confirm",
            description_placeholders={"addon": self._discovered["name"]},
            errors=errors,
        )

    async def async_step_reconfigure(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Change the hub's URL or admin token."""
        entry = self._get_reconfigure_entry()
        errors: dict[str, str] = {}
        if user_input is not None:
            url = str(user_input[CONF_URL]).rstrip("/")
            if not (error := await self._validate(url, user_input[CONF_TOKEN])):
                return self.async_update_reload_and_abort(
                    entry,
                    data_updates={CONF_URL: url, CONF_TOKEN: user_input[CONF_TOKEN]},
                )
            errors["base"] = error
        return self.async_show_form(
            step_id="reconfigure",
            data_schema=self.add_suggested_values_to_schema(
                USER_SCHEMA, user_input or {CONF_URL: entry.data[CONF_URL]}
            ),
            errors=errors,
        )

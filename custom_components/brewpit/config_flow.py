"""Config flow for Brewpit: manual (hub URL + admin token) or Supervisor discovery."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

import probatio as vol
from homeassistant.config_entries import (
    ConfigEntry,
    ConfigFlow,
    ConfigFlowResult,
    OptionsFlowWithReload,
)
from homeassistant.const import CONF_TOKEN, CONF_URL
from homeassistant.core import callback
from homeassistant.helpers.aiohttp_client import async_get_clientsession
from homeassistant.helpers.selector import (
    BooleanSelector,
    TextSelector,
    TextSelectorConfig,
    TextSelectorType,
)
from homeassistant.helpers.service_info.hassio import HassioServiceInfo

from .const import CONF_SHARE, DEFAULT_SHARE, DOMAIN
from .hub import BrewpitHub, HubAuthError, HubConnectionError, HubError

_LOGGER = logging.getLogger(__name__)

DEFAULT_URL = "http://127.0.0.1:8488"
PLACEHOLDERS = {"example_url": DEFAULT_URL}

TOKEN_FIELD = TextSelector(TextSelectorConfig(type=TextSelectorType.PASSWORD))
USER_SCHEMA = vol.Schema(
    {
        vol.Required(CONF_URL, default=DEFAULT_URL): TextSelector(
            TextSelectorConfig(type=TextSelectorType.URL)
        ),
        vol.Required(CONF_TOKEN): TOKEN_FIELD,
    }
)
REAUTH_SCHEMA = vol.Schema({vol.Required(CONF_TOKEN): TOKEN_FIELD})


class BrewpitConfigFlow(ConfigFlow, domain=DOMAIN):
    """Handle a config flow for Brewpit (one hub per Home Assistant)."""

    VERSION = 1

    def __init__(self) -> None:
        """Start with nothing discovered."""
        self._discovered: dict[str, Any] = {}

    @staticmethod
    @callback
    def async_get_options_flow(config_entry: ConfigEntry) -> BrewpitOptionsFlow:
        """Return the options flow."""
        return BrewpitOptionsFlow()

    async def _validate(self, url: str, token: str) -> dict[str, str]:
        """Return the form's errors: none when the hub answers and accepts the token."""
        hub = BrewpitHub(async_get_clientsession(self.hass), url, token)
        try:
            await hub.validate()
        except HubAuthError:
            return {"base": "invalid_auth"}
        except HubConnectionError:
            return {"base": "cannot_connect"}
        except HubError:
            _LOGGER.exception("Unexpected answer from the Brewpit hub at %s", url)
            return {"base": "unknown"}
        return {}

    async def async_step_user(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Ask for the hub's URL and admin token."""
        await self.async_set_unique_id(DOMAIN)
        self._abort_if_unique_id_configured()
        errors: dict[str, str] = {}
        if user_input is not None:
            data = _entry_data(user_input)
            if not (errors := await self._validate(data[CONF_URL], data[CONF_TOKEN])):
                return self.async_create_entry(title="Brewpit", data=data)
        return self.async_show_form(
            step_id="user",
            data_schema=self.add_suggested_values_to_schema(USER_SCHEMA, user_input),
            errors=errors,
            description_placeholders=PLACEHOLDERS,
        )

    async def async_step_hassio(
        self, discovery_info: HassioServiceInfo
    ) -> ConfigFlowResult:
        """Handle the add-on's discovery; a known hub gets its new address and token."""
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
            if not (errors := await self._validate(url, token)):
                return self.async_create_entry(
                    title="Brewpit", data={CONF_URL: url, CONF_TOKEN: token}
                )
        return self.async_show_form(
            step_id="hassio_confirm",
            description_placeholders={"addon": self._discovered["name"]},
            errors=errors,
        )

    async def async_step_reauth(
        self, entry_data: Mapping[str, Any]
    ) -> ConfigFlowResult:
        """The hub refused the admin token: ask for the current one."""
        return await self.async_step_reauth_confirm()

    async def async_step_reauth_confirm(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Ask for the hub's admin token again."""
        entry = self._get_reauth_entry()
        errors: dict[str, str] = {}
        if user_input is not None:
            token = str(user_input[CONF_TOKEN])
            if not (errors := await self._validate(entry.data[CONF_URL], token)):
                return self.async_update_reload_and_abort(
                    entry, data_updates={CONF_TOKEN: token}
                )
        return self.async_show_form(
            step_id="reauth_confirm",
            data_schema=REAUTH_SCHEMA,
            errors=errors,
            description_placeholders={"url": entry.data[CONF_URL]},
        )

    async def async_step_reconfigure(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Change the hub's URL or admin token."""
        entry = self._get_reconfigure_entry()
        errors: dict[str, str] = {}
        if user_input is not None:
            data = _entry_data(user_input)
            if not (errors := await self._validate(data[CONF_URL], data[CONF_TOKEN])):
                return self.async_update_reload_and_abort(entry, data_updates=data)
        return self.async_show_form(
            step_id="reconfigure",
            data_schema=self.add_suggested_values_to_schema(
                USER_SCHEMA, user_input or {CONF_URL: entry.data[CONF_URL]}
            ),
            errors=errors,
            description_placeholders=PLACEHOLDERS,
        )


class BrewpitOptionsFlow(OptionsFlowWithReload):
    """Who may read sessions and history: every user, or administrators only."""

    async def async_step_init(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Show the one option."""
        if user_input is not None:
            return self.async_create_entry(data=user_input)
        share = self.config_entry.options.get(CONF_SHARE, DEFAULT_SHARE)
        return self.async_show_form(
            step_id="init",
            data_schema=vol.Schema(
                {vol.Required(CONF_SHARE, default=share): BooleanSelector()}
            ),
        )


def _entry_data(user_input: dict[str, Any]) -> dict[str, str]:
    """The entry's data from a form: the URL without a trailing slash, and the token."""
    return {
        CONF_URL: str(user_input[CONF_URL]).rstrip("/"),
        CONF_TOKEN: str(user_input[CONF_TOKEN]),
    }

// Navigation the Home Assistant way: push the URL, then tell HA's router with
// `location-changed` (frontend src/common/navigate.ts), which hands the panel a new `route`.

export function navigate(path: string, replace = false): void {
  if (replace) history.replaceState(history.state, '', path);
  else history.pushState(null, '', path);
  window.dispatchEvent(
    new CustomEvent('location-changed', { detail: { replace }, bubbles: false, composed: true }),
  );
}

/** Fires a bubbling, composed event as HA's `fireEvent` does. */
export function fireEvent<T>(node: EventTarget, type: string, detail?: T): void {
  node.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

// Inline SVG icons (Material Design Icons paths): HA's <ha-icon> is internal, so not used.
import { html } from 'lit';

export const ICON_MENU = 'M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z';
export const ICON_BACK = 'M20,11V13H8L13.5,18.5L12.08,19.92L4.16,12L12.08,4.08L13.5,5.5L8,11H20Z';
export const ICON_FIRE =
  'M17.66 11.2C17.43 10.9 17.15 10.64 16.89 10.38C16.22 9.78 15.46 9.35 14.82 8.72C13.33 7.26 13 4.85 13.95 3C13 3.23 12.17 3.75 11.46 4.32C8.87 6.4 7.85 10.07 9.07 13.22C9.11 13.32 9.15 13.42 9.15 13.55C9.15 13.77 9 13.97 8.8 14.05C8.57 14.15 8.33 14.09 8.14 13.93C8.08 13.88 8.04 13.83 8 13.76C6.87 12.33 6.69 10.28 7.45 8.64C5.78 10 4.87 12.3 5 14.47C5.06 14.97 5.12 15.47 5.29 15.97C5.43 16.57 5.7 17.17 6 17.7C7.08 19.43 8.95 20.67 10.96 20.92C13.1 21.19 15.39 20.8 17.03 19.32C18.86 17.66 19.5 15 18.56 12.72L18.43 12.46C18.22 12 17.66 11.2 17.66 11.2Z';
export const ICON_MUG =
  'M4 4h12v3h2a3 3 0 0 1 3 3v4a3 3 0 0 1-3 3h-2v2a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V4zm12 5v6h2a1 1 0 0 0 1-1v-4a1 1 0 0 0-1-1h-2z';

/** An inline icon; `flip` mirrors it in right-to-left layouts (arrows). */
export function icon(path: string, flip = false) {
  return html`<svg class=${flip ? 'icon flip' : 'icon'} viewBox="0 0 24 24" aria-hidden="true">
    <path d=${path}></path>
  </svg>`;
}

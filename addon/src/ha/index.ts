/** The Home Assistant bridge (see bridge.ts). */
export { HaBridge, EVENT_LOADED } from './bridge.js';
export type { HaLinkState } from './types.js';

import type { HaLinkState } from './types.js';

/** The state of the link to Home Assistant: written by the bridge, read by `/health`. */
export class HaLinkStatus {
  state: HaLinkState = 'disabled';
}

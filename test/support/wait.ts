// Waiting and ports for tests: the one implementation lives in scripts/lib (the Home Assistant
// harness uses it too and must not depend on test code); tests import it from here.
export { GiveUp, sleep, waitFor, type WaitOptions } from '../../scripts/lib/wait.js';
export { freePort, portOpen } from '../../scripts/lib/ports.js';

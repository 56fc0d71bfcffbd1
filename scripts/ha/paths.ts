// Where the cached Home Assistant lives. Everything big stays outside the repository so that
// a fresh clone (and CI's) reuses the same cache, and `git status` never sees a chroot.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Test login; Chromium-driven tests log into the UI with these. */
export const HA_USERNAME = 'brewpit';
export const HA_PASSWORD = 'brewpit-test-pw';
export const HA_NAME = 'Brewpit Test';
/** OAuth client id used for onboarding; HA accepts any http(s) URL as a client id. */
export const HA_CLIENT_ID = 'http://127.0.0.1/';

/** Port tests use unless told otherwise; 8123 (HA's usual one) is left for people. */
export const TEST_PORT = 18123;
export const CLI_PORT = 8123;

/** Path of the venv inside the chroot. */
export const VENV_IN_ROOT = '/opt/ha';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface CachePaths {
  cache: string;
  root: string;
  stamps: string;
  lock: string;
  logs: string;
  /** Plain-text file with the installed Home Assistant version. */
  versionFile: string;
  /** Host copy of the CA bundle inside the root (the sandbox's egress CA must be trusted). */
  caBundleInRoot: string;
}

export function cachePaths(): CachePaths {
  const cache = path.resolve(
    process.env.BREWPIT_HA_CACHE || path.join(os.homedir(), '.cache', 'brewpit-ha'),
  );
  const root = path.join(cache, 'root');
  return {
    cache,
    root,
    stamps: path.join(cache, 'stamps'),
    lock: path.join(cache, 'provision.lock'),
    logs: path.join(cache, 'logs'),
    versionFile: path.join(cache, 'ha-version'),
    caBundleInRoot: '/etc/brewpit/ca-bundle.crt',
  };
}

/** Maps a path inside the chroot to the host path. */
export function hostPath(inRoot: string): string {
  return path.join(cachePaths().root, inRoot);
}

/**
 * Maps a config dir on the host to the path the chroot sees. Only folders under the root's
 * /srv or /tmp qualify: hass could not see anything outside the root, and `fresh` wipes the
 * folder, which must never be one of the root's own.
 */
export function rootPath(onHost: string): string {
  const rel = path.relative(cachePaths().root, path.resolve(onHost));
  if (!/^(srv|tmp)\/[^/]/.test(rel)) {
    throw new Error(
      `config dir ${onHost} must lie in ${cachePaths().root}/srv/ (or tmp/): hass runs ` +
        'chrooted there and cannot see other folders',
    );
  }
  return '/' + rel;
}

export function defaultConfigDir(port: number): string {
  return hostPath(`/srv/brewpit-test-${port}`);
}

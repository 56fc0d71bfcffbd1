import { readFileSync, statSync } from 'node:fs';
import { EdgeError } from './errors.js';

/** What `brewpit-edge pair` writes (mode 0600). */
export interface TokenFile {
  device_id: string;
  token: string;
  hub_url?: string;
  paired_at?: string;
}

/**
 * The device token, from `hub.token` or the token file. The file is re-read when it changes,
 * so pairing again fixes a rejected token without restarting the service. A file holding
 * just the token (no JSON) is accepted too.
 */
export class TokenSource {
  private cached: { mtimeMs: number; value: TokenFile } | undefined;

  constructor(private readonly o: { token?: string; deviceId?: string; file?: string }) {}

  /** The current token; throws `EdgeError('no_token')` when there is none. */
  token(): string {
    return this.read().token;
  }

  /** The device id, when known (from the token file or `hub.device_id`). */
  deviceId(): string | undefined {
    try {
      return this.o.deviceId ?? this.read().device_id ?? undefined;
    } catch {
      return this.o.deviceId;
    }
  }

  private read(): TokenFile {
    if (this.o.token) return { token: this.o.token, device_id: this.o.deviceId ?? '' };
    const file = this.o.file;
    if (!file)
      throw new EdgeError('no_token', 'No device token configured (hub.token or hub.token_file)');
    let mtimeMs: number;
    try {
      mtimeMs = statSync(file).mtimeMs;
    } catch {
      throw new EdgeError(
        'no_token',
        `No device token: ${file} does not exist; pair first with 'brewpit-edge pair <hub-url> <code>'`,
      );
    }
    if (this.cached?.mtimeMs === mtimeMs) return this.cached.value;
    const value = parseTokenFile(readFileSync(file, 'utf8'), file);
    this.cached = { mtimeMs, value };
    return value;
  }
}

/** Parses a token file: JSON written by `pair`, or a bare token. */
function parseTokenFile(text: string, file: string): TokenFile {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      const v = JSON.parse(trimmed) as Partial<TokenFile>;
      if (typeof v.token === 'string' && v.token)
        return { ...v, token: v.token, device_id: v.device_id ?? '' };
    } catch {
      // fall through to the error below
    }
    throw new EdgeError(
      'bad_token_file',
      `Token file ${file} is not valid: expected {"device_id", "token"}`,
    );
  }
  if (!trimmed) throw new EdgeError('no_token', `Token file ${file} is empty; pair again`);
  return { token: trimmed, device_id: '' };
}

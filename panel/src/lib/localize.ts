// The panel's strings in the user's Home Assistant language. Messages use a small subset of
// ICU MessageFormat: `{name}` inserts a parameter, `{n, plural, one {# probe} other {# probes}}`
// picks a branch with Intl.PluralRules ("#" is the number). A message missing in a language
// falls back to English, so a partial translation never shows a key.
import { de } from './messages/de.js';
import { en, type MessageKey } from './messages/en.js';

export type { MessageKey };

/** Parameters of a message. */
export type MessageParams = Record<string, string | number>;

/** Looks a message up and fills in its parameters. */
export type Localize = (key: MessageKey, params?: MessageParams) => string;

const CATALOGS: Record<string, Partial<Record<MessageKey, string>>> = { en, de };

/** The catalog language for a Home Assistant language tag ("de-CH" → "de", "pt-BR" → "en"). */
export function catalogLanguage(language: string | undefined): string {
  const tag = (language || 'en').toLowerCase();
  if (CATALOGS[tag]) return tag;
  const base = tag.split(/[-_]/)[0]!;
  return CATALOGS[base] ? base : 'en';
}

/** Finds the `}` closing the `{` at `open`. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** Branches of a plural argument body: `one {…} other {…}`. */
function branches(body: string): Map<string, string> {
  const out = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const open = body.indexOf('{', i);
    if (open < 0) break;
    const end = closing(body, open);
    if (end < 0) break;
    out.set(body.slice(i, open).trim(), body.slice(open + 1, end));
    i = end + 1;
  }
  return out;
}

/** Formats one message text; exported for tests of the message catalogs. */
export function formatMessage(
  text: string,
  params: MessageParams,
  plural: Intl.PluralRules,
  num: (n: number) => string,
): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, open);
    const end = closing(text, open);
    if (end < 0) {
      out += text.slice(open);
      break;
    }
    const inner = text.slice(open + 1, end);
    const comma = inner.indexOf(',');
    if (comma < 0) {
      const v = params[inner.trim()];
      out += v === undefined ? '' : String(v);
    } else {
      const name = inner.slice(0, comma).trim();
      const rest = inner.slice(comma + 1);
      const body = rest.slice(rest.indexOf(',') + 1);
      const n = Number(params[name] ?? 0);
      const b = branches(body);
      const chosen = b.get(`=${n}`) ?? b.get(plural.select(n)) ?? b.get('other') ?? '';
      out += formatMessage(chosen.replace(/#/g, num(n)), params, plural, num);
    }
    i = end + 1;
  }
  return out;
}

const cache = new Map<string, Localize>();

/** The localize function of a language (cached per language). */
export function localizer(language: string | undefined): Localize {
  const lang = catalogLanguage(language);
  let fn = cache.get(lang);
  if (fn) return fn;
  const catalog = CATALOGS[lang]!;
  const plural = new Intl.PluralRules(lang);
  const nf = new Intl.NumberFormat(lang);
  const num = (n: number) => nf.format(n);
  fn = (key, params = {}) => formatMessage(catalog[key] ?? en[key], params, plural, num);
  cache.set(lang, fn);
  return fn;
}

/** The language a `hass` object asks for: the user's profile language. */
export function hassLanguage(hass: { language?: string; locale?: { language?: string } }): string {
  return hass.locale?.language || hass.language || 'en';
}

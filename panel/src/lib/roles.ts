// Session roles of probes: their names in the user's language, which roles a cook or a brew
// uses, and a first guess at a probe's role from its name and kind.
import type { ChannelRole, SessionKind } from '@brewpit/protocol';
import type { Localize, MessageKey } from './localize.js';

/** Roles a session of each kind is made of, in the order the form offers them. */
export const KIND_ROLES: Record<SessionKind, readonly ChannelRole[]> = {
  cook: ['pit', 'meat', 'ambient', 'other'],
  brew: ['wort', 'chamber', 'gravity', 'ambient', 'other'],
};

/** Every role: those fitting `kind` first, then the rest. */
export function rolesFor(kind: SessionKind): { fitting: ChannelRole[]; others: ChannelRole[] } {
  const fitting = [...KIND_ROLES[kind]];
  const all: ChannelRole[] = ['pit', 'meat', 'wort', 'chamber', 'gravity', 'ambient', 'other'];
  return { fitting, others: all.filter((r) => !fitting.includes(r)) };
}

/** Whether a role belongs in a session of `kind` (ambient and other fit both). */
export const fits = (role: ChannelRole, kind: SessionKind): boolean =>
  KIND_ROLES[kind].includes(role);

const ROLE_KEYS: Record<ChannelRole, MessageKey> = {
  pit: 'role.pit',
  meat: 'role.meat',
  wort: 'role.wort',
  chamber: 'role.chamber',
  gravity: 'role.gravity',
  ambient: 'role.ambient',
  other: 'role.other',
};

/** A role's name in the user's language ("Meat", "Fleisch"). */
export function roleName(role: string, t: Localize): string {
  const key = ROLE_KEYS[role as ChannelRole];
  return key ? t(key) : role;
}

/** Words in a probe's name or key that say what it measures, checked in this order. */
const WORDS: readonly [ChannelRole, RegExp][] = [
  ['gravity', /\b(gravity|sg|hydrometer|ispindel|tilt|plato)\b/],
  ['chamber', /\b(chamber|fridge|keezer|freezer|cellar)\b/],
  ['wort', /\b(wort|beer|must|mash|ferment\w*)\b/],
  ['pit', /\b(pit|grate|grill|dome|smoker|cooker|kamado|kettle|oven|firebox|lid)\b/],
  [
    'meat',
    /\b(meat|food|probe|brisket|ribs?|shoulder|butt|chicken|turkey|pork|beef|lamb|ham|steak|wings?|thigh|breast|salmon|fish|chuck|loin|tri.?tip|roast|sausage|point|flat)\b/,
  ],
  ['ambient', /\b(ambient|outside|outdoors?|room|air|weather)\b/],
];

/**
 * A first guess at a probe's role from its name, its key ("meat1") and its kind (device class):
 * "Brisket" and "Ribs" are meat, "Grate" and "Dome" the pit, a gravity series a hydrometer.
 */
export function guessRole(name: string, key: string, kind: string): ChannelRole {
  if (kind === 'gravity' || kind === 'specific_gravity') return 'gravity';
  // A battery or signal strength is no probe, whatever its node is called.
  if (kind !== 'temperature' && kind !== '') {
    return kind === 'humidity' || kind === 'pressure' ? 'ambient' : 'other';
  }
  // Split camel case and digits so "meat1" and "PitProbe" read as words.
  const text = `${name} ${key}`
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/(\d+)/g, ' $1 ')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
  for (const [role, re] of WORDS) if (re.test(text)) return role;
  return 'other';
}

/**
 * Kinds that describe the device rather than what is cooked or brewed (battery, signal, disk,
 * a hydrometer's raw tilt): the session form folds them away unless one is chosen.
 */
export const DIAGNOSTIC_KINDS: ReadonlySet<string> = new Set([
  'battery',
  'voltage',
  'signal_strength',
  'data_size',
  'angle',
]);

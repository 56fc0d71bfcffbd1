import type { ChannelRole } from '@brewpit/protocol';

/** Words in an entity's id or name that give away its role, in the order they are tried. */
const WORDS: readonly [RegExp, ChannelRole][] = [
  [/\b(pit|grill|smoker|bbq|oven|cooker|kamado)\b/, 'pit'],
  [/\b(wort|beer|mash|kettle)\b/, 'wort'],
  [/\b(fermenter|fermentation|chamber|fridge|keezer)\b/, 'chamber'],
  [/\b(ambient|outdoor|outside|room)\b/, 'ambient'],
  [/\b(meat|food|probe|brisket|pork|chicken|turkey|ribs?|butt|steak|meater|internal)\b/, 'meat'],
];

/**
 * The session role an entity most likely plays, from its device class, id and name (a MEATER's
 * `sensor.meater_probe_internal` is meat, an Inkbird's "Grill" pit, a Tilt's gravity): what
 * `brewpit.start_session` and the panel suggest; the caller may override it.
 */
export function roleOfEntity(
  entityId: string,
  name: string,
  deviceClass: string | null,
  kind: string,
): ChannelRole {
  if (kind === 'gravity') return 'gravity';
  if (kind !== 'temperature' && deviceClass !== 'temperature') return 'other';
  // Split on anything that is not a letter or digit so `meater_probe_ambient` reads as words.
  const words = `${entityId.replace(/^[a-z_]+\./, '')} ${name}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ');
  for (const [re, role] of WORDS) if (re.test(words)) return role;
  return 'other';
}

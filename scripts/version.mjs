#!/usr/bin/env node
// One version number across add-on, integration, edge node and panel.
//   node scripts/version.mjs            print every place the version lives and whether they agree
//   node scripts/version.mjs 0.2.0      set it everywhere and move CHANGELOG's Unreleased section
//                                       under that version (today's date); copies the changelog
//                                       into the add-on folder, where the add-on store shows it
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rel = (p) => path.join(root, p);

/** Every file holding the version, with how to read and write it. */
export const PLACES = [
  ...[
    'package.json',
    'protocol/package.json',
    'addon/package.json',
    'edge-node/package.json',
    'panel/package.json',
  ].map((file) => ({ file, re: /("version":\s*")([^"]+)(")/ })),
  { file: 'custom_components/brewpit/manifest.json', re: /("version":\s*")([^"]+)(")/ },
  { file: 'addon/config.yaml', re: /^(version:\s*)(\S+)()$/m },
  { file: 'addon/src/version.ts', re: /(VERSION = ')([^']+)(')/ },
  { file: 'edge-node/src/version.ts', re: /(VERSION = ')([^']+)(')/ },
];

export function readVersions() {
  return PLACES.filter((p) => existsSync(rel(p.file))).map((p) => ({
    file: p.file,
    version: p.re.exec(readFileSync(rel(p.file), 'utf8'))?.[2] ?? null,
  }));
}

function setVersion(next) {
  if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$/.test(next))
    throw new Error(`'${next}' is not a semantic version`);
  for (const p of PLACES) {
    if (!existsSync(rel(p.file))) continue;
    const text = readFileSync(rel(p.file), 'utf8');
    if (!p.re.test(text)) throw new Error(`No version found in ${p.file}`);
    writeFileSync(rel(p.file), text.replace(p.re, `$1${next}$3`));
  }
  const log = readFileSync(rel('CHANGELOG.md'), 'utf8');
  const today = new Date().toISOString().slice(0, 10);
  if (!log.includes('## [Unreleased]')) throw new Error('CHANGELOG.md has no [Unreleased] section');
  const moved = log.replace('## [Unreleased]', `## [Unreleased]\n\n## [${next}] - ${today}`);
  writeFileSync(rel('CHANGELOG.md'), moved);
  writeFileSync(rel('addon/CHANGELOG.md'), moved);
}

const arg = process.argv[2];
if (arg) {
  setVersion(arg);
  console.log(`Version set to ${arg}; review CHANGELOG.md and commit.`);
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const versions = readVersions();
  for (const v of versions) console.log(`${v.version ?? '(none)'}\t${v.file}`);
  const distinct = new Set(versions.map((v) => v.version));
  if (distinct.size !== 1) {
    console.error('Versions disagree: run node scripts/version.mjs X.Y.Z');
    process.exit(1);
  }
}

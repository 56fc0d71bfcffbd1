#!/usr/bin/env node
// Placeholder until the integration's Python tests land: ruff on the Python sources.
import { spawnSync } from 'node:child_process';
const r = spawnSync('python3', ['-m', 'ruff', 'check', 'custom_components', 'scripts'], { stdio: 'inherit' });
process.exit(r.status ?? 1);

/**
 * `@brewpit/protocol`: the only code the hub, the edge node and the panel share. Every wire
 * shape is a TypeBox schema, so one declaration gives the TypeScript type, the JSON Schema the
 * hub validates with, and the OpenAPI document.
 */
export * from './constants.js';
export * from './text.js';
export * from './time.js';
export * from './channels.js';
export * from './commands.js';
export * from './devices.js';
export * from './history.js';
export * from './ingest.js';
export * from './problem.js';
export * from './validate.js';
export * from './sessions.js';
export * from './admin.js';
export * from './compat.js';
export * from './calibration.js';
export * from './alerts.js';
export * from './storage.js';

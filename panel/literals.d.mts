import type { Plugin } from 'esbuild';

/** `source` with the indentation inside html/svg/css tagged templates removed. */
export function collapseLiterals(source: string, fileName?: string): string;
/** The esbuild plugin: panel sources pass through collapseLiterals. */
export const collapseLiteralsPlugin: Plugin;

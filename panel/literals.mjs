// Indentation inside Lit's tagged templates is shipped verbatim by esbuild (it never rewrites a
// template literal's text): about 18 kB of the bundle was the source's indentation. This esbuild
// plugin drops the spaces and tabs after each newline inside `html`, `svg` and `css` literals
// only, keeping the newline, so HTML still sees whitespace where the source had it (the panel
// has no <pre> and no white-space: pre) and CSS is unchanged. Other literals are left alone.
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

const TAGS = new Set(['html', 'svg', 'css']);

/** `source` with the indentation inside html/svg/css tagged templates removed. */
export function collapseLiterals(source, fileName = 'x.ts') {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const parts = [];
  const visit = (n) => {
    if (ts.isTaggedTemplateExpression(n) && ts.isIdentifier(n.tag) && TAGS.has(n.tag.text)) {
      const t = n.template;
      if (ts.isNoSubstitutionTemplateLiteral(t)) parts.push(t);
      else parts.push(t.head, ...t.templateSpans.map((s) => s.literal));
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  // Literal parts never overlap (nested templates sit in the expressions between them).
  let out = '';
  let at = 0;
  for (const p of parts.sort((a, b) => a.getStart(sf) - b.getStart(sf))) {
    const start = p.getStart(sf);
    out += source.slice(at, start) + source.slice(start, p.end).replace(/\n[ \t]+/g, '\n');
    at = p.end;
  }
  return out + source.slice(at);
}

/** The esbuild plugin: panel sources (`.ts`) pass through collapseLiterals. */
export const collapseLiteralsPlugin = {
  name: 'collapse-lit-literals',
  setup(build) {
    build.onLoad({ filter: /[\\/]panel[\\/]src[\\/].*\.ts$/ }, async (args) => ({
      contents: collapseLiterals(await readFile(args.path, 'utf8'), args.path),
      loader: 'ts',
    }));
  },
};

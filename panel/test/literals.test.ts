import { expect } from 'chai';
import { collapseLiterals } from '../literals.mjs';

describe('collapseLiterals', () => {
  it('drops the indentation inside html and css templates, keeping the newlines', () => {
    const src = [
      'const a = html`<div>',
      '    ${x ? html`<p>',
      '        yes</p>` : nothing}',
      '  </div>`;',
      'const s = css`',
      '  .a {',
      '    color: red;',
      '  }`;',
    ].join('\n');
    expect(collapseLiterals(src)).to.equal(
      [
        'const a = html`<div>',
        '${x ? html`<p>',
        'yes</p>` : nothing}',
        '</div>`;',
        'const s = css`',
        '.a {',
        'color: red;',
        '}`;',
      ].join('\n'),
    );
  });

  it('leaves other literals and the code around templates alone', () => {
    const src = 'const csv = `a\n  b`;\nfunction f() {\n  return html`x\n  ${`y\n  z`}`;\n}';
    expect(collapseLiterals(src)).to.equal(
      'const csv = `a\n  b`;\nfunction f() {\n  return html`x\n${`y\n  z`}`;\n}',
    );
  });
});

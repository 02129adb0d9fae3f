// The design rule for utils/: pure logic, with no browser.* and no DOM, so it is tested directly. Two
// modules are the documented exceptions: settings.ts (extension storage) and requests-db.ts (the one
// IndexedDB module, which takes the factory as a parameter and only defaults to the global one).
// Checked on the tokens of the code, so comments and strings that mention `document` do not count.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const utilsDir = join(__dirname, '../../utils');
const exceptions: Record<string, string[]> = {
  'settings.ts': ['browser'],
  'requests-db.ts': ['indexedDB'],
};
const platform = [
  'browser',
  'chrome',
  'document',
  'window',
  'navigator',
  'indexedDB',
  'localStorage',
  'fetch',
];

/** Platform globals a module's code uses: identifiers not read as a property (`x.document`). */
function platformGlobals(source: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, source);
  const found = new Set<string>();
  // Open braces: a template's `${` or a plain `{`, so the right `}` goes back into the template text.
  const braces: ('template' | 'plain')[] = [];
  let previous = ts.SyntaxKind.Unknown;
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token === ts.SyntaxKind.TemplateHead) braces.push('template');
    else if (token === ts.SyntaxKind.OpenBraceToken) braces.push('plain');
    else if (token === ts.SyntaxKind.CloseBraceToken) {
      if (braces.pop() === 'template') {
        token = scanner.reScanTemplateToken(false);
        if (token === ts.SyntaxKind.TemplateMiddle) braces.push('template');
      }
    }
    const text = scanner.getTokenText();
    if (token === ts.SyntaxKind.Identifier && previous !== ts.SyntaxKind.DotToken && platform.includes(text))
      found.add(text);
    previous = token;
  }
  return [...found].sort();
}

describe('utils/ is pure logic', () => {
  it('finds a global in code and not in a comment, a string or a property name', () => {
    expect(platformGlobals('const a = document.title; // window\nconst b = "navigator"; x.fetch();')).toEqual(
      ['document'],
    );
    const template = ['const t = `$', '{x} and $', '{browser.runtime.id}`; /** `document` */'].join('');
    expect(platformGlobals(template)).toEqual(['browser']);
    const nested = ['function f() { return { a: `$', '{"x"}` }; } // `window`'].join('');
    expect(platformGlobals(nested)).toEqual([]);
  });

  for (const file of readdirSync(utilsDir).filter((f) => f.endsWith('.ts'))) {
    it(`${file} uses no browser.* and no DOM${exceptions[file] ? ` beyond ${exceptions[file].join(', ')}` : ''}`, () => {
      const used = platformGlobals(readFileSync(join(utilsDir, file), 'utf8'));
      expect(used.filter((name) => !exceptions[file]?.includes(name))).toEqual([]);
    });
  }
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(join(import.meta.dirname, '../../components/theme.css'), 'utf8');

/** The custom properties declared in the block that follows `selector`. */
function declarations(selector: string): Record<string, string> {
  const at = css.indexOf(selector);
  if (at < 0) throw new Error(`no ${selector} in theme.css`);
  const body = css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at));
  return Object.fromEntries(
    [...body.matchAll(/(--[\w-]+|color-scheme):\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim()]),
  );
}

describe('theme.css', () => {
  it('gives the dark theme the same colours whether the system or the user asks for it', () => {
    const bySystem = declarations('.root:not([data-theme="light"])');
    const byChoice = declarations('.root[data-theme="dark"]');
    expect(Object.keys(bySystem).length).toBeGreaterThan(10);
    expect(byChoice).toEqual(bySystem);
  });

  it('declares every colour in both themes', () => {
    const light = Object.keys(declarations('.root {')).filter((k) => k !== '--font');
    const dark = Object.keys(declarations('.root[data-theme="dark"]'));
    expect(dark.sort()).toEqual(light.sort());
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The launcher's part of the theme (launcher-theme.css, which the loader carries alone) and the rest.
const files = ['launcher-theme.css', 'theme.css'].map((f) =>
  readFileSync(join(import.meta.dirname, '../../components', f), 'utf8'),
);

/** The custom properties declared in the block that follows `selector`, in both files together. */
function declarations(selector: string): Record<string, string> {
  const all: Record<string, string> = {};
  for (const css of files) {
    const at = css.indexOf(selector);
    if (at < 0) throw new Error(`no ${selector} in a theme file`);
    const body = css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at));
    for (const m of body.matchAll(/(--[\w-]+|color-scheme):\s*([^;]+);/g)) {
      if (m[1]! in all) throw new Error(`${m[1]} is declared twice for ${selector}`);
      all[m[1]!] = m[2]!.trim();
    }
  }
  return all;
}

describe('theme.css and launcher-theme.css', () => {
  it("theme.css takes the launcher's part in", () => {
    expect(files[1]).toContain('@import "./launcher-theme.css";');
  });

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

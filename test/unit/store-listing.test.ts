// The store listing texts (store/listing.{ru,en}.md) fit the stores' limits and say what the extension
// and PERMISSIONS.md say: the same name and short description as the manifest, the same permissions,
// and that nothing is collected.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

function sections(markdown: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of markdown.split(/^## /m).slice(1)) {
    const [title = '', ...body] = part.split('\n');
    out[title.trim()] = body.join('\n').trim();
  }
  return out;
}

/** The permissions PERMISSIONS.md lists (rows of kind "permission"), less host patterns: the listing
 *  explains expert.plus, the one site, in one item of its own. */
const permissions = read('PERMISSIONS.md')
  .split('\n')
  .map((line) => line.split('|').map((c) => c.trim()))
  .filter((cells) => cells[2] === 'permission' && !cells[1]?.includes('://'))
  .map((cells) => cells[1]?.replace(/`/g, ''));

for (const lang of ['ru', 'en'] as const) {
  describe(`store/listing.${lang}.md`, () => {
    const listing = sections(read(`store/listing.${lang}.md`));
    const messages = JSON.parse(read(`public/_locales/${lang}/messages.json`)) as Record<
      string,
      { message: string }
    >;

    it('has the fields the stores ask for', () => {
      expect(Object.keys(listing)).toEqual([
        'Name',
        'Short description',
        'Description',
        'Permissions',
        'Privacy practices',
      ]);
    });

    it("has the manifest's name and description, within the stores' limits", () => {
      const name = listing.Name ?? '';
      const short = listing['Short description'] ?? '';
      expect(name).toBe(messages.extName?.message);
      expect(short).toBe(messages.extDescription?.message);
      expect([...name].length).toBeLessThanOrEqual(50); // addons.mozilla.org (Chrome Web Store: 75)
      expect([...short].length).toBeLessThanOrEqual(132); // Chrome Web Store, for the manifest's description too
      const description = listing.Description ?? '';
      expect(description.length).toBeGreaterThan(500);
      expect(description.length).toBeLessThanOrEqual(16_000); // Chrome Web Store
    });

    it('explains exactly the permissions PERMISSIONS.md lists, and the one site', () => {
      expect(permissions).toEqual(['storage', 'alarms', 'notifications', 'activeTab', 'scripting']);
      const items = (listing.Permissions ?? '').split(/^- /m).slice(1).map(oneLine);
      expect(items.map((i) => i.split(':')[0])).toEqual([
        ...permissions,
        expect.stringMatching(/^expert\.plus /),
      ]);
      for (const item of items) expect(item.length).toBeGreaterThan(60);
    });

    it('answers the privacy questions: nothing collected, nothing sent, no remote code', () => {
      const privacy = oneLine(listing['Privacy practices'] ?? '');
      expect(privacy).toContain('data_collection_permissions: { required: ["none"] }');
      expect(oneLine(read('PERMISSIONS.md'))).toContain('`{ "required": ["none"] }`');
      if (lang === 'en') {
        expect(privacy).toContain('Remote code: no.');
        expect(privacy).toContain('Data collected: none.');
        expect(privacy).toContain('Data sold to third parties: no.');
      } else {
        expect(privacy).toContain('Удалённый код: нет.');
        expect(privacy).toContain('Собираемые данные: никаких.');
        expect(privacy).toContain('Продажа данных третьим лицам: нет.');
      }
    });
  });
}

it('the Russian and English listings have the same items', () => {
  const [ru, en] = (['ru', 'en'] as const).map((l) => sections(read(`store/listing.${l}.md`)));
  for (const field of ['Permissions', 'Privacy practices'] as const)
    expect(ru?.[field]?.split(/^- /m).length).toBe(en?.[field]?.split(/^- /m).length);
});

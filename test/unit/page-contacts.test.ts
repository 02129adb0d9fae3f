// The address rules of entrypoints/panel.content/page-contacts.ts that need no layout (jsdom has none:
// visibility and the whole collection are checked end to end in test/e2e/untrusted.e2e.ts).
import { describe, expect, it } from 'vitest';
import { singleAddress } from '../../entrypoints/panel.content/page-contacts';
import { isSiteAddress } from '../../lib/platform/messages';

describe('a mailto link offered as a page contact', () => {
  it('holds exactly one plain address and nothing else', () => {
    expect(singleAddress('mailto:Privacy@Expert.plus')).toBe('privacy@expert.plus');
    expect(singleAddress('MAILTO:privacy%40expert.plus')).toBe('privacy@expert.plus');
    for (const href of [
      'mailto:privacy@expert.plus?bcc=collect@attacker.example',
      'mailto:privacy@expert.plus?body=hi',
      'mailto:privacy@expert.plus?cc=x@y.z',
      'mailto:office@expert.plus,collect@attacker.example',
      'mailto:office@expert.plus;collect@attacker.example',
      'mailto:office@expert.plus%2Ccollect@attacker.example',
      'mailto:a@expert.plus%3Fbcc%3Dx@y.z',
      'mailto:a b@expert.plus',
      'mailto:%E0%A4%A',
      'mailto:',
      'https://expert.plus/contacts',
      'mailto:privacy@expert.plus#x',
    ]) {
      expect(singleAddress(href), href).toBeUndefined();
    }
  });

  it('is on the site’s own domain or a subdomain, never a look-alike', () => {
    const site = ['expert.plus'];
    expect(isSiteAddress('privacy@expert.plus', site)).toBe(true);
    expect(isSiteAddress('help@support.expert.plus', site)).toBe(true);
    for (const address of [
      'support@expert.plus.attacker.example',
      'support@expert-plus.ru',
      'support@notexpert.plus',
      'dpo@other-company.example',
      'x@plus',
    ]) {
      expect(isSiteAddress(address, site), address).toBe(false);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { parseOperator, typedOperator } from '../requests/operator';
import { parseSiteReadingMessage } from './messages';

const operator = { ...typedOperator('https://shop.example.ru/'), name: 'ООО «Пример»' };

describe('parseSiteReadingMessage', () => {
  it('takes the popup steps', () => {
    expect(parseSiteReadingMessage({ type: 'read-tab', tabId: 3, step: { kind: 'find' } })).toEqual({
      type: 'read-tab',
      tabId: 3,
      step: { kind: 'find' },
    });
    expect(
      parseSiteReadingMessage({
        type: 'read-tab',
        tabId: 3,
        step: { kind: 'url', url: 'https://legal.x.ru/pd' },
      }),
    ).toMatchObject({ step: { kind: 'url' } });
    expect(
      parseSiteReadingMessage({ type: 'read-tab', tabId: 3, step: { kind: 'text', name: 'a', text: 'b' } }),
    ).toMatchObject({
      step: { kind: 'text', text: 'b' },
    });
  });
  it('refuses malformed steps', () => {
    for (const bad of [
      { type: 'read-tab', tabId: -1, step: { kind: 'find' } },
      { type: 'read-tab', tabId: 1.5, step: { kind: 'find' } },
      { type: 'read-tab', tabId: 1, step: { kind: 'url', url: 'javascript:alert(1)' } },
      { type: 'read-tab', tabId: 1, step: { kind: 'url', url: 'https://u:p@x.ru/' } },
      { type: 'read-tab', tabId: 1, step: { kind: 'nope' } },
      { type: 'read-tab', tabId: 1 },
      null,
      'read-tab',
    ])
      expect(parseSiteReadingMessage(bad), JSON.stringify(bad)).toBeUndefined();
  });
  it('takes an operator intent and copies it', () => {
    const raw = {
      type: 'open-drafter-for-operator',
      intent: { kind: 'deletion', operator, pageUrl: 'https://shop.example.ru/' },
    };
    const parsed = parseSiteReadingMessage(raw);
    expect(parsed).toEqual(raw);
    expect(parsed).not.toBe(raw);
  });
  it('refuses an intent with a bad kind, operator or page', () => {
    const ok = { kind: 'deletion', operator, pageUrl: '' };
    for (const intent of [
      { ...ok, kind: 'steal' },
      { ...ok, operator: { ...operator, source: 'page' } },
      { ...ok, operator: { ...operator, name: 'x'.repeat(501) } },
      { ...ok, operator: { ...operator, site: { name: 'x', url: 'file:///etc/passwd' } } },
      { ...ok, pageUrl: 'chrome://settings' },
      { ...ok, reading: { source: 'x' } },
    ])
      expect(parseSiteReadingMessage({ type: 'open-drafter-for-operator', intent })).toBeUndefined();
  });
});

describe('parseOperator', () => {
  it('keeps exactly the known fields', () => {
    expect(parseOperator({ ...operator, extra: 1 })).toEqual(operator);
    expect(parseOperator({ ...operator, emails: [1] })).toBeUndefined();
  });
});

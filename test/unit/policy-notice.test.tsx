// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PolicyNotice } from '../../components/panel/PolicyNotice';
import type { PolicySeen } from '../../lib/platform/settings';
import { checkPolicyText } from '../../lib/policy-watch/check';
import { expertPlus } from '../../policies/expert.plus';

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

const now = new Date('2026-12-01T10:00:00.000Z');
const text = expertPlus.source.text;
const changedText = text
  .replace('написав запрос в службу поддержки сайта expert.plus', 'направив заявление <b>по почте</b>')
  .replace('- 5. ', '- 4.4 Оператор вправе изменять настоящую Политику без уведомления Пользователя.\n- 5. ');
const asSeen = (t: string) => checkPolicyText(expertPlus, t, now) as PolicySeen;

describe('PolicyNotice', () => {
  it('says the policy changed since the reviewed date and lists each clause with a word diff', () => {
    act(() => render(<PolicyNotice check={asSeen(changedText)} policy={expertPlus} lang="ru" />, host));
    expect(host.querySelector('h3')?.textContent).toBe(
      'Политика на сайте изменилась после проверки от 25 ноября 2026',
    );
    const items = [...host.querySelectorAll('.changes li')];
    expect(items.map((li) => li.getAttribute('data-status'))).toEqual(['changed', 'added']);
    expect(items[0]?.querySelector('.change-label')?.textContent).toBe('п. 4.2 — изменён');
    expect(items[1]?.querySelector('.change-label')?.textContent).toBe('п. 4.4 — новый');
    const del = items[0]?.querySelector('del');
    const ins = items[0]?.querySelector('ins');
    expect(del?.textContent).toBe('удалено: написав запрос в службу поддержки сайта expert.plus');
    expect(del?.querySelector('.visually-hidden')?.textContent).toBe('удалено: ');
    expect(ins?.textContent).toBe('добавлено: направив заявление <b>по почте</b>');
    // Page words are text, never markup.
    expect(host.querySelector('b')).toBeNull();
  });

  it('in English, names clauses as English readers do', () => {
    act(() => render(<PolicyNotice check={asSeen(changedText)} policy={expertPlus} lang="en" />, host));
    expect(host.querySelector('h3')?.textContent).toBe(
      'The policy on the site has changed since it was reviewed on 25 Nov 2026',
    );
    expect(host.querySelector('.change-label')?.textContent).toBe('clause 4.2 — changed');
    expect(host.querySelector('del .visually-hidden')?.textContent).toBe('removed: ');
  });

  it('says when the live policy last matched', () => {
    act(() => render(<PolicyNotice check={asSeen(text)} policy={expertPlus} lang="ru" />, host));
    expect(host.textContent).toBe('Сверено с текущей политикой на сайте 1 декабря 2026');
    expect(host.querySelector('[data-notice="changed"]')).toBeNull();
  });
});

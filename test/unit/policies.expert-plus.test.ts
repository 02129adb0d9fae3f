import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { citedText, clauseById } from '../../policies';
import { expertPlus as policy } from '../../policies/expert.plus/index';
import { policyStatements } from '../../policies/fidelity';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const sharedPath = resolve(repoRoot, '../shared/policy/expert.plus.privacy-policy.ru.txt');
const storedPath = resolve(repoRoot, 'policies/expert.plus/source.ru.txt');

const clause = (id: string) => {
  const found = clauseById(policy, id);
  if (!found) throw new Error(`no clause ${id}`);
  return found;
};
const statement = (id: string) => {
  const found = policyStatements(policy).find((item) => item.statement.id === id);
  if (!found) throw new Error(`no statement ${id}`);
  return found.statement;
};

describe('expert.plus: the stored source', () => {
  // SHA-256 of ../shared/policy/expert.plus.privacy-policy.ru.txt (9,112 bytes) when it was copied in.
  // Where the shared folder sits beside the checkout, the test also proves this record still names it.
  const sharedSha256 = '3d85b36301278c794c68d0b027afc580a80bec7cc9cd7c4e83deba758dfdcc68';
  const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

  it('is byte-for-byte the shared policy file', () => {
    const stored = readFileSync(storedPath);
    expect(stored.length).toBe(9112);
    expect(sha256(stored)).toBe(sharedSha256);
    expect(Buffer.from(policy.source.text, 'utf8').equals(stored)).toBe(true);
    // A clone made elsewhere (CI) may have no ../shared beside it; the recorded hash then stands for
    // it, and the run says so. Where it is there, the record is proved to still name it.
    if (existsSync(sharedPath)) {
      const shared = readFileSync(sharedPath);
      expect(sha256(shared)).toBe(sharedSha256);
      expect(stored.equals(shared)).toBe(true);
    } else {
      console.warn(`${sharedPath} is not beside this checkout: checked against the recorded SHA-256.`);
    }
  });
});

describe('expert.plus: clauses', () => {
  it('are the preamble, its second paragraph, five section headings and their items, in order', () => {
    expect(policy.source.clauses.map((c) => c.id)).toEqual([
      'preamble',
      'consent',
      '1',
      '1.1',
      '1.2',
      '1.3',
      '1.4',
      '2',
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '2.5',
      '3',
      '3.1',
      '3.2',
      '4',
      '4.1',
      '4.2',
      '4.3',
      '5',
      '5.1',
    ]);
  });

  it('carry labels in both languages', () => {
    expect(clause('preamble').label).toEqual({ ru: 'преамбула', en: 'preamble' });
    expect(clause('consent').label).toEqual({ ru: 'абз. 2 преамбулы', en: 'para. 2 of the preamble' });
    expect(clause('3').label).toEqual({ ru: 'разд. 3', en: 'section 3' });
    expect(clause('1.1').label).toEqual({ ru: 'п. 1.1', en: 'clause 1.1' });
    expect(clause('3.2').label).toEqual({ ru: 'п. 3.2', en: 'clause 3.2' });
  });

  it('keep the oddities of the text: the Latin "B" and «ИП ИП»', () => {
    expect(clause('1').text).toContain('expert.plus B рамках');
    expect(clause('1').text.charCodeAt(clause('1').text.indexOf(' рамках') - 1)).toBe(0x42);
    expect(clause('preamble').text).toContain('ИП ИП Ворсов А.А.');
    expect(policy.operator.asWritten).toBe('ИП ИП Ворсов А.А.');
    expect(policy.operator.name).toBe('ИП Ворсов А.А.');
  });

  it('put the right words in the right clause', () => {
    expect(clause('consent').text).toMatch(
      /^Использование сервисов expert\.plus означает безоговорочное согласие/,
    );
    expect(clause('3').text).toContain('сохраняется ее конфиденциальность');
    expect(clause('3').text).toMatch(/expert\.plus имеет право передать .* в следующих случаях:$/);
    expect(clause('3.2').text).toMatch(
      /При обработке персональных данных Пользователей expert\.plus руководствуется Федеральным законом РФ «О персональных данных»\.$/,
    );
    expect(clause('4.2').text).toMatch(/написав запрос в службу поддержки сайта expert\.plus$/);
    expect(clause('1.3').text).toContain('имя, телефон');
  });

  it('give heading titles only to section headings', () => {
    const titled = policy.source.clauses.filter((c) => c.title).map((c) => c.id);
    expect(titled).toEqual(['1', '2', '3', '4', '5']);
    expect(clause('4').title?.ru).toBe(clause('4').text);
  });
});

describe('expert.plus: operator, law and contacts', () => {
  it('names no contacts and no registration details, because the policy gives none', () => {
    expect(policy.operator.contacts).toEqual([]);
    expect(policy.operator.registration).toEqual([]);
    expect(policy.source.text).not.toMatch(/@|ИНН|ОГРН|\+7|8 ?\(\d{3}\)/);
  });

  it('invents no e-mail, phone number or web address anywhere in what it tells the user', () => {
    const told = JSON.stringify([policy.summary, policy.attention, policy.operator, policy.requestBases]);
    expect(told).not.toMatch(/@|https?:\/\/|www\.|\+7|\d{3}[- ]?\d{2}[- ]?\d{2}/);
  });

  it('states no retention period in days, months or years', () => {
    const retention = JSON.stringify([policy.summary.retention, policy.attention]);
    expect(retention).not.toMatch(/\d+\s*(дн|недел|месяц|год|лет|day|week|month|year)/i);
    expect(policy.source.text).not.toMatch(/\d+\s*(дн|недел|месяц|год|лет)/);
  });

  it('affiliates are quoted, not named', () => {
    expect(policy.operator.affiliates?.ru).toContain('аффилированные лица');
    expect(policy.source.text).toContain(policy.operator.affiliates?.ru);
  });

  it('identifies the law by its full title and cites the sentence of 3.2 that names it', () => {
    expect(policy.law.title.ru).toBe('Федеральный закон от 27.07.2006 № 152-ФЗ «О персональных данных»');
    expect(policy.law.cites).toEqual(['3.2']);
    expect(clause('3.2').text).toContain(policy.law.quote?.ru);
  });

  it('was reviewed on 2026-11-25 and leaves no clause unsummarised', () => {
    expect(policy.source.reviewed).toBe('2026-11-25');
    expect(policy.source.notSummarised).toEqual([]);
  });
});

describe('expert.plus: summary', () => {
  it('gives a three-item verdict: consent by use, what is collected, deletion via support', () => {
    expect(policy.summary.verdict.map((s) => s.cites)).toEqual([
      ['consent'],
      ['1', '1.1', '1.2', '1.3'],
      ['4.2', '4.3'],
    ]);
  });

  it('lists name and phone, own information with marked required fields, and automatic data', () => {
    const collected = Object.fromEntries(policy.summary.collected.map((c) => [c.cites.at(-1), c]));
    expect(collected['1.3']).toMatchObject({ mode: 'user-provided', required: 'not-stated' });
    expect(collected['1.1']).toMatchObject({ mode: 'user-provided', required: 'marked-in-forms' });
    expect(collected['1.2']).toMatchObject({ mode: 'automatic' });
    expect(collected['1.2']?.text.en).toMatch(/IP address.*cookie.*browser/);
  });

  it('covers every purpose 2.1–2.5 and the "only what is necessary" rule of section 2', () => {
    const cited = policy.summary.purposes.flatMap((s) => s.cites);
    for (const id of ['2', '2.1', '2.2', '2.3', '2.4', '2.5']) expect(cited).toContain(id);
  });

  it('maps each right to the request that exercises it, marking the rights that come from the law', () => {
    const requests = Object.fromEntries(
      policy.summary.rights.filter((r) => r.request).map((r) => [r.request, r.cites]),
    );
    expect(requests.correction).toContain('4.1');
    expect(requests.deletion).toContain('4.2');
    expect(statement('rights-limited-by-law').cites).toContain('4.3');
    // Every kind the drafter offers is named as a right, and so is the complaint.
    expect(Object.keys(requests).sort()).toEqual([
      'access',
      'correction',
      'deletion',
      'stop-marketing',
      'stop-processing',
      'withdraw-consent',
    ]);
    expect(statement('rights-complaint-from-law').text.ru).toContain('ч. 1 ст. 17');
    for (const kind of ['access', 'withdraw-consent', 'stop-processing', 'stop-marketing'] as const) {
      const right = policy.summary.rights.find((r) => r.request === kind);
      expect(right?.cites).toContain('3.2');
      expect(right?.text.ru).toMatch(/Политика .*не .*закон/);
      expect(right?.text.en).toMatch(/policy does not .*law/i);
    }
  });

  it('says the policy is silent on retention periods, changes and contacts', () => {
    expect(statement('retention-no-period').text.en).toMatch(/no period/);
    expect(statement('changes-no-procedure').text.en).toMatch(/does not say whether it may change/);
    expect(statement('contacts-none').text.en).toMatch(/no contact details/);
    expect(statement('contacts-support-service').cites).toEqual(['4.2']);
  });

  it('flags the points a careful reader should notice', () => {
    const flagged = Object.fromEntries(policy.attention.map((a) => [a.id, [a.severity, a.cites]]));
    expect(flagged).toEqual({
      'attention-consent-by-use': ['high', ['consent']],
      'attention-no-retention-period': ['high', ['2', '4.3']],
      'attention-no-support-address': ['high', ['4.2']],
      'attention-unnamed-affiliates': ['medium', ['preamble']],
      'attention-automatic-collection': ['medium', ['1.2']],
      'attention-no-change-procedure': ['medium', ['preamble', 'consent']],
      'attention-no-operator-details': ['medium', ['preamble']],
      'attention-no-verification': ['low', ['1.4']],
      'attention-anonymised-research': ['low', ['2.5']],
    });
  });

  it('gives every request kind the clauses its letter cites', () => {
    const bases = policy.requestBases;
    for (const id of ['4.2', '4.3', '1.1', '1.2', '1.3', '3.2']) expect(bases.deletion).toContain(id);
    expect(bases.correction).toContain('4.1');
    expect(bases['withdraw-consent']).toContain('consent');
    for (const cites of Object.values(bases)) expect(cites.length).toBeGreaterThan(0);
  });
});

describe('expert.plus: summary says no more than the policy and the law do', () => {
  const all = (lang: 'ru' | 'en') =>
    [...Object.values(policy.summary).flat(), ...policy.attention].map((s) => s.text[lang]).join('\n');

  it('states what ч. 1 ст. 9 requires of consent, in its own words', () => {
    expect(statement('verdict-consent-by-use').text.ru).toContain(
      '«конкретным, предметным, информированным, сознательным и однозначным» (ч. 1 ст. 9 Закона № 152-ФЗ в редакции, действующей с 01.09.2022)',
    );
    const reason = policy.attention.find((a) => a.id === 'attention-consent-by-use')?.reason.ru;
    expect(reason).toContain('«конкретным, предметным, информированным, сознательным и однозначным»');
    expect(statement('verdict-consent-by-use').text.ru).toContain('она требует одного');
    expect(all('ru')).not.toContain('предлагает одно');
  });

  it('says the affiliates can be asked about (ч. 7 ст. 14), not that they cannot be reached', () => {
    const reason = policy.attention.find((a) => a.id === 'attention-unnamed-affiliates')?.reason;
    expect(reason?.ru).toContain('спросить об этом оператора вы вправе (ч. 7 ст. 14 Закона № 152-ФЗ)');
    expect(reason?.en).not.toMatch(/cannot send them/);
    expect(statement('sharing-affiliates').text.ru).toContain('ч. 7 ст. 14');
  });

  it('says the list of automatic data is open («в том числе») wherever it appears', () => {
    expect(statement('collected-automatic').text.ru).toContain('Список открытый');
    expect(statement('verdict-what-is-collected').text.ru).toContain('в том числе IP-адрес');
    expect(policy.attention.find((a) => a.id === 'attention-automatic-collection')?.text.ru).toContain(
      'список открытый',
    );
  });

  it('gives п. 5.1’s whole list of threats, and п. 1.4 and п. 4.2 as written', () => {
    expect(statement('security-measures').text.ru).toContain(
      'уничтожения, изменения, блокирования, копирования, распространения и от иных неправомерных действий третьих лиц',
    );
    expect(policy.attention.find((a) => a.id === 'attention-no-verification')?.text.ru).toContain(
      'не может оценить дееспособность пользователя',
    );
    expect(statement('rights-deletion').text.ru).toContain('предоставленные в рамках своей учётной записи');
    expect(statement('rights-correction').text.ru).toMatch(/^Данные, которые вы предоставили сами/);
    expect(statement('purposes-scope').cites).toEqual(['preamble', '1.3']);
  });

  it('names the law’s default retention and the operator’s duty of accuracy', () => {
    expect(statement('retention-no-period').text.ru).toContain('(ч. 7 ст. 5, ч. 4 ст. 21 Закона № 152-ФЗ)');
    expect(policy.attention.find((a) => a.id === 'attention-no-verification')?.reason.ru).toContain(
      'точность данных обязан обеспечивать оператор (ч. 6 ст. 5 Закона № 152-ФЗ)',
    );
    expect(statement('purposes-identification').text.ru).toContain('идентифицировать');
  });
});

describe('citedText', () => {
  it('returns the quote when a statement has one', () => {
    expect(citedText(policy, statement('consent-by-use')).ru).toMatch(/^Использование сервисов/);
  });

  it('otherwise returns the cited clauses, in both languages', () => {
    const words = citedText(policy, statement('purposes-identification'));
    expect(words).toEqual({ ru: clause('2.1').text, en: clause('2.1').en });
    const two = citedText(policy, statement('retention-no-period'));
    expect(two.ru).toBe(`${clause('2').text}\n\n${clause('4.3').text}`);
  });
});

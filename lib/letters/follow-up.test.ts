import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getPolicy } from '../../policies/index';
import type { SitePolicy } from '../../policies/types';
import { exampleShop } from '../../test/fixtures/policies/example-shop';
import type { RequestKind } from '../law/kinds';
import { requestKindDefinitions, storedDeadlines } from '../law/request-kinds';
import type { Person } from '../requests/person';
import { buildComplaintDraft, buildFollowUpLetter, type SentRequest } from './follow-up';
import { plainLine } from './plain-text';

const expertPlus = getPolicy('expert.plus') as SitePolicy;
const person: Person = {
  fullName: 'Иванов Иван Иванович',
  email: 'ivan@example.ru',
  replyEmail: 'reply@example.ru',
};
const original: SentRequest = {
  kind: 'deletion',
  reference: 'PL-20261125-7F3K',
  sentOn: '2026-11-25',
  recipient: 'support@expert.plus',
  deadlines: storedDeadlines('deletion', '2026-11-25'),
};

describe('missed deadlines in follow-ups', () => {
  it('are the deadlines stored on the request, not the rules recomputed', () => {
    const moved = { ...original, deadlines: [{ ...original.deadlines[0]!, date: '2026-12-20' }] };
    const letter = (o: SentRequest) =>
      buildFollowUpLetter({ policy: expertPlus, person, original: o, date: '2026-12-15' });
    expect(letter(original).missed.map((d) => d.date)).toEqual(['2026-12-09', '2026-12-09']);
    expect(letter(moved).missed).toEqual([]);
  });
});

describe('buildFollowUpLetter', () => {
  const input = {
    policy: expertPlus,
    person,
    original: { ...original, body: 'Исх. № PL-20261125-7F3K\n\nТекст обращения' },
    date: '2026-12-28',
    reference: 'PL-20261228-AB12',
  };
  const { subject, body, translation, missed } = buildFollowUpLetter(input);

  it('cites the original request by date and reference, in the subject too', () => {
    expect(subject).toBe(
      'Повторное обращение к обращению № PL-20261125-7F3K от 25.11.2026 — expert.plus — № PL-20261228-AB12',
    );
    expect(body).toContain('Повторное обращение к обращению № PL-20261125-7F3K от 25.11.2026\n');
    expect(body).toContain(
      '25.11.2026 Вам по электронной почте было направлено моё обращение № PL-20261125-7F3K «Требование об уничтожении персональных данных и отзыв согласия на их обработку» на адрес support@expert.plus; получено Вами 25.11.2026.',
    );
    expect(body).toContain(
      `Обращение содержало требования: ${requestKindDefinitions.deletion.demandSummary.ru}.`,
    );
  });

  it('lists the missed deadlines with their dates', () => {
    expect(missed.map((d) => d.id)).toEqual(['answer', 'stop', 'destroy']);
    expect(body).toContain('— ответ на запрос сведений о третьих лицах (п. 6) — срок истёк 09.12.2026;');
    expect(body).toContain('— уничтожение персональных данных — срок истёк 25.12.2026.');
  });

  it('repeats the demand, names the reply address and the complaint that follows', () => {
    expect(body).toContain(
      'Повторно прошу незамедлительно исполнить требования обращения № PL-20261125-7F3K',
    );
    expect(body).toContain('reply@example.ru');
    expect(body).toContain('Роскомнадзор');
    expect(body).toContain('ст. 17 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных»');
  });

  it('addresses the operator and signs off', () => {
    expect(body).toContain(
      'Кому: Индивидуальному предпринимателю Ворсову А. А., оператору персональных данных сайта expert.plus (https://expert.plus)',
    );
    expect(body).toContain('E-mail: support@expert.plus');
    expect(body.endsWith('Дата: 28.12.2026\nПодпись: ________ / И.И. Иванов')).toBe(true);
  });

  it('quotes the original letter when given', () => {
    expect(body).toContain(
      'Текст обращения № PL-20261125-7F3K от 25.11.2026:\n> Исх. № PL-20261125-7F3K\n>\n> Текст обращения',
    );
  });

  it('comes with an English rendering and is pure', () => {
    expect(translation).toContain('Follow-up to request No. PL-20261125-7F3K of 2026-11-25');
    expect(buildFollowUpLetter(input)).toEqual(buildFollowUpLetter(input));
  });

  it('gets its own outgoing number when none is given', () => {
    const own = buildFollowUpLetter({ ...input, reference: undefined });
    expect(own.body.startsWith('Исх. № PL-20261228-7F3K от 28.12.2026\n')).toBe(true);
    expect(own.subject).toBe(
      'Повторное обращение к обращению № PL-20261125-7F3K от 25.11.2026 — expert.plus — № PL-20261228-7F3K',
    );
  });

  it('names the marketing message that came after a demand to stop marketing', () => {
    const marketing = buildFollowUpLetter({
      ...input,
      original: {
        ...original,
        kind: 'stop-marketing',
        deadlines: storedDeadlines('stop-marketing', '2026-11-25'),
        marketingBreach: { on: '2026-12-03', what: 'SMS о скидках на номер +7 900 123-45-67' },
      },
    });
    expect(marketing.body).toContain(
      'Несмотря на требование прекратить обработку персональных данных в целях продвижения товаров, работ, услуг, полученное Вами 25.11.2026, 03.12.2026 я получил(а) от Вас рекламное сообщение: SMS о скидках на номер +7 900 123-45-67.',
    );
    expect(marketing.missed).toEqual([]);
    expect(marketing.body).not.toContain('срок истёк');
  });

  it('still reads when no deadline has passed yet', () => {
    const early = buildFollowUpLetter({ ...input, date: '2026-12-01' });
    expect(early.missed).toEqual([]);
    expect(early.body).toContain('Ответ на обращение мною до сих пор не получен.');
  });
});

describe('buildComplaintDraft', () => {
  const input = { policy: expertPlus, person, original, date: '2027-01-20', followUpSentOn: '2026-12-28' };
  const complaint = buildComplaintDraft(input);

  it('is addressed to Роскомнадзор, under ст. 17', () => {
    expect(complaint.body).toMatch(/^Кому: Федеральная служба по надзору .*\(Роскомнадзор\)/);
    expect(complaint.body).toContain('На основании ст. 17 Закона прошу:');
    expect(complaint.subject).toContain('Жалоба на нарушение прав субъекта персональных данных');
    expect(complaint.subject).toContain('PL-20261125-7F3K');
  });

  it('states who, what was asked and when, and the deadlines missed', () => {
    const { body } = complaint;
    expect(body).toContain('От: Иванов Иван Иванович');
    expect(body).toContain('Оператор персональных данных сайта — ИП Ворсов А.А.\n');
    expect(body).toContain(
      '25.11.2026 оператору по электронной почте было направлено моё обращение № PL-20261125-7F3K',
    );
    expect(body).toContain(requestKindDefinitions.deletion.demandSummary.ru);
    expect(body).toContain(
      'Установленные сроки истекли: ответ на запрос сведений о третьих лицах (п. 6) — 09.12.2026; прекращение обработки — 09.12.2026; уничтожение персональных данных — 25.12.2026.',
    );
    expect(body).toContain('28.12.2026 оператору было направлено повторное обращение.');
    expect(body).toContain('Ответ от оператора мною не получен.');
    expect(body).toContain('не называет ни адреса, ни иных контактов оператора');
    // Only what the facts support: no ст. 15 without a marketing message, no ч. 1 ст. 20.
    expect(body).toContain('предусмотренные ч. 2 ст. 9, ч. 3 ст. 14, ч. 5, 5.1 ст. 21 Федерального закона');
    expect(body).not.toMatch(/ст\. 15|ч\. 1 ст\. 20/);
    expect(body).toContain(
      '2. принять меры, предусмотренные ст. 23 Закона, в том числе потребовать от оператора исполнить мои требования:',
    );
    expect(body).toContain('reply@example.ru');
  });

  it('lists the attachments', () => {
    expect(complaint.attachments.map((a) => a.ru)).toEqual([
      'Копия обращения № PL-20261125-7F3K от 25.11.2026.',
      'Подтверждение отправки обращения: снимок экрана или распечатка отправленного письма с датой и адресом.',
      'Копия повторного обращения от 28.12.2026.',
      'Текст Политики конфиденциальности сайта expert.plus (https://expert.plus).',
    ]);
    expect(complaint.body).toContain('Приложения:\n1. Копия обращения № PL-20261125-7F3K от 25.11.2026.');
  });

  it('cites only the deadlines actually missed', () => {
    const early = buildComplaintDraft({ ...input, date: '2026-12-20' });
    expect(early.body).toContain('предусмотренные ч. 3 ст. 14, ч. 5.1 ст. 21 Федерального закона');
    expect(early.body).not.toContain('ч. 2 ст. 9');
  });

  it('by post: lists the paper proofs', () => {
    const posted = buildComplaintDraft({
      ...input,
      original: { ...original, channel: 'post', receivedOn: '2026-12-01' },
    });
    expect(posted.attachments.map((a) => a.ru)).toEqual([
      'Копия обращения № PL-20261125-7F3K от 25.11.2026.',
      'Кассовый чек и опись вложения почтового отправления.',
      'Уведомление о вручении или распечатка отслеживания почтового отправления с датой вручения.',
      'Копия повторного обращения от 28.12.2026.',
      'Текст Политики конфиденциальности сайта expert.plus (https://expert.plus).',
    ]);
    expect(posted.body).toContain('почтой было направлено моё обращение');
    expect(posted.body).toContain('; вручено оператором 01.12.2026.');
  });

  it('stop-marketing: ст. 15 only with a recorded marketing message, which it names', () => {
    const none = buildComplaintDraft({ ...input, original: { ...original, kind: 'stop-marketing' } });
    expect(none.body).not.toContain('ст. 15');
    const breach = buildComplaintDraft({
      ...input,
      original: {
        ...original,
        kind: 'stop-marketing',
        marketingBreach: { on: '2026-12-03', what: 'звонок с рекламой' },
      },
    });
    expect(breach.body).toContain('предусмотренные ч. 2 ст. 15 Федерального закона');
    expect(breach.body).toContain(
      '03.12.2026 я получил(а) от оператора рекламное сообщение: звонок с рекламой.',
    );
    expect(breach.attachments.map((a) => a.ru)).toContain(
      'Снимок экрана рекламного сообщения, полученного после требования, с датой.',
    );
  });

  it('gives the postal address a paper complaint needs (ст. 7 59-ФЗ) when the user entered one', () => {
    const paper = buildComplaintDraft({
      ...input,
      person: { ...person, postalAddress: '101000, Москва, ул. Примерная, д. 1' },
    });
    expect(paper.body).toContain('Почтовый адрес: 101000, Москва, ул. Примерная, д. 1');
    expect(paper.body).toContain(
      '3. сообщить мне о результатах рассмотрения жалобы по почтовому адресу, указанному выше, или на e-mail: reply@example.ru.',
    );
  });

  it('describes a refusal or an incomplete answer, and lists the answer as an attachment', () => {
    const refused = buildComplaintDraft({ ...input, response: 'refused' });
    expect(refused.body).toContain('Оператор отказал в исполнении требований.');
    expect(refused.attachments.map((a) => a.ru)).toContain('Ответ оператора.');
    expect(buildComplaintDraft({ ...input, response: 'incomplete' }).body).toContain(
      'исполнены не полностью',
    );
  });

  it('does not claim missing contacts when the policy gives them', () => {
    const shop = buildComplaintDraft({ ...input, policy: exampleShop, followUpSentOn: undefined });
    expect(shop.body).not.toContain('не называет ни адреса');
    expect(shop.body).not.toContain('повторное обращение');
  });

  it('has an English rendering and is pure', () => {
    expect(complaint.translation).toContain("Complaint about a breach of a data subject's rights");
    expect(buildComplaintDraft(input)).toEqual(complaint);
  });
});

describe('follow-ups for every kind and any input (property)', () => {
  it('never throw and always name the person', () => {
    const text = fc.string({ unit: 'binary', maxLength: 60 });
    const kinds = Object.keys(requestKindDefinitions) as RequestKind[];
    fc.assert(
      fc.property(
        fc.record({ fullName: text, email: text, phone: text, replyEmail: text }),
        fc.constantFrom(...kinds),
        text,
        (p, kind, reference) => {
          const sent = { ...original, kind, reference, deadlines: storedDeadlines(kind, original.sentOn) };
          const reminder = buildFollowUpLetter({
            policy: expertPlus,
            person: p,
            original: sent,
            date: '2027-02-01',
          });
          const complaint = buildComplaintDraft({
            policy: expertPlus,
            person: p,
            original: sent,
            date: '2027-02-01',
          });
          expect(reminder.body).toContain(`От: ${plainLine(p.fullName)}`);
          expect(complaint.body).toContain(`От: ${plainLine(p.fullName)}`);
          if (kind !== 'stop-marketing') expect(reminder.missed.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

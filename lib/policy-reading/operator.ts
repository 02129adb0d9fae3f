// The operator: who the policy says processes the data. Candidates come from the shapes of Russian legal
// names (ООО «…», полные формы in any case, ИП + person, физическое лицо + person, associations), from
// "Оператор(ом) является …" and "(далее — Оператор)" definitions, and, as a last resort, from a brand
// ("сайта X") or a person named as developer. Each candidate is scored; transfer recipients lose.

import type { Doc, Sentence } from './text';
import type { LegalForm } from './types';

export interface OperatorCandidate {
  name: string;
  form: LegalForm | null;
  sentence: Sentence;
  /** Offset of the name in the input. */
  start: number;
  score: number;
  /** Lower-cased distinctive key (quoted name or surname) for counting mentions. */
  key: string;
}

const Q_OPEN = '«"“„\'';
const Q_CLOSE = '»"”“\'';
const QUOTED = `[${Q_OPEN}]\\s?([^${Q_CLOSE}\\n]{1,80}?)\\s?[${Q_CLOSE}]`;
const UP = 'А-ЯЁ';
const LOWW = 'а-яё';
const PERSON = `([${UP}][${LOWW}]+(?:-[${UP}][${LOWW}]+)?)\\s+(?:([${UP}]\\.\\s?[${UP}]\\.?)|([${UP}][${LOWW}]+)\\s+([${UP}][${LOWW}]+))`;
const PERSON_RE = new RegExp(PERSON, 'u');

const SHORT_FORMS: Record<string, LegalForm> = {
  ооо: 'ООО',
  ао: 'АО',
  пао: 'ПАО',
  зао: 'АО',
  оао: 'АО',
  нао: 'АО',
  ано: 'НКО',
  нко: 'НКО',
  нп: 'НКО',
  фгбу: 'ГУ',
  гбу: 'ГУ',
  мбу: 'ГУ',
  гау: 'ГУ',
  мау: 'ГУ',
  гку: 'ГУ',
  мку: 'ГУ',
  фгуп: 'other',
  гуп: 'other',
  муп: 'other',
  фгбоу: 'ГУ',
  гбоу: 'ГУ',
  мбоу: 'ГУ',
  мадоу: 'ГУ',
  мбдоу: 'ГУ',
  гбуз: 'ГУ',
  ип: 'ИП',
};
const SHORT_RE = new RegExp(
  `(?<![\\p{L}])(${Object.keys(SHORT_FORMS)
    .filter((k) => k !== 'ип')
    .map((k) => k.toUpperCase())
    .join('|')})\\s*${QUOTED}`,
  'gu',
);
const FULL_RE = new RegExp(
  '((?:обществ[оаеуом]{1,3}|компани[яиюей]{1,2}) с ограниченной ответственностью|' +
    '(?:(?:публичн|закрыт|открыт|непубличн)[а-я]{2,3}\\s)?акционерн[а-я]{2,3} обществ[оаеуом]{1,3}|' +
    'автономн[а-я]{2,3} некоммерческ[а-я]{2,3} организаци[яиюей]{1,2}|некоммерческ[а-я]{2,3} (?:организаци|партнерств)[а-я]{0,3}|' +
    '(?:федеральн|государственн|муниципальн|областн|краев)[а-я]{2,3}(?: [а-я]+){0,3} учреждени[а-я]{1,3}|' +
    'благотворительн[а-я]{2,3} фонд[а-я]{0,2}|ассоциаци[яиюей]{1,2}|союз[а-я]{0,2}|фонд[а-я]{0,2})' +
    `\\s*${QUOTED}`,
  'giu',
);
const IP_RE = new RegExp(
  `(?<![\\p{L}])(?:(?:ИП\\s+)+|[Ии]ндивидуальн[${LOWW}]+ [Пп]редпринимател[${LOWW}]+\\s+)${PERSON}`,
  'gu',
);
// Foreign and English-language names: "Northwind Apps Ltd", "Acme, Inc.", "Foo GmbH".
const LATIN_RE =
  /(?<![\p{L}])((?:[A-Z][\w&'-]*\s+){0,4}[A-Z][\w&'-]*),?\s+(Ltd\.?|Limited|LLC|L\.L\.C\.|Inc\.?|Corp\.?|Corporation|GmbH|LLP|PLC|S\.A\.|B\.V\.|AG)(?![\p{L}])/gu;
const NATURAL_RE = new RegExp(`[Фф]изическ[${LOWW}]+ лиц[${LOWW}]+\\s+${PERSON}`, 'gu');
const SELF_EMPLOYED_RE = new RegExp(
  `[Сс]амозанят[${LOWW}]+(?:\\s+(?:гражданин[${LOWW}]*|лиц[${LOWW}]+))?\\s+${PERSON}`,
  'gu',
);
// "ООО Ромашка" without quotes: up to three capitalised words after the short form.
const SHORT_BARE_RE =
  /(?<![\p{L}])(ООО|АО|ПАО|ЗАО|ОАО)\s+((?:[A-ZА-ЯЁ][\p{L}\d-]*)(?:\s+[A-ZА-ЯЁ][\p{L}\d-]*){0,2})/gu;
// A person defined as the operator without a status: "Иванов Иван Иванович (далее — Оператор)".
// Surname + initials, or surname + name + patronymic (…вич / …вна / …ична in any case).
const PERSON_STRICT = `([${UP}][${LOWW}]+(?:-[${UP}][${LOWW}]+)?)\\s+(?:[${UP}]\\.\\s?[${UP}]\\.?|[${UP}][${LOWW}]+\\s+[${UP}][${LOWW}]*(?:вич|вн|ичн|ич)[${LOWW}]*)`;
const PERSON_DEFINED_RE = new RegExp(
  `${PERSON_STRICT}\\s*,?\\s*\\(\\s*далее[^)]{0,30}?(?:оператор|исполнител|владел|разработчик|администратор|продав)`,
  'giu',
);
const ASSOC_RE = new RegExp(
  `[${UP}][${LOWW}]+\\s+(?:объединени|ассоциаци|партнерств|палат|союз)[${LOWW}]*\\s+[${LOWW}]{5,}`,
  'gu',
);
const OPERATOR_IS = /оператор(?:ом)?(?: персональных данных)?(?: (?:является|выступает))?\s*[:–—-]?\s*/giu;
const DEFINITION =
  /\(?\s*далее(?:\s+по\s+тексту)?(?:\s+также)?\s*[-–—:]?\s*[^)]{0,40}?(оператор|компани|обществ|администраци|исполнител|продав|мы|разработчик|владел)|\(\s*[«"]?(?:оператор|разработчик|администрац[а-я]*|компания|владелец|мы)[»"]?\s*[,)]/iu;
const TRANSFER =
  /(переда[а-яё]*|передач[а-яё]*|поруч[а-яё]*|третьим лиц|третьих лиц|партнер|контрагент|обработчик|сервис[а-яё]* )/u;

function formOf(label: string): LegalForm | null {
  const l = label.toLowerCase().replace(/ё/g, 'е');
  if (SHORT_FORMS[l]) return SHORT_FORMS[l]!;
  if (l.includes('ограниченной')) return 'ООО';
  if (l.startsWith('публичн')) return 'ПАО';
  if (l.includes('акционерн')) return 'АО';
  if (l.includes('учреждени')) return 'ГУ';
  if (/некоммерческ|фонд|ассоциаци|союз|партнерств|объединени|палат/.test(l)) return 'НКО';
  return null;
}

function clean(name: string): string {
  return name
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:–—-]+$/, '')
    .trim();
}

function personKey(m: RegExpExecArray | RegExpMatchArray, offset: number): string {
  return (m[offset] ?? '').toLowerCase().replace(/ё/g, 'е').slice(0, 5);
}

export function operatorCandidates(doc: Doc): OperatorCandidate[] {
  const out: OperatorCandidate[] = [];
  const selfEmployed = /самозанят|налог на профессиональный доход/.test(doc.low);
  const add = (
    s: Sentence,
    index: number,
    name: string,
    form: LegalForm | null,
    base: number,
    key: string,
  ) => {
    const n = clean(name);
    if (
      n.length < 2 ||
      /^[\s\d_.\-–—[\]]+$/.test(n) ||
      /\[|_{3,}|название|наименование (?:компании|организации)/i.test(n)
    )
      return;
    out.push({
      name: n,
      form,
      sentence: s,
      start: s.start + index,
      score: base,
      key: key.toLowerCase().replace(/ё/g, 'е'),
    });
  };
  for (const s of doc.sentences) {
    const t = s.text;
    const l = s.low;
    // Cheap substring checks first: most sentences name no one.
    const quoted = /[«"“„']/.test(t);
    if (quoted) for (const m of t.matchAll(SHORT_RE)) add(s, m.index, m[0], formOf(m[1]!), 50, m[2]!);
    if (quoted && /обществ|компани|учрежд|фонд|ассоциац|союз|некоммерч|акционер/.test(l))
      for (const m of t.matchAll(FULL_RE)) add(s, m.index, m[0], formOf(m[1]!), 50, m[2]!);
    if (/ип |предпринимател/.test(l))
      for (const m of t.matchAll(IP_RE)) add(s, m.index, m[0], 'ИП', 50, personKey(m, 1));
    if (l.includes('самозанят'))
      for (const m of t.matchAll(SELF_EMPLOYED_RE)) add(s, m.index, m[0], 'самозанятый', 45, personKey(m, 1));
    if (/(?:^|[^а-я])(?:ооо|ао|пао|зао|оао) [а-яa-z]/.test(l))
      for (const m of t.matchAll(SHORT_BARE_RE)) {
        if (/^(?:и|в|с|по|от|на|для)$/i.test(m[2]!)) continue;
        const name = m[0].replace(/\s+(?:ИНН|ОГРН|ОГРНИП|КПП|ИП|ОКПО)(?![\p{L}]).*$/u, '');
        add(s, m.index, name, formOf(m[1]!), 40, m[2]!.split(/\s+/)[0]!);
      }
    if (l.includes('далее'))
      for (const m of t.matchAll(PERSON_DEFINED_RE)) {
        // Not a legal name already read (ИП / физическое лицо …): those carry their form.
        if (out.some((c) => c.sentence === s && Math.abs(c.start - (s.start + m.index)) < 60)) continue;
        add(s, m.index, m[0].replace(/\s*,?\s*\(\s*далее.*$/iu, ''), 'other', 30, personKey(m, 1));
      }
    if (l.includes('физическ'))
      for (const m of t.matchAll(NATURAL_RE))
        add(s, m.index, m[0], selfEmployed ? 'самозанятый' : 'other', 45, personKey(m, 1));
    if (/ltd|llc|inc|corp|gmbh|llp|plc|limited|s\.a\.|b\.v\.|(?<![a-z])ag(?![a-z])/.test(l))
      for (const m of t.matchAll(LATIN_RE)) add(s, m.index, m[0], 'other', 45, m[1]!.split(/\s+/)[0]!);
    if (/объединени|ассоциаци|партнерств|палат|союз/.test(l))
      for (const m of t.matchAll(ASSOC_RE)) add(s, m.index, m[0], 'НКО', 25, m[0].slice(0, 8));
    // "Оператор(ом персональных данных) является: X" / "Оператор: X"
    if (l.includes('оператор'))
      for (const m of s.low.matchAll(OPERATOR_IS)) {
        const after = t.slice(m.index + m[0].length);
        if (!/^[«"A-ZА-ЯЁ]/.test(after) && !/^администрац/i.test(after)) continue;
        if (m[0].trim().toLowerCase() === 'оператор' && !/[:–—-]/.test(m[0])) continue;
        const end = after.search(/\s*[(,;]|\.\s|\.$|$/);
        const name = after.slice(0, end > 0 ? end : after.length);
        if (name.split(/\s+/).length > 8) continue;
        if (
          /^(?:обязан|вправе|может|не |осуществля|обрабатыва|принима|получа|использу|хранит|является)/i.test(
            name,
          )
        )
          continue;
        add(
          s,
          m.index + m[0].length,
          name,
          null,
          40,
          name.replace(/^администрация сайта\s*/i, '').slice(0, 10),
        );
      }
    // A definition "«X» (далее — Оператор)": the quoted name or person just before it.
    const def = l.includes('далее') || l.includes('(') ? DEFINITION.exec(s.text) : null;
    if (def) {
      const before = t.slice(0, def.index);
      const q = [...before.matchAll(new RegExp(`(?:[${UP}]?[${LOWW}]+\\s+){0,2}${QUOTED}`, 'gu'))].pop();
      if (q && q.index !== undefined && before.length - (q.index + q[0].length) < 40) {
        add(s, q.index, q[0], null, 35, q[1]!);
      }
    }
    // "компании, действующие под брендом X"
    const under =
      l.includes('под ') &&
      /(?:компани[а-яё]*|организаци[а-яё]*|групп[а-яё]* компаний)[^.]{0,30}?под (?:брендом|товарным знаком|наименованием|названием)\s+([^\s(,.;]+)/u.exec(
        t,
      );
    if (under) add(s, under.index, under[0], null, 40, under[1]!);
  }
  // Last resorts: a brand "сайта X" or a person named as the developer / author.
  if (out.length === 0) {
    for (const s of doc.sentences) {
      const b =
        /(?:сайта|сервиса|компании|компания|магазина|приложения)\s+([A-ZА-ЯЁ][\p{L}\d-]+(?:\s+[A-ZА-ЯЁ][\p{L}\d-]+)?)/u.exec(
          s.text,
        );
      if (b && !/^(?:Пользовател|Оператор|Администрац|Политик|Сайт|Компани)/.test(b[1]!))
        add(s, b.index + b[0].length - b[1]!.length, b[1]!, null, 10, b[1]!);
      const p = new RegExp(
        `(?:разрабатыва[${LOWW}]+|поддержива[${LOWW}]+|принадлеж[${LOWW}]+|владел[${LOWW}]+|автор[${LOWW}]*|от)\\s+([${UP}][${LOWW}]+\\s+[${UP}][${LOWW}]+)`,
        'u',
      ).exec(s.text);
      if (
        p &&
        /(?:ов|ев|ин|ын|ск|цк|ых|их)(?:а|у|ым|ом|ой|ого|ому|ей)?\b|(?:ов|ев|ин|ын)(?:ой|а|ым)(?:\s|$)/u.test(
          p[1]!,
        )
      )
        add(s, p.index + p[0].length - p[1]!.length, p[1]!, 'other', 8, p[1]!.slice(0, 5));
    }
  }
  // Scores: defined as the operator, named with "оператор", mentioned often, early; recipients of transfers lose.
  const total = doc.text.length || 1;
  const counts = new Map<string, number>();
  for (const o of out) if (o.key) counts.set(o.key, (counts.get(o.key) ?? 0) + 1);
  for (const c of out) {
    const rel = c.start - c.sentence.start;
    const lowS = c.sentence.low;
    const def = DEFINITION.exec(c.sentence.text);
    if (def && def.index >= rel) c.score += 40;
    if (/оператор/.test(lowS)) c.score += 20;
    const before = lowS.slice(0, rel);
    if (TRANSFER.test(before) && !(def && def.index >= rel)) c.score -= 90;
    const mentions = c.key ? (counts.get(c.key) ?? 0) : 0;
    c.score += Math.min(mentions, 6) * 3;
    c.score += 10 * (1 - c.start / total);
  }
  return out.sort((a, b) => b.score - a.score || a.start - b.start);
}

/** Returns the person's surname+initials shape for a name, or null (used by tests). */
export function personIn(name: string): string | null {
  const m = PERSON_RE.exec(name);
  return m ? m[0] : null;
}

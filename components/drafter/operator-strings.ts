// The words of the operator block in the drafter (any site's operator, issue #18).
import type { Lang } from '../../policies/types';

const ru = {
  legend: 'Оператор (кому адресован запрос)',
  fromReading:
    'Данные найдены в политике сайта автоматически. Сверьте их с текстом политики и исправьте, если нужно: письмо будет адресовано именно так.',
  typed:
    'Впишите данные оператора: их обычно приводят в политике конфиденциальности, в разделе «Контакты» или в оферте.',
  name: 'Название оператора',
  nameHint: 'Например: ООО «Ромашка» или ИП Иванов И.И.',
  inn: 'ИНН',
  ogrn: 'ОГРН или ОГРНИП',
  address: 'Адрес оператора',
  site: 'Сайт',
  emails: 'E-mail для запросов',
  emailsHint: 'Несколько адресов — через запятую.',
  numberValid: 'контрольная цифра сходится',
  numberInvalid: 'контрольная цифра не сходится: проверьте номер',
  nameMissing: 'Укажите, кому адресован запрос.',
  siteMissing: 'Укажите сайт.',
  confirm: 'Я сверил(а) данные оператора с политикой сайта',
  confirmTyped: 'Я проверил(а) данные оператора',
  confirmNeeded: 'Подтвердите данные оператора: без этого письмо нельзя скопировать или отправить.',
  fromReadingBadge: 'прочитано автоматически',
};

export type OperatorStrings = typeof ru;

const en: OperatorStrings = {
  legend: 'Operator (who the request is addressed to)',
  fromReading:
    "These details were found in the site's policy automatically. Check them against the policy text and correct them if needed: the letter is addressed exactly so.",
  typed: "Fill in the operator's details: policies usually give them, or the site's Contacts page or terms.",
  name: "Operator's name",
  nameHint: 'For example: ООО «Ромашка» or ИП Иванов И.И.',
  inn: 'INN (tax number)',
  ogrn: 'OGRN or OGRNIP (registration number)',
  address: "Operator's address",
  site: 'Site',
  emails: 'E-mail for requests',
  emailsHint: 'Several addresses: separate them with commas.',
  numberValid: 'check digit matches',
  numberInvalid: 'check digit does not match: check the number',
  nameMissing: 'Say who the request is addressed to.',
  siteMissing: 'Give the site.',
  confirm: "I checked the operator's details against the site's policy",
  confirmTyped: "I checked the operator's details",
  confirmNeeded: "Confirm the operator's details: until then the letter cannot be copied or sent.",
  fromReadingBadge: 'read automatically',
};

export const operatorStrings: Record<Lang, OperatorStrings> = { ru, en };

import type { Lang, RequestKind } from '../../policies/types';

const ru = {
  launcher: 'Данные',
  launcherLabel: (site: string) => `Policy Lens: что ${site} делает с вашими данными`,
  title: (site: string) => `Что ${site} делает с вашими данными`,
  close: 'Закрыть панель',
  hideOnSite: 'Скрыть на этом сайте',
  hideOnSiteHint: 'Вернуть панель можно в окне расширения.',
  language: 'Язык',
  verdict: 'Главное',
  collected: 'Какие данные собираются',
  collectedBy: {
    'user-provided': 'Вы сообщаете сами',
    service: 'Нужны для услуг и заказов',
    automatic: 'Собираются автоматически',
  },
  purposes: 'Зачем они нужны',
  sharing: 'Кому могут передать',
  retention: 'Сколько хранят',
  rights: 'Ваши права и как удалить данные',
  security: 'Защита',
  consent: 'Согласие',
  changes: 'Изменения политики',
  contacts: 'Контакты оператора',
  attention: 'На что обратить внимание',
  severity: { high: 'важно', medium: 'стоит знать', low: 'к сведению' },
  showClause: (label: string) => `Текст: ${label}`,
  clauseOriginal: 'Оригинал',
  clauseTranslation: 'Перевод',
  actionsIntro: 'Подготовить запрос оператору (письмо по 152-ФЗ, данные остаются на вашем устройстве):',
  actions: {
    deletion: 'Запросить удаление данных',
    'withdraw-consent': 'Отозвать согласие',
    access: 'Узнать, какие данные хранятся',
    correction: 'Исправить данные',
    'stop-processing': 'Прекратить обработку',
    'stop-marketing': 'Отказаться от рассылок',
  } satisfies Record<RequestKind, string>,
  actionFailed: 'Не удалось открыть окно запроса. Откройте его из значка расширения на панели браузера.',
  reviewed: (date: string) => `Сводка составлена по тексту политики, проверенному ${date}.`,
  notLegalAdvice: 'Это пересказ политики, а не юридическая консультация.',
  operator: 'Оператор',
  loading: 'Загрузка сводки…',
  loadFailed: 'Не удалось загрузить сводку политики. Перезагрузите страницу.',
  policyChanged: (date: string) => `Политика на сайте изменилась после проверки от ${date}`,
  policyChangedHint:
    'Пункты сводки, которые опираются на изменённые пункты, отмечены: они могут быть неточны.',
  policyChecked: (date: string) => `Сверено с текущей политикой на сайте ${date}`,
  policyCheckedPartly: (date: string) => `Сверено с частью политики, показанной на сайте, ${date}`,
  changeStatus: { changed: 'изменён', added: 'новый', removed: 'удалён' },
  newClause: (n: string | undefined) => (n ? `п. ${n}` : 'пункт без номера'),
  diffRemoved: 'удалено: ',
  diffAdded: 'добавлено: ',
  outdated: 'Возможно, устарело: пункт политики изменился на сайте',
};

export type PanelStrings = typeof ru;

const en: PanelStrings = {
  launcher: 'Data',
  launcherLabel: (site) => `Policy Lens: what ${site} does with your data`,
  title: (site) => `What ${site} does with your data`,
  close: 'Close panel',
  hideOnSite: 'Hide on this site',
  hideOnSiteHint: 'You can bring it back from the extension window.',
  language: 'Language',
  verdict: 'In short',
  collected: 'What data is collected',
  collectedBy: {
    'user-provided': 'You give it yourself',
    service: 'Needed for services and orders',
    automatic: 'Collected automatically',
  },
  purposes: 'What it is used for',
  sharing: 'Who else may get it',
  retention: 'How long it is kept',
  rights: 'Your rights and how to delete your data',
  security: 'Protection',
  consent: 'Consent',
  changes: 'Policy changes',
  contacts: "Operator's contacts",
  attention: 'Worth noticing',
  severity: { high: 'important', medium: 'good to know', low: 'for information' },
  showClause: (label) => `Source: ${label}`,
  clauseOriginal: 'Original (Russian)',
  clauseTranslation: 'English rendering',
  actionsIntro:
    'Prepare a request to the operator (a letter under 152-FZ; your details stay on your device):',
  actions: {
    deletion: 'Request deletion of my data',
    'withdraw-consent': 'Withdraw consent',
    access: 'Find out what data they hold',
    correction: 'Correct my data',
    'stop-processing': 'Stop processing',
    'stop-marketing': 'Stop marketing messages',
  },
  actionFailed: 'Could not open the request window. Open it from the extension icon in the toolbar.',
  reviewed: (date) => `Summary of the policy text reviewed on ${date}.`,
  notLegalAdvice: 'A summary of the policy, not legal advice.',
  operator: 'Operator',
  loading: 'Loading the summary…',
  loadFailed: 'Could not load the policy summary. Reload the page.',
  policyChanged: (date) => `The policy on the site has changed since it was reviewed on ${date}`,
  policyChangedHint: 'Summary points that rest on the changed clauses are marked: they may be inaccurate.',
  policyChecked: (date) => `Checked against the live policy on the site on ${date}`,
  policyCheckedPartly: (date) => `Checked against the part of the policy shown on the site on ${date}`,
  changeStatus: { changed: 'changed', added: 'new', removed: 'removed' },
  newClause: (n) => (n ? `clause ${n}` : 'unnumbered clause'),
  diffRemoved: 'removed: ',
  diffAdded: 'added: ',
  outdated: 'Possibly outdated: the policy clause changed on the site',
};

export const panelStrings: Record<Lang, PanelStrings> = { ru, en };

/** A calendar date (YYYY-MM-DD) as a reader of `lang` writes it. */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  const date = new Date(Date.UTC(y, m - 1, d));
  return new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

// The words of the popup's home view (this tab's site: covered, readable on demand, hidden).

import type { ReadFailure } from '../../lib/site-reading/messages';
import type { Lang } from '../../policies/types';

const ru = {
  tab: 'Этот сайт',
  noSite: 'Откройте сайт и нажмите кнопку Policy Lens на панели браузера: расширение прочитает его политику.',
  curated: (site: string) =>
    `Для ${site} есть проверенная вручную сводка политики: она открывается вкладкой «Данные» у правого края страницы.`,
  hidden: (site: string) => `Панель скрыта на ${site}.`,
  showAgain: 'Показать снова',
  onDemand: (site: string) =>
    `Policy Lens может прочитать политику обработки персональных данных ${site}: только по вашему нажатию, в браузере, без серверов.`,
  read: 'Прочитать политику этого сайта',
  reading: 'Читаю политику…',
  shown: 'Готово: прочитанная политика открыта на странице справа.',
  shownNoOperator: 'Готово. Политика не называет оператора: в запросе его нужно будет указать самим.',
  askSameSite: (host: string) =>
    `Политика лежит на другом адресе этого сайта: ${host}. Чтобы прочитать её, браузер спросит разрешение открыть эту страницу. Разрешение действует только на это чтение.`,
  askOtherSite: (host: string, site: string) =>
    `Ссылка на политику ведёт на другой сайт: ${host}, а не ${site}. Убедитесь, что это политика этого сайта. Чтобы прочитать её, браузер спросит разрешение открыть эту страницу.`,
  linkText: (text: string) => `Ссылка на странице: «${text}»`,
  allowRead: 'Разрешить и прочитать',
  denied: 'Разрешение не дано: ничего не прочитано.',
  noPolicy:
    'На этой странице нет ссылки на политику конфиденциальности. Вставьте текст политики или откройте файл.',
  noAccess:
    'Эту страницу расширению прочитать нельзя (служебная страница браузера или магазин расширений). Откройте сайт и нажмите кнопку Policy Lens снова.',
  failed: {
    'too-large': 'Страница политики слишком большая (больше 10 МБ): она не прочитана.',
    binary:
      'По ссылке не веб-страница, а файл (например, PDF). Откройте его, скопируйте текст и вставьте ниже.',
    http: 'Сайт не отдал страницу политики (ошибка сервера).',
    network: 'Не удалось загрузить страницу политики.',
    timeout: 'Страница политики не загрузилась за 15 секунд.',
    empty: 'На странице нет текста.',
  } satisfies Record<ReadFailure, string>,
  pasteLegend: 'Или прочитать текст политики',
  pasteLabel: 'Текст политики',
  pasteRead: 'Прочитать этот текст',
  pasted: 'вставленный текст',
  fileLabel: 'Открыть файл (.txt, .html)',
  fileRefused: {
    'too-large': 'Файл слишком большой (больше 10 МБ).',
    binary: 'Это не текстовый файл (например, PDF): откройте его, скопируйте текст и вставьте выше.',
  },
  writeLegend: 'Запрос оператору',
  writeTyped: 'Составить запрос оператору этого сайта',
  writeTypedHint: 'Данные оператора (название, ИНН, ОГРН, адрес) вы впишете сами.',
  myRequests: 'Мои запросы',
  overdue: (n: number) => (n === 0 ? 'просроченных нет' : `просрочено: ${n}`),
  total: (n: number) => `всего: ${n}`,
};

export type HomeStrings = typeof ru;

const en: HomeStrings = {
  tab: 'This site',
  noSite:
    "Open a site and click the Policy Lens button in the browser's toolbar: it will read the site's policy.",
  curated: (site) =>
    `${site} has a hand-reviewed summary of its policy: the «Данные» tab on the right edge of its pages opens it.`,
  hidden: (site) => `The panel is hidden on ${site}.`,
  showAgain: 'Show it again',
  onDemand: (site) =>
    `Policy Lens can read ${site}'s personal-data policy: only when you click, in your browser, with no server.`,
  read: "Read this site's policy",
  reading: 'Reading the policy…',
  shown: 'Done: the reading is open on the page, on the right.',
  shownNoOperator: 'Done. The policy names no operator: you will need to fill it in for a request.',
  askSameSite: (host) =>
    `The policy is at another address of this site: ${host}. To read it, the browser will ask you to allow opening that page. The permission is for this reading only.`,
  askOtherSite: (host, site) =>
    `The policy link leads to another site: ${host}, not ${site}. Make sure it is this site's policy. To read it, the browser will ask you to allow opening that page.`,
  linkText: (text) => `Link on the page: "${text}"`,
  allowRead: 'Allow and read',
  denied: 'Permission not given: nothing was read.',
  noPolicy: 'This page has no link to a privacy policy. Paste the policy text or open a file.',
  noAccess:
    'The extension cannot read this page (a browser page or the add-on store). Open a site and click the Policy Lens button again.',
  failed: {
    'too-large': 'The policy page is too large (over 10 MB): it was not read.',
    binary:
      'The link leads to a file (such as a PDF), not a web page. Open it, copy the text and paste it below.',
    http: 'The site did not serve the policy page (a server error).',
    network: 'Could not load the policy page.',
    timeout: 'The policy page did not load within 15 seconds.',
    empty: 'The page has no text.',
  },
  pasteLegend: 'Or read a policy text',
  pasteLabel: 'Policy text',
  pasteRead: 'Read this text',
  pasted: 'pasted text',
  fileLabel: 'Open a file (.txt, .html)',
  fileRefused: {
    'too-large': 'The file is too large (over 10 MB).',
    binary: 'This is not a text file (a PDF, for example): open it, copy the text and paste it above.',
  },
  writeLegend: 'A request to the operator',
  writeTyped: "Write a request to this site's operator",
  writeTypedHint: "You fill in the operator's details (name, INN, OGRN, address) yourself.",
  myRequests: 'My requests',
  overdue: (n) => (n === 0 ? 'none overdue' : `overdue: ${n}`),
  total: (n) => `total: ${n}`,
};

export const homeStrings: Record<Lang, HomeStrings> = { ru, en };

import type { Lang } from '../../lib/text/lang';

const ru = {
  title: 'Настройки Policy Lens',
  intro: 'Всё, что здесь выбрано, хранится только в этом браузере.',
  appearance: 'Язык и оформление',
  language: 'Язык',
  languageAuto: 'Как в браузере',
  theme: 'Оформление',
  themes: { auto: 'Как в системе', light: 'Светлое', dark: 'Тёмное' },
  panel: 'Панель на сайтах',
  launcherSide: 'Кнопка «Данные» у края окна',
  sides: { right: 'справа', left: 'слева' },
  launcherSideHint:
    'На сайте кнопку можно передвинуть (перетащить или кнопками в панели); её место запоминается для сайта.',
  forgetPlaces: 'Вернуть кнопку на место на всех сайтах',
  placesForgotten: 'Кнопка вернулась на место на всех сайтах.',
  autoOpen: 'Открывать панель сама при заходе на сайт',
  autoOpenHint: 'Выключено: панель открывается только по кнопке «Данные» или сочетанию клавиш.',
  shortcut: (keys: string) => `Сочетание клавиш, открывающее панель: ${keys}.`,
  shortcutNone: 'Сочетание клавиш для панели не задано.',
  shortcutHint: 'Его можно изменить в настройках расширений браузера.',
  sites: 'Сайты',
  showOn: (site: string) => `Показывать Policy Lens на ${site}`,
  reminders: 'Напоминания о сроках',
  remindersOn: 'Напоминать, когда срок ответа истёк',
  reminderHour: 'Во сколько напоминать (утром следующего дня)',
  data: 'Мои запросы: копия и удаление',
  saved: 'Сохранено.',
};

export type OptionsStrings = typeof ru;

const en: OptionsStrings = {
  title: 'Policy Lens settings',
  intro: 'Everything chosen here is kept in this browser only.',
  appearance: 'Language and look',
  language: 'Language',
  languageAuto: 'As the browser',
  theme: 'Theme',
  themes: { auto: 'As the system', light: 'Light', dark: 'Dark' },
  panel: 'The panel on sites',
  launcherSide: 'The “Data” tab sits at the window’s',
  sides: { right: 'right edge', left: 'left edge' },
  launcherSideHint:
    'On a site you can move the tab (drag it, or with the buttons in the panel); its place is remembered for that site.',
  forgetPlaces: 'Put the tab back in its place on every site',
  placesForgotten: 'The tab is back in its place on every site.',
  autoOpen: 'Open the panel by itself when I visit a site',
  autoOpenHint: 'Off: the panel opens only from the “Data” tab or the keyboard shortcut.',
  shortcut: (keys) => `Keyboard shortcut that opens the panel: ${keys}.`,
  shortcutNone: 'No keyboard shortcut is set for the panel.',
  shortcutHint: 'You can change it in the browser’s extension settings.',
  sites: 'Sites',
  showOn: (site) => `Show Policy Lens on ${site}`,
  reminders: 'Deadline reminders',
  remindersOn: 'Remind me when a deadline for an answer has passed',
  reminderHour: 'At what hour (the morning after)',
  data: 'My requests: backup and deletion',
  saved: 'Saved.',
};

export const optionsStrings: Record<Lang, OptionsStrings> = { ru, en };

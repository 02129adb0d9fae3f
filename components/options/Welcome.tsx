import { useEffect } from 'preact/hooks';
import type { Lang } from '../../lib/text/lang';

const text = {
  ru: {
    title: 'Policy Lens установлен',
    what: 'На сайтах, которые знает Policy Lens (сейчас это expert.plus), он показывает, какие ваши данные сайт собирает, зачем, кому передаёт и как добиться их удаления, со ссылкой на пункт политики. Он помогает составить письмо оператору по 152-ФЗ и следит за сроками ответа.',
    nothingSent:
      'Policy Lens ничего никуда не отправляет: ни серверов, ни аналитики. Ваши данные и запросы хранятся только в этом браузере и никогда не попадают на страницу сайта.',
    whereHeading: 'Где его найти',
    where:
      'На таком сайте у правого края окна есть вкладка «Данные»: она открывает панель. Вкладку можно передвинуть.',
    shortcut: (keys: string) => `С клавиатуры панель открывается сочетанием ${keys}.`,
    pinHeading: 'Закрепите кнопку на панели браузера',
    pinChrome:
      'Chrome: нажмите значок «Расширения» (кусочек пазла) справа от адресной строки и кнопку с булавкой рядом с Policy Lens.',
    pinFirefox:
      'Firefox: нажмите кнопку «Расширения» на панели инструментов, затем «⚙» рядом с Policy Lens и «Закрепить на панели».',
    pinWhy: 'Кнопка открывает составитель запросов и «Мои запросы».',
    settings: 'Открыть настройки',
  },
  en: {
    title: 'Policy Lens is installed',
    what: 'On sites Policy Lens knows (expert.plus for now) it shows which of your data the site collects, why, who it passes it to and how to get it deleted, citing the clause of the policy. It helps you write a request to the operator under Russian law 152-FZ and keeps track of the deadlines for an answer.',
    nothingSent:
      'Policy Lens sends nothing anywhere: no servers, no analytics. Your details and requests are kept in this browser only and never enter the site’s page.',
    whereHeading: 'Where to find it',
    where:
      'On such a site a “Data” tab sits at the right edge of the window: it opens the panel. You can move the tab.',
    shortcut: (keys: string) => `From the keyboard, ${keys} opens the panel.`,
    pinHeading: 'Pin its button to the toolbar',
    pinChrome:
      'Chrome: click the Extensions icon (a puzzle piece) right of the address bar, then the pin next to Policy Lens.',
    pinFirefox:
      'Firefox: click the Extensions button in the toolbar, then “⚙” next to Policy Lens and “Pin to Toolbar”.',
    pinWhy: 'The button opens the request drafter and My requests.',
    settings: 'Open the settings',
  },
} satisfies Record<Lang, unknown>;

/** The page opened once, on install: what it does, that it sends nothing, where the launcher is. */
export function Welcome(props: { lang: Lang; shortcut: string; onSettings(): void }) {
  const t = text[props.lang];
  useEffect(() => {
    document.documentElement.lang = props.lang;
    document.title = t.title;
  }, [props.lang, t.title]);
  return (
    <main class="welcome">
      <h1>{t.title}</h1>
      <p>{t.what}</p>
      <p>
        <strong>{t.nothingSent}</strong>
      </p>
      <h2>{t.whereHeading}</h2>
      <p>{t.where}</p>
      {props.shortcut && <p>{t.shortcut(props.shortcut)}</p>}
      <h2>{t.pinHeading}</h2>
      <ul>
        <li>{t.pinChrome}</li>
        <li>{t.pinFirefox}</li>
      </ul>
      <p>{t.pinWhy}</p>
      <p>
        <button type="button" class="primary" onClick={props.onSettings}>
          {t.settings}
        </button>
      </p>
    </main>
  );
}

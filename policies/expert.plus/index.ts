// What the expert.plus privacy policy says, in the user's words. Every statement cites the clauses it
// rests on, and every quote is verbatim from source.ru.txt (oddities kept). Where the policy is silent
// (retention period, contacts, changes), the summary says it is silent; it never fills the gap.

import type { SitePolicy } from '../types';
import { clauses, source } from './clauses';
import { expertPlusSite } from './site';

export const expertPlus: SitePolicy = {
  id: expertPlusSite.id,
  site: { name: expertPlusSite.name, url: expertPlusSite.url, hostnames: expertPlusSite.hostnames },
  operator: {
    name: 'ИП Ворсов А.А.',
    addressee: {
      ru: 'Индивидуальному предпринимателю Ворсову А. А.',
      en: 'Individual entrepreneur A. A. Vorsov',
    },
    asWritten: 'ИП ИП Ворсов А.А.',
    affiliates: {
      ru: 'ИП ИП Ворсов А.А. и/или его аффилированные лица, могут получить о Пользователе',
      en: 'IP IP Vorsov A.A. and/or his affiliates may obtain about the User',
    },
    contacts: [],
    registration: [],
  },
  law: {
    id: '152-FZ',
    title: {
      ru: 'Федеральный закон от 27.07.2006 № 152-ФЗ «О персональных данных»',
      en: 'Federal Law No. 152-FZ of 27 July 2006 "On Personal Data"',
    },
    cites: ['3.2'],
    quote: {
      ru: 'руководствуется Федеральным законом РФ «О персональных данных»',
      en: 'is guided by the Federal Law of the Russian Federation "On Personal Data"',
    },
  },
  source: { lang: 'ru', reviewed: '2026-11-25', text: source, clauses, notSummarised: [] },

  summary: {
    verdict: [
      {
        id: 'verdict-consent-by-use',
        text: {
          ru: 'Пользуясь сайтом, вы по этой политике уже согласились со всеми её условиями. Если вы не согласны, она требует одного: не пользоваться сайтом. Закон же требует, чтобы согласие было «конкретным, предметным, информированным, сознательным и однозначным» (ч. 1 ст. 9 Закона № 152-ФЗ в редакции, действующей с 01.09.2022).',
          en: 'Under this policy, using the site already counts as agreeing to all of its terms. If you disagree, it requires one thing: stop using the site. The law, by contrast, requires consent to be specific, substantive, informed, conscious and unambiguous (Art. 9(1) of Law No. 152-FZ as in force since 1 Sept 2022).',
        },
        cites: ['consent'],
        quote: {
          ru: 'Использование сервисов expert.plus означает безоговорочное согласие Пользователя с настоящей Политикой',
          en: "Use of the expert.plus services means the User's unconditional consent to this Policy",
        },
      },
      {
        id: 'verdict-what-is-collected',
        text: {
          ru: 'Сайт получает сведения, которые вы указываете при регистрации и пользовании сервисами, а если вы заказываете услугу или товар — имя и телефон. Кроме того, автоматически — в том числе IP-адрес, данные cookie и сведения о браузере (список открытый).',
          en: 'The site receives the details you enter when registering and using its services, and, when you order a service or goods, your name and phone number. It also gets data automatically, including your IP address, cookie data and browser details (the list is open).',
        },
        cites: ['1', '1.1', '1.2', '1.3'],
      },
      {
        id: 'verdict-deletion-via-support',
        text: {
          ru: 'Удалить данные своей учётной записи политика предлагает запросом в службу поддержки сайта, но ни её адреса, ни других контактов не даёт; для других данных она способа не называет. И даже после удаления часть данных могут хранить, если этого требует закон.',
          en: "To delete your account's data the policy points you to the site's support service, but gives no address or any other contact for it; for other data it names no way at all. Even after deletion, some data may be kept where the law requires it.",
        },
        cites: ['4.2', '4.3'],
        quote: {
          ru: 'удалить предоставленную им в рамках определенной учетной записи персональную информацию, написав запрос в службу поддержки сайта expert.plus',
          en: 'delete the personal information he or she has provided within a particular account by writing a request to the support service of the website expert.plus',
        },
      },
    ],

    collected: [
      {
        id: 'collected-name-phone',
        mode: 'user-provided',
        required: 'not-stated',
        text: {
          ru: 'Имя и телефон — данные, которые предоставляются сайту для оказания услуг, продажи товаров или предоставления иных ценностей посетителям (например, в форме заказа).',
          en: 'Name and phone number: data given to the site so that it can provide services, sell goods or offer visitors other things of value (for example, in an order form).',
        },
        cites: ['1.3'],
        quote: { ru: 'имя, телефон', en: 'name, telephone' },
      },
      {
        id: 'collected-account-and-own-info',
        mode: 'user-provided',
        required: 'marked-in-forms',
        text: {
          ru: 'Сведения, которые вы сами указываете при регистрации (создании учётной записи) или пользуясь сервисами. Обязательные поля помечены особо, остальное — на ваше усмотрение.',
          en: 'Information you enter yourself when registering (creating an account) or using the services. Required fields are specially marked; everything else is up to you.',
        },
        cites: ['1', '1.1'],
        quote: {
          ru: 'Обязательная для предоставления Сервисов информация помечена специальным образом. Иная информация предоставляется Пользователем на его усмотрение.',
          en: 'Information that is required for providing the Services is specially marked. Other information is provided by the User at his or her discretion.',
        },
      },
      {
        id: 'collected-automatic',
        mode: 'automatic',
        required: 'not-stated',
        text: {
          ru: 'Автоматически, через ваш браузер, — «в том числе» IP-адрес, данные cookie, сведения о браузере (или другой программе, через которую вы заходите на сайт). Список открытый: могут собирать и другое.',
          en: 'Automatically, through your browser, «в том числе» (including) your IP address, cookie data, and details of your browser (or other program you use to access the site). The list is open: other data may be collected too.',
        },
        cites: ['1.2'],
        quote: {
          ru: 'в том числе IP-адрес, данные файлов cookie, информация о браузере Пользователя',
          en: "including the IP address, cookie data, and information about the User's browser",
        },
      },
    ],

    purposes: [
      {
        id: 'purposes-only-necessary',
        text: {
          ru: 'Сайт обещает собирать и хранить только то, что нужно для работы сервисов или исполнения договоров с вами, кроме данных, которые закон обязывает хранить определённый срок.',
          en: 'The site promises to collect and keep only what is needed to run its services or perform agreements with you, except data the law requires it to keep for a set period.',
        },
        cites: ['2'],
        quote: {
          ru: 'собирает и хранит только ту персональную информацию, которая необходима для предоставления Сервисов или исполнения соглашений и договоров с Пользователем',
          en: 'collects and stores only the personal information that is necessary for providing the Services or performing agreements and contracts with the User',
        },
      },
      {
        id: 'purposes-scope',
        text: {
          ru: 'Политика касается только сведений, которые сайт получает, пока вы пользуетесь его сервисами, и при исполнении договоров с вами; к другой информации она не применяется.',
          en: 'The policy covers only information the site gets while you use its services and while it performs agreements with you; it does not apply to other information.',
        },
        cites: ['preamble', '1.3'],
      },
      {
        id: 'purposes-identification',
        text: {
          ru: 'Чтобы идентифицировать вас как сторону при работе с expert.plus.',
          en: 'To identify you as a party when you deal with expert.plus.',
        },
        cites: ['2.1'],
      },
      {
        id: 'purposes-individual-services',
        text: {
          ru: 'Чтобы оказывать вам индивидуальные услуги.',
          en: 'To provide you with individual services.',
        },
        cites: ['2.2'],
      },
      {
        id: 'purposes-communication',
        text: {
          ru: 'Чтобы связываться с вами: присылать уведомления, запросы и сведения о пользовании сайтом и обрабатывать ваши запросы и заявки.',
          en: 'To contact you: send you notifications, requests and information about using the site, and handle your requests and applications.',
        },
        cites: ['2.3'],
      },
      {
        id: 'purposes-improvement',
        text: {
          ru: 'Чтобы улучшать сервисы, делать их удобнее и разрабатывать новые.',
          en: 'To improve the services, make them easier to use and develop new ones.',
        },
        cites: ['2.4'],
      },
      {
        id: 'purposes-research',
        text: {
          ru: 'Для статистических и других исследований на обезличенных данных.',
          en: 'For statistical and other research on anonymised data.',
        },
        cites: ['2.5'],
      },
    ],

    sharing: [
      {
        id: 'sharing-confidentiality',
        text: {
          ru: 'Ваши данные держат в тайне, кроме тех сведений, которые вы сами открыли для всех.',
          en: 'Your data is kept confidential, except information you have yourself made public to everyone.',
        },
        cites: ['3'],
        quote: {
          ru: 'сохраняется ее конфиденциальность, кроме случаев добровольного предоставления Пользователем информации о себе для общего доступа неограниченному кругу лиц',
          en: 'its confidentiality is maintained, except where the User voluntarily provides information about himself or herself for general access by an unlimited number of persons',
        },
      },
      {
        id: 'sharing-with-consent',
        text: {
          ru: 'Третьим лицам данные могут передать, если вы на это согласились. Как именно спрашивают такое согласие, политика не говорит.',
          en: 'Your data may be passed to third parties if you have agreed to it. The policy does not say how that agreement is asked for.',
        },
        cites: ['3', '3.1'],
        quote: { ru: 'Пользователь согласился на такие действия', en: 'The User has agreed to such actions' },
      },
      {
        id: 'sharing-required-by-law',
        text: {
          ru: 'Данные могут передать третьим лицам и тогда, когда это предусматривает российское или иное применимое законодательство, в установленном им порядке.',
          en: 'Your data may also be passed to third parties where Russian or other applicable law provides for it, following the procedure that law sets.',
        },
        cites: ['3', '3.2'],
        quote: {
          ru: 'Передача предусмотрена российским или иным применимым законодательством в рамках установленной законодательством процедуры',
          en: 'The transfer is provided for by Russian or other applicable legislation within a procedure established by legislation',
        },
      },
      {
        id: 'sharing-state-bodies',
        text: {
          ru: 'Изменённые или удалённые вами данные могут передать государственному органу в установленном законом порядке.',
          en: 'Data you have changed or deleted may be handed to a state body under the procedure set by law.',
        },
        cites: ['4.3'],
        quote: {
          ru: 'передать такую информацию в соответствии с законодательно установленной процедурой государственному органу',
          en: 'transfer such information to a state body in accordance with the procedure established by law',
        },
      },
      {
        id: 'sharing-affiliates',
        text: {
          ru: 'Сведения о вас могут получать и аффилированные лица оператора. Кто они, политика не называет, но спросить об этом оператора вы вправе: сведения о лицах, которым могут быть раскрыты ваши данные, входят в то, что он сообщает по запросу (ч. 7 ст. 14 Закона № 152-ФЗ).',
          en: "The operator's affiliates may also receive information about you. The policy does not name them, but you may ask the operator: who may have your data disclosed to them is part of what it must tell you on request (Art. 14(7) of Law No. 152-FZ).",
        },
        cites: ['preamble'],
        quote: {
          ru: 'ИП ИП Ворсов А.А. и/или его аффилированные лица, могут получить о Пользователе',
          en: 'IP IP Vorsov A.A. and/or his affiliates may obtain about the User',
        },
      },
    ],

    retention: [
      {
        id: 'retention-no-period',
        text: {
          ru: 'Политика не называет срок, в течение которого хранятся ваши данные. Тогда действует общее правило закона: данные хранят не дольше, чем этого требуют цели обработки, и уничтожают (или обезличивают) по достижении цели обработки, если иное не предусмотрено договором или законом (ч. 7 ст. 5, ч. 4 ст. 21 Закона № 152-ФЗ).',
          en: 'The policy states no period for which your data is kept. The general rule of the law then applies: data is kept no longer than its purposes require and is destroyed (or anonymised) once the purpose of processing is reached, unless a contract or a law provides otherwise (Art. 5(7), Art. 21(4) of Law No. 152-FZ).',
        },
        cites: ['2', '4.3'],
      },
      {
        id: 'retention-by-law',
        text: {
          ru: 'Она упоминает только хранение «в течение определенного законом срока» там, где его требует закон, в том числе данных, которые вы изменили или удалили. Какой это закон и какой срок, не сказано.',
          en: 'It only mentions keeping data «в течение определенного законом срока» (for a period set by law) where the law requires it, including data you have changed or deleted. Which law and what period are not said.',
        },
        cites: ['2', '4', '4.3'],
        quote: {
          ru: 'сохранить измененную или удаленную Пользователем информацию на срок, установленный законодательством',
          en: 'keep information changed or deleted by the User for the period established by legislation',
        },
      },
    ],

    rights: [
      {
        id: 'rights-correction',
        request: 'correction',
        text: {
          ru: 'Данные, которые вы предоставили сами, вы можете в любой момент изменить или дополнить в разделе редактирования на сайте.',
          en: 'The data you provided yourself you can change or add to at any time, in the editing section of the site.',
        },
        cites: ['4', '4.1'],
        quote: {
          ru: 'Пользователь может в любой момент изменить (обновить, дополнить) предоставленную им персональную информацию или её часть',
          en: 'The User may at any time change (update, supplement) the personal information he or she has provided, or part of it',
        },
      },
      {
        id: 'rights-deletion',
        request: 'deletion',
        text: {
          ru: 'Удалить данные, предоставленные в рамках своей учётной записи, можно, написав запрос в службу поддержки сайта. Для других данных (например, имени и телефона из формы заказа) политика такого способа не даёт.',
          en: "You can delete the data you provided within your account by writing a request to the site's support service. For other data (such as a name and phone number from an order form) the policy gives no such way.",
        },
        cites: ['4', '4.2'],
        quote: {
          ru: 'написав запрос в службу поддержки сайта expert.plus',
          en: 'by writing a request to the support service of the website expert.plus',
        },
      },
      {
        id: 'rights-limited-by-law',
        text: {
          ru: 'Оба этих права закон может ограничить: например, сайт может быть обязан сохранить изменённые или удалённые данные на установленный законом срок и передать их государственному органу.',
          en: 'The law may limit both of these rights: for example, the site may be obliged to keep changed or deleted data for a period set by law and hand it to a state body.',
        },
        cites: ['4.3'],
        quote: {
          ru: 'Права, предусмотренные пп. 4.1. и 4.2. настоящей Политики могут быть ограничены в соответствии с требованиями законодательства.',
          en: 'The rights provided for in clauses 4.1 and 4.2 of this Policy may be limited in accordance with the requirements of legislation.',
        },
      },
      {
        id: 'rights-access-from-law',
        request: 'access',
        text: {
          ru: 'Политика об этом не пишет, но это право даёт закон «О персональных данных», которым она обещает руководствоваться: вы можете запросить, какие ваши данные обрабатываются, зачем и как (ст. 14 Закона № 152-ФЗ).',
          en: 'The policy does not mention it, but the law it promises to follow, the Personal Data Law, gives you this right: you can ask which of your data is processed, why and how (Art. 14 of Law No. 152-FZ).',
        },
        cites: ['3.2'],
        quote: {
          ru: 'руководствуется Федеральным законом РФ «О персональных данных»',
          en: 'is guided by the Federal Law of the Russian Federation "On Personal Data"',
        },
      },
      {
        id: 'rights-withdraw-consent-from-law',
        request: 'withdraw-consent',
        text: {
          ru: 'Политика не говорит, как отозвать согласие на обработку данных, но закон «О персональных данных» такое право даёт (ч. 2 ст. 9 Закона № 152-ФЗ). После отзыва обрабатывать данные можно, только если на это есть другое основание в законе.',
          en: 'The policy does not say how to withdraw your consent to processing, but the Personal Data Law gives you that right (Art. 9(2) of Law No. 152-FZ). After you withdraw it, your data may be processed only where the law gives another ground.',
        },
        cites: ['3.2'],
        quote: {
          ru: 'руководствуется Федеральным законом РФ «О персональных данных»',
          en: 'is guided by the Federal Law of the Russian Federation "On Personal Data"',
        },
      },
      {
        id: 'rights-stop-processing-from-law',
        request: 'stop-processing',
        text: {
          ru: 'Политика об этом не пишет, но закон даёт право потребовать прекратить обработку ваших данных: оператор должен сделать это в течение 10 рабочих дней, кроме случаев, которые закон перечисляет (ч. 5.1 ст. 21 Закона № 152-ФЗ).',
          en: 'The policy does not mention it, but the law lets you demand that processing of your data stop: the operator must stop within 10 working days, except in the cases the law lists (Art. 21(5.1) of Law No. 152-FZ).',
        },
        cites: ['3.2'],
        quote: {
          ru: 'руководствуется Федеральным законом РФ «О персональных данных»',
          en: 'is guided by the Federal Law of the Russian Federation "On Personal Data"',
        },
      },
      {
        id: 'rights-stop-marketing-from-law',
        request: 'stop-marketing',
        text: {
          ru: 'Политика об этом не пишет, но закон даёт право потребовать прекратить рекламные рассылки и звонки, и оператор обязан прекратить их немедленно (ч. 2 ст. 15 Закона № 152-ФЗ).',
          en: 'The policy does not mention it, but the law lets you demand an end to marketing messages and calls, and the operator must stop them immediately (Art. 15(2) of Law No. 152-FZ).',
        },
        cites: ['2.3', '3.2'],
        quote: {
          ru: 'руководствуется Федеральным законом РФ «О персональных данных»',
          en: 'is guided by the Federal Law of the Russian Federation "On Personal Data"',
        },
      },
      {
        id: 'rights-complaint-from-law',
        text: {
          ru: 'Политика об этом не пишет, но если оператор не исполнит ваш запрос, закон позволяет пожаловаться в Роскомнадзор или обратиться в суд (ч. 1 ст. 17 Закона № 152-ФЗ).',
          en: 'The policy does not mention it, but if the operator does not meet your request, the law lets you complain to Roskomnadzor or go to court (Art. 17(1) of Law No. 152-FZ).',
        },
        cites: ['3.2'],
        quote: {
          ru: 'руководствуется Федеральным законом РФ «О персональных данных»',
          en: 'is guided by the Federal Law of the Russian Federation "On Personal Data"',
        },
      },
    ],

    security: [
      {
        id: 'security-measures',
        text: {
          ru: 'Сайт обещает «необходимые и достаточные» организационные и технические меры защиты ваших данных от неправомерного или случайного доступа, уничтожения, изменения, блокирования, копирования, распространения и от иных неправомерных действий третьих лиц. Какие это меры, не сказано.',
          en: 'The site promises «необходимые и достаточные» ("necessary and sufficient") organisational and technical measures to protect your data from unlawful or accidental access, destruction, alteration, blocking, copying, dissemination and other unlawful acts of third parties. What the measures are is not said.',
        },
        cites: ['5', '5.1'],
        quote: {
          ru: 'принимает необходимые и достаточные организационные и технические меры для защиты персональной информации Пользователя',
          en: "takes the necessary and sufficient organisational and technical measures to protect the User's personal information",
        },
      },
    ],

    consent: [
      {
        id: 'consent-by-use',
        text: {
          ru: 'Само пользование сайтом политика считает безоговорочным согласием с ней и с условиями обработки ваших данных.',
          en: 'The policy treats the mere use of the site as unconditional consent to it and to the terms on which your data is processed.',
        },
        cites: ['consent'],
        quote: {
          ru: 'Использование сервисов expert.plus означает безоговорочное согласие Пользователя с настоящей Политикой и указанными в ней условиями обработки его персональной информации',
          en: "Use of the expert.plus services means the User's unconditional consent to this Policy and to the terms for processing the User's personal information set out in it",
        },
      },
      {
        id: 'consent-refuse-by-leaving',
        text: {
          ru: 'Если вы не согласны, политика требует одного: не пользоваться сайтом.',
          en: 'If you disagree, the policy asks only one thing of you: not to use the site.',
        },
        cites: ['consent'],
        quote: {
          ru: 'в случае несогласия с этими условиями Пользователь должен воздержаться от использования Сервисов',
          en: 'if the User does not agree with these terms, the User must refrain from using the Services',
        },
      },
    ],

    changes: [
      {
        id: 'changes-no-procedure',
        text: {
          ru: 'Политика не говорит, может ли она меняться, и не обещает сообщать вам об изменениях. У текста нет ни даты, ни номера редакции.',
          en: 'The policy does not say whether it may change and does not promise to tell you about changes. The text carries no date or version number.',
        },
        cites: ['preamble', 'consent'],
      },
    ],

    contacts: [
      {
        id: 'contacts-none',
        text: {
          ru: 'Политика не даёт никаких контактов оператора: ни e-mail, ни почтового адреса, ни телефона, ни ИНН или ОГРНИП. Оператор назван только как «ИП ИП Ворсов А.А.».',
          en: 'The policy gives no contact details for the operator at all: no e-mail, postal address or phone, and no tax or registration number (INN, OGRNIP). The operator is named only as «ИП ИП Ворсов А.А.».',
        },
        cites: ['preamble'],
        quote: { ru: 'ИП ИП Ворсов А.А.', en: 'IP IP Vorsov A.A.' },
      },
      {
        id: 'contacts-support-service',
        text: {
          ru: 'Запросы на удаление данных политика направляет в «службу поддержки сайта» expert.plus, но не говорит, как с ней связаться.',
          en: 'The policy sends deletion requests to the «службу поддержки сайта» (site support service) of expert.plus but does not say how to reach it.',
        },
        cites: ['4.2'],
        quote: {
          ru: 'написав запрос в службу поддержки сайта expert.plus',
          en: 'by writing a request to the support service of the website expert.plus',
        },
      },
    ],
  },

  attention: [
    {
      id: 'attention-consent-by-use',
      severity: 'high',
      text: {
        ru: 'Согласие на обработку данных вы даёте самим пользованием сайтом.',
        en: 'You give consent to the processing of your data simply by using the site.',
      },
      reason: {
        ru: 'Вы считаетесь согласившимся, даже если политику не читали. А закон (в редакции, действующей с 01.09.2022) требует, чтобы согласие было «конкретным, предметным, информированным, сознательным и однозначным» (ч. 1 ст. 9 Закона № 152-ФЗ).',
        en: 'You count as having agreed even if you never read the policy, while the law (as in force since 1 Sept 2022) requires consent to be specific, substantive, informed, conscious and unambiguous (Art. 9(1) of Law No. 152-FZ).',
      },
      cites: ['consent'],
      quote: {
        ru: 'означает безоговорочное согласие Пользователя с настоящей Политикой',
        en: "means the User's unconditional consent to this Policy",
      },
    },
    {
      id: 'attention-no-retention-period',
      severity: 'high',
      text: {
        ru: 'Срок хранения данных не указан.',
        en: 'No retention period is given.',
      },
      reason: {
        ru: 'Нельзя узнать, когда ваши данные удалят, если вы не попросите сами; политика ссылается лишь на срок, «установленный законодательством», не называя его.',
        en: 'You cannot tell when your data will be deleted unless you ask; the policy refers only to a period "established by legislation" without naming it.',
      },
      cites: ['2', '4.3'],
    },
    {
      id: 'attention-no-support-address',
      severity: 'high',
      text: {
        ru: 'Для удаления нужен запрос в службу поддержки, но её адреса в политике нет.',
        en: 'Deletion needs a request to the support service, yet the policy gives no address for it.',
      },
      reason: {
        ru: 'Единственный описанный способ удалить данные требует контакта, которого политика не даёт: его придётся искать на сайте.',
        en: 'The only described way to delete your data needs a contact the policy does not give: you will have to find it on the site.',
      },
      cites: ['4.2'],
      quote: {
        ru: 'написав запрос в службу поддержки сайта expert.plus',
        en: 'by writing a request to the support service of the website expert.plus',
      },
    },
    {
      id: 'attention-unnamed-affiliates',
      severity: 'medium',
      text: {
        ru: 'Данные могут получать аффилированные лица, не названные по именам.',
        en: 'Unnamed affiliates may receive your data.',
      },
      reason: {
        ru: 'Из политики не узнать, у кого ещё окажутся ваши данные. Но спросить об этом оператора вы вправе (ч. 7 ст. 14 Закона № 152-ФЗ): запрос «Узнать, что обо мне хранят» просит назвать этих лиц.',
        en: 'The policy does not tell you who else may end up with your data. But you may ask the operator (Art. 14(7) of Law No. 152-FZ): the "Find out what they hold about me" request asks it to name them.',
      },
      cites: ['preamble'],
      quote: { ru: 'и/или его аффилированные лица', en: 'and/or his affiliates' },
    },
    {
      id: 'attention-automatic-collection',
      severity: 'medium',
      text: {
        ru: 'Сведения собираются автоматически — в том числе IP-адрес, cookie и сведения о браузере; список открытый.',
        en: 'Data is collected automatically, including your IP address, cookies and browser details; the list is open.',
      },
      reason: {
        ru: 'Политика не описывает, как от этого отказаться.',
        en: 'The policy describes no way to refuse this.',
      },
      cites: ['1.2'],
      quote: {
        ru: 'Информация, которая автоматически передается expert.plus',
        en: 'Information that is transmitted to expert.plus automatically',
      },
    },
    {
      id: 'attention-no-change-procedure',
      severity: 'medium',
      text: {
        ru: 'Нет порядка изменения политики и уведомления о нём.',
        en: 'There is no procedure for changing the policy or notifying users.',
      },
      reason: {
        ru: 'Текст могут поменять незаметно для вас, а согласием по-прежнему будет считаться само пользование сайтом.',
        en: 'The text could change without you noticing, while using the site would still count as consent.',
      },
      cites: ['preamble', 'consent'],
    },
    {
      id: 'attention-no-operator-details',
      severity: 'medium',
      text: {
        ru: 'Нет реквизитов оператора: ни ИНН, ни ОГРНИП, ни адреса; имя записано как «ИП ИП Ворсов А.А.».',
        en: 'No details of the operator: no INN, OGRNIP or address; the name is written «ИП ИП Ворсов А.А.» ("IP" twice).',
      },
      reason: {
        ru: 'Трудно точно установить, кто отвечает за ваши данные и куда направлять претензию.',
        en: 'It is hard to establish exactly who is responsible for your data and where to send a complaint.',
      },
      cites: ['preamble'],
      quote: { ru: 'ИП ИП Ворсов А.А.', en: 'IP IP Vorsov A.A.' },
    },
    {
      id: 'attention-no-verification',
      severity: 'low',
      text: {
        ru: 'Сайт не проверяет достоверность данных, которые ему сообщают, и не может оценить дееспособность пользователя.',
        en: "The site does not check whether the data it is given is accurate, and cannot assess a user's legal capacity.",
      },
      reason: {
        ru: 'На сайте могут оказаться неточные данные о вас, а следить за их актуальностью политика оставляет вам. По закону же точность данных обязан обеспечивать оператор (ч. 6 ст. 5 Закона № 152-ФЗ).',
        en: 'Inaccurate data about you may end up on the site, and the policy leaves it to you to keep it up to date. Under the law, though, keeping data accurate is the operator’s duty (Art. 5(6) of Law No. 152-FZ).',
      },
      cites: ['1.4'],
      quote: {
        ru: 'expert.plus не проверяет достоверность персональной информации, предоставляемой Пользователем, и не может оценивать его дееспособность',
        en: "expert.plus does not verify the accuracy of the personal information provided by the User and cannot assess the User's legal capacity",
      },
    },
    {
      id: 'attention-anonymised-research',
      severity: 'low',
      text: {
        ru: 'Данные используют для статистических и иных исследований в обезличенном виде.',
        en: 'Your data is used, anonymised, for statistical and other research.',
      },
      reason: {
        ru: 'Не сказано, какие это исследования, кто их проводит и как данные обезличивают.',
        en: 'It is not said what research this is, who carries it out, or how the data is anonymised.',
      },
      cites: ['2.5'],
      quote: {
        ru: 'Проведение статистических и иных исследований на основе обезличенных данных.',
        en: 'Conducting statistical and other research on the basis of anonymised data.',
      },
    },
  ],

  requestBases: {
    deletion: ['4.2', '4.3', '1.1', '1.2', '1.3', '3.2', 'preamble'],
    'withdraw-consent': ['consent', '3.1', '3.2'],
    access: ['1.1', '1.2', '1.3', '2', '3', '3.2'],
    correction: ['4.1', '1.4', '4.3', '3.2'],
    'stop-processing': ['consent', '2', '3.2'],
    'stop-marketing': ['2.3', '3.2'],
  },
};

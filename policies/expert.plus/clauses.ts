// The clauses of the expert.plus policy. Their Russian text is sliced from source.ru.txt; this file adds
// the English renderings (faithful, not smoothed: the policy's run-on headings stay run-on) and the
// titles of the section headings.

import { type ClauseRendering, clausesFromSource } from '../clauses';
import source from './source.ru.txt?raw';

export { source };

const paragraphs = [
  { id: 'preamble', label: { ru: 'преамбула', en: 'preamble' } },
  { id: 'consent', label: { ru: 'абз. 2 преамбулы', en: 'para. 2 of the preamble' } },
] as const;

const renderings: Record<string, ClauseRendering> = {
  preamble: {
    en:
      'The Privacy Policy for Personal Information (hereinafter, the Policy) applies to all information that ' +
      'IP IP Vorsov A.A. [sic: «ИП», individual entrepreneur, is written twice] and/or his affiliates may ' +
      'obtain about the User while the User uses any of the services (hereinafter, the Service), facilities, ' +
      'forums, products or services of the website https://expert.plus (hereinafter, expert.plus), and in the ' +
      'course of expert.plus performing any agreements and contracts with the User.',
  },
  consent: {
    en:
      "Use of the expert.plus services means the User's unconditional consent to this Policy and to the terms " +
      "for processing the User's personal information set out in it; if the User does not agree with these " +
      'terms, the User must refrain from using the Services.',
  },
  '1': {
    title: {
      ru: 'Персональная информация Пользователей, которую обрабатывает expert.plus',
      en: "Users' personal information that expert.plus processes",
    },
    en:
      "Users' personal information that expert.plus processes. Within this Policy, \"the User's personal " +
      'information" means:',
  },
  '1.1': {
    en:
      'Personal information that the User provides about himself or herself when registering (creating an ' +
      "account) or while using the Services, including the User's personal data. Information that is " +
      'required for providing the Services is specially marked. Other information is provided by the User ' +
      'at his or her discretion.',
  },
  '1.2': {
    en:
      'Information that is transmitted to expert.plus automatically in the course of its use by means of ' +
      "software installed on the User's device, including the IP address, cookie data, and information about " +
      "the User's browser (or other program used to access the services).",
  },
  '1.3': {
    en:
      'Data provided to the site for the purpose of rendering services and/or selling goods and/or providing ' +
      'other value to the visitors of the site, in accordance with the activity of this resource: name, ' +
      'telephone. This Policy applies only to information processed in the course of working with the ' +
      'website expert.plus.',
  },
  '1.4': {
    en:
      'expert.plus does not verify the accuracy of the personal information provided by the User and cannot ' +
      "assess the User's legal capacity. However, expert.plus proceeds from the assumption that the user " +
      'provides accurate and sufficient personal information and keeps this information up to date.',
  },
  '2': {
    title: {
      ru: 'Цели обработки персональной информации Пользователей',
      en: "Purposes of processing Users' personal information",
    },
    en:
      "Purposes of processing Users' personal information. expert.plus collects and stores only the personal " +
      'information that is necessary for providing the Services or performing agreements and contracts with ' +
      'the User, except where legislation requires personal information to be stored for a period set by ' +
      "law. expert.plus processes the User's personal information for the following purposes:",
  },
  '2.1': { en: 'Identifying the party in the course of working with expert.plus;' },
  '2.2': { en: 'Providing the User with individual services;' },
  '2.3': {
    en:
      'Communicating with the User, including sending notifications, requests and information concerning ' +
      'the use of expert.plus, and processing requests and applications from the User;',
  },
  '2.4': { en: 'Improving the quality of the Services and their ease of use, and developing new Services;' },
  '2.5': { en: 'Conducting statistical and other research on the basis of anonymised data.' },
  '3': {
    title: {
      ru: 'Условия обработки персональной информации Пользователей и её передачи третьим лицам',
      en: "Terms of processing Users' personal information and of its transfer to third parties",
    },
    en:
      "Terms of processing Users' personal information and of its transfer to third parties. The " +
      "confidentiality of the User's personal information is maintained, except where the User voluntarily " +
      'provides information about himself or herself for general access by an unlimited number of persons. ' +
      "expert.plus has the right to transfer the User's personal information to third parties in the " +
      'following cases:',
  },
  '3.1': { en: 'The User has agreed to such actions;' },
  '3.2': {
    en:
      'The transfer is provided for by Russian or other applicable legislation within a procedure ' +
      "established by legislation; In processing Users' personal data, expert.plus is guided by the Federal " +
      'Law of the Russian Federation "On Personal Data".',
  },
  '4': {
    title: {
      ru: 'Изменение и удаление персональной информации. Обязательное хранение данных',
      en: 'Changing and deleting personal information. Mandatory data retention',
    },
    en: 'Changing and deleting personal information. Mandatory data retention',
  },
  '4.1': {
    en:
      'The User may at any time change (update, supplement) the personal information he or she has ' +
      'provided, or part of it, by using the personal data editing function in the relevant section of the ' +
      'Service',
  },
  '4.2': {
    en:
      'The User may also delete the personal information he or she has provided within a particular ' +
      'account by writing a request to the support service of the website expert.plus',
  },
  '4.3': {
    en:
      'The rights provided for in clauses 4.1 and 4.2 of this Policy may be limited in accordance with the ' +
      'requirements of legislation. In particular, such limitations may include an obligation of expert.plus ' +
      'to keep information changed or deleted by the User for the period established by legislation and to ' +
      'transfer such information to a state body in accordance with the procedure established by law.',
  },
  '5': {
    title: {
      ru: 'Меры, применяемые для защиты персональной информации Пользователя',
      en: "Measures used to protect the User's personal information",
    },
    en: "Measures used to protect the User's personal information",
  },
  '5.1': {
    en:
      'expert.plus takes the necessary and sufficient organisational and technical measures to protect the ' +
      "User's personal information from unlawful or accidental access, destruction, alteration, blocking, " +
      'copying, dissemination, and from other unlawful actions of third parties with it.',
  },
};

export const clauses = clausesFromSource(source, paragraphs, renderings);

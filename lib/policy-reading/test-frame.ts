// For tests only: a minimal frame that reads as a policy, so each test shows only the clause it is about.
import { readPolicy } from './index';

export const HEAD = 'Политика обработки персональных данных\n\n1. Общие положения\n\n';
export const TAIL =
  '\n\n9. Заключительные положения\n\n9.1. Настоящая Политика определяет порядок обработки персональных данных и меры по защите персональных данных пользователей сайта.';
export const read = (body: string) => readPolicy(`${HEAD}${body}${TAIL}`);

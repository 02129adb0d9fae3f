import { describe, expect, it } from 'vitest';
import { formatDate } from './date';

describe('formatDate', () => {
  it('writes a date as a Russian or English reader does', () => {
    expect(formatDate('2026-10-07', 'ru')).toBe('7 октября 2026');
    expect(formatDate('2026-10-07', 'en')).toBe('7 Oct 2026');
    expect(formatDate('2027-01-31', 'ru')).toBe('31 января 2027');
    expect(formatDate('2027-05-01', 'en')).toBe('1 May 2027');
  });

  it('shows anything that is not an ISO date as it is', () => {
    for (const text of ['', '2026-13-01', '2026-10-00', '07.10.2026', 'soon']) {
      expect(formatDate(text, 'ru')).toBe(text);
    }
  });
});

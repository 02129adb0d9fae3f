import { describe, expect, it } from 'vitest';
import { checksum, findNumbers, isValidInn, isValidOgrn } from './numbers';

// Check digits computed by hand from the ФНС rules (weights 2,4,10,3,5,9,4,6,8 for a 10-digit ИНН; 7,2,4,10,…
// and 3,7,2,4,10,… for a 12-digit one; ОГРН mod 11, ОГРНИП mod 13), for invented numbers.
describe('ИНН / ОГРН check digits', () => {
  it('accepts numbers whose check digits hold', () => {
    // 7·… : 7712345671 — sum 2·7+4·7+10·1+3·2+5·3+9·4+4·5+6·6+8·7 = 221; 221 mod 11 = 1 → last digit 1.
    expect(isValidInn('7712345671')).toBe(true);
    expect(isValidInn('500123456750')).toBe(true);
    expect(isValidOgrn('1027700123450')).toBe(true);
    expect(isValidOgrn('304500116000124')).toBe(true);
  });

  it('rejects a number with one digit changed', () => {
    expect(isValidInn('7712345672')).toBe(false);
    expect(isValidInn('500123456751')).toBe(false);
    expect(isValidInn('500123456760')).toBe(false);
    expect(isValidOgrn('1027700123451')).toBe(false);
    expect(isValidOgrn('304500116000125')).toBe(false);
    expect(checksum('inn', '7712345672')).toBe('invalid');
    expect(checksum('ogrn', '1027700123450')).toBe('valid');
  });

  it('rejects wrong lengths and non-digits', () => {
    expect(isValidInn('771234567')).toBe(false);
    expect(isValidInn('77123456711')).toBe(false);
    expect(isValidInn('77123456x1')).toBe(false);
    expect(isValidOgrn('10277001234')).toBe(false);
    expect(isValidOgrn('10277001234500')).toBe(false);
  });
});

describe('finding labelled numbers', () => {
  it('finds ИНН, ОГРН and ОГРНИП after their labels, with punctuation and spaces', () => {
    const hits = findNumbers('инн: 7712345671, огрн № 1027700123450; огрнип 304 500 116 000 124');
    expect(hits.map((h) => [h.kind, h.digits])).toEqual([
      ['inn', '7712345671'],
      ['ogrn', '1027700123450'],
      ['ogrn', '304500116000124'],
    ]);
  });

  it('ignores an ИНН of the wrong length', () => {
    expect(findNumbers('инн 77123456711')).toEqual([]);
    expect(findNumbers('инн 771234567')).toEqual([]);
  });

  it('does not take a 13-digit run inside a phone number or an account for an ОГРН', () => {
    expect(findNumbers('телефон: +7 1027700123450, р/с 40702810900001027700')).toEqual([]);
  });

  it('does not take the label alone (a list of data categories) for a number', () => {
    expect(findNumbers('наименование, инн, огрн покупателя;')).toEqual([]);
  });
});

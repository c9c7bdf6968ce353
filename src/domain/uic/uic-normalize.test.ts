import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeUicAnswer } from './uic-normalize';

const ACCENTS = ['\u0301', '\u0300', '\u0302', '\u0303', '\u0308', '\u0327'];
const SEPARATORS = [' ', '-', "'", '.', '\t', '’'];

/** Plain names (A–Z) with accents, separators and random case mixed in. */
const decoratedName = fc
  .array(
    fc.record({
      letter: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
      lower: fc.boolean(),
      accent: fc.option(fc.constantFrom(...ACCENTS), { nil: undefined }),
      separator: fc.option(fc.constantFrom(...SEPARATORS), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 20 },
  )
  .map((chars) => ({
    plain: chars.map((c) => c.letter).join(''),
    decorated: chars
      .map((c) => (c.lower ? c.letter.toLowerCase() : c.letter) + (c.accent ?? '') + (c.separator ?? ''))
      .join('')
      .normalize('NFC'),
  }));

describe('normalizeUicAnswer', () => {
  it('is idempotent and yields only A–Z and 0–9', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (answer) => {
        const once = normalizeUicAnswer(answer);
        expect(normalizeUicAnswer(once)).toBe(once);
        expect(once).toMatch(/^[A-Z0-9]*$/);
      }),
    );
  });

  it('ignores case, accents, spaces and punctuation', () => {
    fc.assert(
      fc.property(decoratedName, ({ plain, decorated }) => {
        expect(normalizeUicAnswer(decorated)).toBe(plain);
      }),
    );
  });

  it.each([
    ['María José', 'MARIAJOSE'],
    ['  josé  ', 'JOSE'],
    ['Peña', 'PENA'],
    ['NÚÑEZ', 'NUNEZ'],
    ['Conceição', 'CONCEICAO'],
    ["D'Ávila", 'DAVILA'],
    ['Jean-Luc', 'JEANLUC'],
    ['Øster Ærø', 'OSTERAERO'],
    ['Straße', 'STRASSE'],
    ['ｍａｒｉａ', 'MARIA'],
    ['03', '03'],
    ['', ''],
  ])('%s → %s', (answer, expected) => {
    expect(normalizeUicAnswer(answer)).toBe(expected);
  });
});

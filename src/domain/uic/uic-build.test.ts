import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidUicAnswerError, buildUic, isUicCodeShape, uicQuestionsToAsk } from './uic-build';
import { UIC_RECIPES, UIC_RECIPE_IDS } from './uic-recipes';
import type { UicAnswers } from './uic-recipe.types';
import { UicInput } from './uic.schemas';

const { default: DEFAULT, philippines: PH, pasmo: PASMO } = UIC_RECIPES;

describe('default recipe (mother 2 + father 2 + DDMMYYYY)', () => {
  it('builds the code from known answers', () => {
    const built = buildUic(DEFAULT, {
      motherFirstName: 'Ángela',
      fatherFirstName: 'Raúl',
      birthDate: '1994-03-07',
    });
    expect(built).toEqual({ code: 'ANRA07031994', fallbacksUsed: [] });
  });

  it('uses the own initials for an unknown father and records it', () => {
    const built = buildUic(DEFAULT, {
      motherFirstName: 'Rosa',
      fatherFirstName: null,
      ownFirstNameInitial: 'Karla',
      ownSurnameInitial: 'Peña',
      birthDate: '2001-12-31',
    });
    expect(built).toEqual({ code: 'ROKP31122001', fallbacksUsed: ['fatherFirstName'] });
  });

  it('fills an unknown day with 99 and an unknown date with 99999999', () => {
    expect(
      buildUic(DEFAULT, { motherFirstName: 'Ana', fatherFirstName: 'Luis', birthDate: '1990-05' }),
    ).toEqual({
      code: 'ANLU99051990',
      fallbacksUsed: ['birthDate'],
    });
    expect(buildUic(DEFAULT, { motherFirstName: 'Ana', fatherFirstName: 'Luis', birthDate: '' })).toEqual({
      code: 'ANLU99999999',
      fallbacksUsed: ['birthDate'],
    });
  });

  it('falls back to X when the own initials are unknown too, and records each', () => {
    expect(buildUic(DEFAULT, { birthDate: '1980-01-02' })).toEqual({
      code: 'XXXX02011980',
      fallbacksUsed: ['motherFirstName', 'ownFirstNameInitial', 'ownSurnameInitial', 'fatherFirstName'],
    });
  });
});

describe('Philippines recipe (LINKAGES)', () => {
  // The worked examples of the Philippine HIV UIC guidance.
  it('MA + RE + 01 + 01011970', () => {
    const built = buildUic(PH, {
      motherFirstName: 'Maria Clara',
      fatherFirstName: 'Reymundo',
      birthOrder: '1',
      birthDate: '1970-01-01',
    });
    expect(built).toEqual({ code: 'MARE0101011970', fallbacksUsed: [] });
  });

  it('unknown parents → own initials twice', () => {
    const built = buildUic(PH, {
      motherFirstName: null,
      fatherFirstName: undefined,
      ownFirstNameInitial: 'Miguel',
      ownSurnameInitial: 'Realonda',
      birthOrder: '3',
      birthDate: '1989-09-15',
    });
    expect(built.code).toBe('MRMR0309151989');
    expect(built.fallbacksUsed).toEqual(['motherFirstName', 'fatherFirstName']);
  });

  it('unknown birth order → 99, unknown date → 99999999', () => {
    const built = buildUic(PH, {
      ownFirstNameInitial: 'Anastacio',
      ownSurnameInitial: 'Esperanza',
      birthOrder: null,
      birthDate: null,
    });
    expect(built.code).toBe('AEAE9999999999');
    expect(built.fallbacksUsed).toEqual(['motherFirstName', 'fatherFirstName', 'birthOrder', 'birthDate']);
  });

  it('refuses a birth order outside 1–98 and impossible dates, naming only the question', () => {
    expect(() => buildUic(PH, { birthOrder: '0' })).toThrow(InvalidUicAnswerError);
    expect(() => buildUic(PH, { birthOrder: '99' })).toThrow(/birthOrder/);
    expect(() => buildUic(PH, { birthDate: '1990-02-30' })).toThrow(/birthDate/);
    expect(() => buildUic(PH, { birthDate: '30/02/1990' })).toThrow(InvalidUicAnswerError);
  });
});

describe('PASMO recipe (surname 2 + sex code + DDMMYYYY)', () => {
  it('builds the code from known answers', () => {
    expect(buildUic(PASMO, { surname: 'de la Cruz', sexCode: 'f', birthDate: '1999-11-05' })).toEqual({
      code: 'DEF05111999',
      fallbacksUsed: [],
    });
  });

  it('withheld surname → first 2 letters of the own first name; no sex code → X', () => {
    expect(
      buildUic(PASMO, { surname: '', ownFirstName: 'Yésica', sexCode: null, birthDate: '1999' }),
    ).toEqual({
      code: 'YEX99991999',
      fallbacksUsed: ['surname', 'sexCode', 'birthDate'],
    });
  });

  it('nothing known → XX X 99999999', () => {
    expect(buildUic(PASMO, {})).toEqual({
      code: 'XXX99999999',
      fallbacksUsed: ['surname', 'ownFirstName', 'sexCode', 'birthDate'],
    });
  });

  it('refuses an option the recipe does not offer', () => {
    expect(() => buildUic(PASMO, { sexCode: 'Q' })).toThrow(/sexCode/);
  });
});

describe('helper questions', () => {
  it('asks for the own initials only once a parent is unknown', () => {
    const known = { motherFirstName: 'Ana', fatherFirstName: 'Luis' };
    expect(uicQuestionsToAsk(DEFAULT, known).map((q) => q.id)).toEqual([
      'motherFirstName',
      'fatherFirstName',
      'birthDate',
    ]);
    expect(uicQuestionsToAsk(DEFAULT, { ...known, fatherFirstName: ' - ' }).map((q) => q.id)).toContain(
      'ownSurnameInitial',
    );
  });
});

/** Random answers for any recipe: each question known, unknown, or junk that normalizes to nothing. */
function answersFor(recipeId: (typeof UIC_RECIPE_IDS)[number]): fc.Arbitrary<UicAnswers> {
  const recipe = UIC_RECIPES[recipeId];
  const entries = recipe.questions.map((question) => {
    const unknown = fc.constantFrom(null, undefined, '', ' ', '-');
    let known: fc.Arbitrary<string>;
    switch (question.kind) {
      case 'letters':
        known = fc
          .stringMatching(/^[A-Za-zÁÉÍÓÚÑáéíóúñ ]{1,12}$/)
          .filter((s) => /[A-Za-zÁÉÍÓÚÑáéíóúñ]/.test(s));
        break;
      case 'number':
        known = fc.integer({ min: question.min, max: question.max }).map(String);
        break;
      case 'date':
        known = fc
          .date({ min: new Date('1930-01-01'), max: new Date('2015-12-31'), noInvalidDate: true })
          .chain((d) => fc.constantFrom(10, 7, 4).map((n) => d.toISOString().slice(0, n)));
        break;
      case 'choice':
        known = fc.constantFrom(...question.options.map((o) => o.code.toLowerCase()));
        break;
    }
    return [question.id, fc.oneof(known, unknown)] as const;
  });
  return fc.record(Object.fromEntries(entries));
}

describe('every recipe', () => {
  it.each(UIC_RECIPE_IDS)('%s: codes have the recipe shape and fallbacks are recorded', (recipeId) => {
    const recipe = UIC_RECIPES[recipeId];
    fc.assert(
      fc.property(answersFor(recipeId), (answers) => {
        const built = buildUic(recipe, answers);
        expect(isUicCodeShape(recipe, built.code)).toBe(true);
        expect(UicInput.safeParse({ recipeId, ...built }).success).toBe(true);
        for (const id of recipe.parts) {
          const raw = answers[id];
          const unknown = raw == null || raw.trim() === '' || raw.trim() === '-';
          if (unknown) expect(built.fallbacksUsed).toContain(id);
        }
      }),
    );
  });

  it.each(UIC_RECIPE_IDS)('%s: the code ignores case, accents and spaces in the answers', (recipeId) => {
    const recipe = UIC_RECIPES[recipeId];
    fc.assert(
      fc.property(answersFor(recipeId), (answers) => {
        const messy = Object.fromEntries(
          Object.entries(answers).map(([id, raw]) => [id, raw == null ? raw : ` ${raw.toLowerCase()} `]),
        );
        const accented = Object.fromEntries(
          Object.entries(answers).map(([id, raw]) => [id, raw?.replace(/A/g, 'Á').replace(/n/g, 'ñ')]),
        );
        const reference = buildUic(recipe, answers);
        expect(buildUic(recipe, messy)).toEqual(reference);
        expect(buildUic(recipe, accented)).toEqual(reference);
      }),
    );
  });

  it.each(UIC_RECIPE_IDS)('%s: rejects codes of the wrong shape', (recipeId) => {
    const recipe = UIC_RECIPES[recipeId];
    const { code } = buildUic(recipe, {});
    expect(isUicCodeShape(recipe, code)).toBe(true);
    expect(isUicCodeShape(recipe, `${code}0`)).toBe(false);
    expect(isUicCodeShape(recipe, code.slice(1))).toBe(false);
    expect(isUicCodeShape(recipe, code.toLowerCase())).toBe(false);
    expect(isUicCodeShape(recipe, '')).toBe(false);
  });

  it('recipes are distinct in their shapes where they could be confused', () => {
    expect(isUicCodeShape(PH, 'ANRA07031994')).toBe(false);
    expect(isUicCodeShape(DEFAULT, 'MARE0101011970')).toBe(false);
  });
});

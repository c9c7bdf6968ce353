import { z } from 'zod';
import type { UicQuestion, UicRecipe } from './uic-recipe.types';

/*
 * Shipped recipes (DOMAIN.md §2, LINKAGES/FHI 360 UIC guidelines 2016). A network picks one
 * (`networks.uic_recipe_id`); a code made under one recipe never matches a code made under another.
 */

const PARENT_QUESTIONS = ['motherFirstName', 'fatherFirstName'] as const;

/** Parents' names: the person's own initials stand in when a parent is unknown (LINKAGES PH). */
function parentName(id: (typeof PARENT_QUESTIONS)[number]): UicQuestion {
  return {
    id,
    kind: 'letters',
    length: 2,
    labelKey: `uic.questions.${id}.label`,
    hintKey: `uic.questions.${id}.hint`,
    fallback: { strategy: 'parts', from: ['ownFirstNameInitial', 'ownSurnameInitial'] },
  };
}

/** The person's own initials, asked only when a parent's name is unknown. */
const OWN_INITIALS: readonly UicQuestion[] = [
  {
    id: 'ownFirstNameInitial',
    kind: 'letters',
    length: 1,
    labelKey: 'uic.questions.ownFirstNameInitial.label',
    hintKey: 'uic.questions.ownFirstNameInitial.hint',
    fallback: { strategy: 'constant', value: 'X' },
    onlyWhenUnknown: PARENT_QUESTIONS,
  },
  {
    id: 'ownSurnameInitial',
    kind: 'letters',
    length: 1,
    labelKey: 'uic.questions.ownSurnameInitial.label',
    hintKey: 'uic.questions.ownSurnameInitial.hint',
    fallback: { strategy: 'constant', value: 'X' },
    onlyWhenUnknown: PARENT_QUESTIONS,
  },
];

function birthDate(format: 'DDMMYYYY' | 'MMDDYYYY'): UicQuestion {
  return {
    id: 'birthDate',
    kind: 'date',
    format,
    labelKey: 'uic.questions.birthDate.label',
    hintKey: 'uic.questions.birthDate.hint',
    fallback: { strategy: 'constant', value: '99999999' },
  };
}

/**
 * Default (Latin America): mother's first name (2 letters) + father's first name (2) + birth date
 * DDMMYYYY — 12 characters. Parents' names and the birth date are stable over a life and do not change
 * with a work name, a move or a new document; day-first dates are how the region writes them. Birth
 * order is left out: many people are unsure of it, and the prompt for a possible duplicate already
 * catches the rare siblings born the same day. Fallbacks as in the Philippines recipe.
 */
const DEFAULT_RECIPE: UicRecipe = {
  id: 'default',
  labelKey: 'uic.recipes.default.label',
  descriptionKey: 'uic.recipes.default.description',
  questions: [
    parentName('motherFirstName'),
    parentName('fatherFirstName'),
    ...OWN_INITIALS,
    birthDate('DDMMYYYY'),
  ],
  parts: ['motherFirstName', 'fatherFirstName', 'birthDate'],
};

/**
 * Philippines (LINKAGES): mother's first name (2) + father's first name (2) + birth order (2 digits,
 * on the mother's side) + birth date MMDDYYYY — 14 characters. Unknown parent → own initials (first
 * letter of first name + first letter of surname); unknown birth order → 99; unknown date → 99999999.
 */
const PHILIPPINES_RECIPE: UicRecipe = {
  id: 'philippines',
  labelKey: 'uic.recipes.philippines.label',
  descriptionKey: 'uic.recipes.philippines.description',
  questions: [
    parentName('motherFirstName'),
    parentName('fatherFirstName'),
    ...OWN_INITIALS,
    {
      id: 'birthOrder',
      kind: 'number',
      digits: 2,
      min: 1,
      max: 98,
      labelKey: 'uic.questions.birthOrder.label',
      hintKey: 'uic.questions.birthOrder.hint',
      fallback: { strategy: 'constant', value: '99' },
    },
    birthDate('MMDDYYYY'),
  ],
  parts: ['motherFirstName', 'fatherFirstName', 'birthOrder', 'birthDate'],
};

/**
 * PASMO Central America: first surname (2 letters) + sex code (1) + birth date DDMMYYYY — 11
 * characters. Fallbacks: an unknown or withheld surname → the first 2 letters of the person's own first
 * name (asked only then; a surname is the answer most often refused, a first name the most often
 * given), then XX; no sex code given → X; unknown date → 99999999 (unknown day or month alone → 99).
 * The sex code is what the person says, once, and is kept stable: it is part of a code, not a record
 * of gender identity (which the member record keeps separately).
 */
const PASMO_RECIPE: UicRecipe = {
  id: 'pasmo',
  labelKey: 'uic.recipes.pasmo.label',
  descriptionKey: 'uic.recipes.pasmo.description',
  questions: [
    {
      id: 'surname',
      kind: 'letters',
      length: 2,
      labelKey: 'uic.questions.surname.label',
      hintKey: 'uic.questions.surname.hint',
      fallback: { strategy: 'parts', from: ['ownFirstName'] },
    },
    {
      id: 'ownFirstName',
      kind: 'letters',
      length: 2,
      labelKey: 'uic.questions.ownFirstName.label',
      hintKey: 'uic.questions.ownFirstName.hint',
      fallback: { strategy: 'constant', value: 'XX' },
      onlyWhenUnknown: ['surname'],
    },
    {
      id: 'sexCode',
      kind: 'choice',
      options: [
        { code: 'F', labelKey: 'uic.options.sexCode.F' },
        { code: 'M', labelKey: 'uic.options.sexCode.M' },
        { code: 'T', labelKey: 'uic.options.sexCode.T' },
      ],
      labelKey: 'uic.questions.sexCode.label',
      hintKey: 'uic.questions.sexCode.hint',
      fallback: { strategy: 'constant', value: 'X' },
    },
    birthDate('DDMMYYYY'),
  ],
  parts: ['surname', 'sexCode', 'birthDate'],
};

export const UIC_RECIPES = {
  default: DEFAULT_RECIPE,
  philippines: PHILIPPINES_RECIPE,
  pasmo: PASMO_RECIPE,
} as const satisfies Record<string, UicRecipe>;

export const UIC_RECIPE_IDS = Object.keys(UIC_RECIPES) as [
  keyof typeof UIC_RECIPES,
  ...(keyof typeof UIC_RECIPES)[],
];
export const UicRecipeId = z.enum(UIC_RECIPE_IDS);
export type UicRecipeId = z.infer<typeof UicRecipeId>;
export const DEFAULT_UIC_RECIPE_ID: UicRecipeId = 'default';

export function isUicRecipeId(value: string): value is UicRecipeId {
  return Object.hasOwn(UIC_RECIPES, value);
}

export function getUicRecipe(id: UicRecipeId): UicRecipe {
  return UIC_RECIPES[id];
}

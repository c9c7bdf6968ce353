import { describe, expect, it } from 'vitest';
import en from '../../i18n/en.json';
import es from '../../i18n/es.json';
import ptBR from '../../i18n/pt-BR.json';
import { UIC_RECIPES } from './uic-recipes';

function lookup(catalog: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalog);
}

const keys = Object.values(UIC_RECIPES).flatMap((recipe) => [
  recipe.labelKey,
  recipe.descriptionKey,
  ...recipe.questions.flatMap((question) => [
    question.labelKey,
    question.hintKey,
    ...(question.kind === 'choice' ? question.options.map((option) => option.labelKey) : []),
  ]),
]);

describe('UIC recipe labels', () => {
  it.each([
    ['es', es],
    ['pt-BR', ptBR],
    ['en', en],
  ])('every question, hint and option has a %s string', (_, catalog) => {
    for (const key of keys) expect(typeof lookup(catalog, key), key).toBe('string');
  });

  it('every part and helper of a recipe is one of its questions, and fallbacks fit the part', () => {
    for (const recipe of Object.values(UIC_RECIPES)) {
      const ids = new Set(recipe.questions.map((question) => question.id));
      expect(ids.size).toBe(recipe.questions.length);
      for (const question of recipe.questions) {
        if (question.fallback.strategy === 'parts')
          for (const id of question.fallback.from) expect(ids.has(id), `${recipe.id}.${id}`).toBe(true);
        for (const id of question.onlyWhenUnknown ?? []) expect(ids.has(id)).toBe(true);
      }
      for (const id of recipe.parts) expect(ids.has(id)).toBe(true);
    }
  });
});

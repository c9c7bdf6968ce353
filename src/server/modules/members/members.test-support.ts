import crypto from 'node:crypto';
import {
  buildUic,
  UIC_RECIPES,
  type UicAnswers,
  type UicInput,
  type UicQuestion,
  type UicRecipe,
} from '../../../domain/uic';

export type UicRecipeKey = keyof typeof UIC_RECIPES;

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const randomLetters = (n: number) =>
  Array.from({ length: n }, () => LETTERS[crypto.randomInt(LETTERS.length)]).join('');

function randomAnswer(question: UicQuestion): string {
  switch (question.kind) {
    case 'letters':
      return randomLetters(8);
    case 'number':
      return String(crypto.randomInt(question.min, question.max + 1));
    case 'date': {
      const year = crypto.randomInt(1950, 2006);
      const month = String(crypto.randomInt(1, 13)).padStart(2, '0');
      const day = String(crypto.randomInt(1, 29)).padStart(2, '0');
      return `${year}-${month}-${day}`;
    }
    case 'choice':
      return question.options[crypto.randomInt(question.options.length)]!.code;
  }
}

/** Random answers to every question that makes a part of the code (no fallback needed). */
export function randomUicAnswers(recipe: UicRecipe): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const question of recipe.questions)
    if (!question.onlyWhenUnknown) answers[question.id] = randomAnswer(question);
  return answers;
}

/** What the web sends for these answers (random ones by default), built with the shipped recipe. */
export function testUic(recipeId: UicRecipeKey = 'default', answers?: UicAnswers): UicInput {
  const built = buildUic(UIC_RECIPES[recipeId], answers ?? randomUicAnswers(UIC_RECIPES[recipeId]));
  return { recipeId, code: built.code, fallbacksUsed: built.fallbacksUsed };
}

import type {
  UicAnswers,
  UicChoiceQuestion,
  UicDateQuestion,
  UicNumberQuestion,
  UicQuestion,
  UicRecipe,
} from './uic-recipe.types';
import { normalizeUicAnswer, uicLetters } from './uic-normalize';

/** An answer that cannot be turned into its part. Carries the question id only — never the answer. */
export class InvalidUicAnswerError extends Error {
  constructor(readonly questionId: string) {
    super(`Invalid UIC answer for question "${questionId}"`);
    this.name = 'InvalidUicAnswerError';
  }
}

export interface BuiltUic {
  /** The code. Plaintext: hash it at once, never store, log or show it after the form. */
  code: string;
  /** Ids of the questions whose fallback stood in for an unknown answer, in code order. */
  fallbacksUsed: string[];
}

/** A part built from an answer, or `null` when the answer is unknown. */
type PartResult = { value: string; partialFallback?: boolean } | null;

function questionById(recipe: UicRecipe, id: string): UicQuestion {
  const question = recipe.questions.find((q) => q.id === id);
  if (!question) throw new Error(`UIC recipe "${recipe.id}" has no question "${id}"`);
  return question;
}

function numberPart(question: UicNumberQuestion, raw: string): PartResult {
  const digits = normalizeUicAnswer(raw);
  if (digits === '') return null;
  if (!/^[0-9]+$/.test(digits)) throw new InvalidUicAnswerError(question.id);
  const n = Number(digits);
  if (n < question.min || n > question.max) throw new InvalidUicAnswerError(question.id);
  return { value: String(n).padStart(question.digits, '0') };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; unknown components become 99 / 9999 (a partial fallback). */
function datePart(question: UicDateQuestion, raw: string): PartResult {
  if (normalizeUicAnswer(raw) === '') return null;
  const text = raw.trim();
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) throw new InvalidUicAnswerError(question.id);
  const [, yyyy = '', mm, dd] = match;
  const year = Number(yyyy);
  if (year < 1900 || year > 2099) throw new InvalidUicAnswerError(question.id);
  if (mm !== undefined && (Number(mm) < 1 || Number(mm) > 12)) throw new InvalidUicAnswerError(question.id);
  if (dd !== undefined && (Number(dd) < 1 || Number(dd) > daysInMonth(year, Number(mm))))
    throw new InvalidUicAnswerError(question.id);
  const month = mm ?? '99';
  const day = dd ?? '99';
  const value = question.format === 'DDMMYYYY' ? `${day}${month}${yyyy}` : `${month}${day}${yyyy}`;
  return { value, partialFallback: dd === undefined };
}

function choicePart(question: UicChoiceQuestion, raw: string): PartResult {
  const code = normalizeUicAnswer(raw);
  if (code === '') return null;
  if (!question.options.some((option) => option.code === code)) throw new InvalidUicAnswerError(question.id);
  return { value: code };
}

function answerPart(question: UicQuestion, raw: string | null | undefined): PartResult {
  if (raw === null || raw === undefined) return null;
  switch (question.kind) {
    case 'letters': {
      const letters = uicLetters(raw);
      if (letters === '') return null;
      return { value: letters.slice(0, question.length).padEnd(question.length, 'X') };
    }
    case 'number':
      return numberPart(question, raw);
    case 'date':
      return datePart(question, raw);
    case 'choice':
      return choicePart(question, raw);
  }
}

function buildPart(
  recipe: UicRecipe,
  question: UicQuestion,
  answers: UicAnswers,
  fallbacks: string[],
): string {
  const part = answerPart(question, answers[question.id]);
  if (part) {
    if (part.partialFallback) fallbacks.push(question.id);
    return part.value;
  }
  fallbacks.push(question.id);
  const { fallback } = question;
  if (fallback.strategy === 'constant') return fallback.value;
  return fallback.from.map((id) => buildPart(recipe, questionById(recipe, id), answers, fallbacks)).join('');
}

/**
 * Builds the UIC from the answers, on the device. Unknown answers (missing, null, or nothing left
 * after normalization) take the question's fallback, and the fallback is recorded in `fallbacksUsed`
 * (a helper question that is itself unknown is recorded too, each id once). Throws `InvalidUicAnswerError` for an
 * answer that is present but malformed (a birth order of 0, 31 February, an option not offered).
 */
export function buildUic(recipe: UicRecipe, answers: UicAnswers): BuiltUic {
  const fallbacksUsed: string[] = [];
  const code = recipe.parts
    .map((id) => buildPart(recipe, questionById(recipe, id), answers, fallbacksUsed))
    .join('');
  return { code, fallbacksUsed: [...new Set(fallbacksUsed)] };
}

/** Whether the person answered this question (something is left after normalization). */
export function isUicAnswerKnown(question: UicQuestion, raw: string | null | undefined): boolean {
  if (raw === null || raw === undefined) return false;
  return question.kind === 'letters' ? uicLetters(raw) !== '' : normalizeUicAnswer(raw) !== '';
}

/**
 * The questions to show for these answers: every part question, plus each helper question once one
 * of the questions it stands in for is unknown. The form re-asks this after every answer.
 */
export function uicQuestionsToAsk(recipe: UicRecipe, answers: UicAnswers): UicQuestion[] {
  return recipe.questions.filter((question) => {
    if (!question.onlyWhenUnknown) return true;
    return question.onlyWhenUnknown.some((id) => !isUicAnswerKnown(questionById(recipe, id), answers[id]));
  });
}

const DAY = '(?:0[1-9]|[12][0-9]|3[01]|99)';
const MONTH = '(?:0[1-9]|1[0-2]|99)';
const YEAR = '(?:19[0-9]{2}|20[0-9]{2}|9999)';

function partPattern(recipe: UicRecipe, question: UicQuestion): string {
  const { fallback } = question;
  const alternatives: string[] = [];
  switch (question.kind) {
    case 'letters':
      alternatives.push(`[A-Z]{${question.length}}`);
      break;
    case 'number':
      alternatives.push(`[0-9]{${question.digits}}`);
      break;
    case 'date':
      alternatives.push(question.format === 'DDMMYYYY' ? `${DAY}${MONTH}${YEAR}` : `${MONTH}${DAY}${YEAR}`);
      break;
    case 'choice':
      alternatives.push(...question.options.map((option) => option.code));
      break;
  }
  if (fallback.strategy === 'constant') alternatives.push(fallback.value);
  else alternatives.push(fallback.from.map((id) => partPattern(recipe, questionById(recipe, id))).join(''));
  return `(?:${alternatives.join('|')})`;
}

/** The shape of every code a recipe can produce, anchored. */
export function uicCodePattern(recipe: UicRecipe): RegExp {
  return new RegExp(`^${recipe.parts.map((id) => partPattern(recipe, questionById(recipe, id))).join('')}$`);
}

/** Whether `code` has the shape of a code of this recipe (the server's check of what the web sends). */
export function isUicCodeShape(recipe: UicRecipe, code: string): boolean {
  return uicCodePattern(recipe).test(code);
}

/** Ids a recipe may list in `fallbacksUsed`: every question that has a fallback. */
export function uicFallbackIds(recipe: UicRecipe): string[] {
  return recipe.questions.map((question) => question.id);
}

/**
 * A UIC recipe is data: the questions a promotora asks, in what order their answers make the code,
 * and what stands in for an answer the person does not know. The web renders the questions from this
 * data and the server checks a code's shape against it; nothing else hard-codes a recipe.
 */

/** What stands in for an unknown answer. */
export type UicFallback =
  /** A fixed value of the part's length, e.g. `99` for an unknown birth order. */
  | { readonly strategy: 'constant'; readonly value: string }
  /**
   * The concatenated parts of other (helper) questions, e.g. the person's own initials when a
   * parent's name is unknown. Helper questions are asked only when needed (`onlyWhenUnknown`).
   */
  | { readonly strategy: 'parts'; readonly from: readonly string[] };

interface UicQuestionBase {
  /** Stable id: the key of the answer, and what `fallbacksUsed` lists. */
  readonly id: string;
  /** i18n key (namespace `uic`) of the question as the promotora reads it aloud. */
  readonly labelKey: string;
  /** i18n key of a short help text (how to count, what to do when unknown). */
  readonly hintKey: string;
  readonly fallback: UicFallback;
  /** A helper question, asked only when one of these questions is unknown. */
  readonly onlyWhenUnknown?: readonly string[];
}

/** The first `length` letters of a name, normalized (a shorter name is padded with X). */
export interface UicLettersQuestion extends UicQuestionBase {
  readonly kind: 'letters';
  readonly length: number;
}

/** A whole number written with `digits` digits, zero-padded (`3` → `03`). */
export interface UicNumberQuestion extends UicQuestionBase {
  readonly kind: 'number';
  readonly digits: number;
  readonly min: number;
  readonly max: number;
}

/**
 * A date answered as `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when the day or month is unknown; unknown
 * components are written `99` (`9999` for the year) and count as a fallback.
 */
export interface UicDateQuestion extends UicQuestionBase {
  readonly kind: 'date';
  readonly format: 'DDMMYYYY' | 'MMDDYYYY';
}

export interface UicChoiceOption {
  /** The characters this option puts in the code. */
  readonly code: string;
  readonly labelKey: string;
}

/** One of a few options, each contributing a fixed code of the same length. */
export interface UicChoiceQuestion extends UicQuestionBase {
  readonly kind: 'choice';
  readonly options: readonly UicChoiceOption[];
}

export type UicQuestion = UicLettersQuestion | UicNumberQuestion | UicDateQuestion | UicChoiceQuestion;
export type UicQuestionKind = UicQuestion['kind'];

export interface UicRecipe {
  readonly id: string;
  /** i18n keys (namespace `uic`) of the recipe's name and a one-line description. */
  readonly labelKey: string;
  readonly descriptionKey: string;
  /** Every question, in the order they are asked (helpers after the question they replace). */
  readonly questions: readonly UicQuestion[];
  /** Ids of the questions whose parts make the code, in code order. */
  readonly parts: readonly string[];
}

/** Answers by question id; `null`, `undefined` or an answer that normalizes to nothing = unknown. */
export type UicAnswers = Readonly<Record<string, string | null | undefined>>;

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UicAnswers, UicQuestion, UicRecipe } from '../../../domain/uic';
import { uicQuestionsToAsk } from '../../../domain/uic';
import { Button } from '../../ui/button';

interface UicQuestionsProps {
  recipe: UicRecipe;
  answers: UicAnswers;
  /** The question to show first (e.g. the one whose answer could not be used). */
  startAt?: string | null;
  invalidQuestion?: string | null;
  onAnswer: (questionId: string, answer: string | null) => void;
  onDone: () => void;
  onCancel: () => void;
}

/** Date answers: the three boxes make `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (unknown parts left empty). */
function dateAnswer(day: string, month: string, year: string): string | null {
  const y = year.trim();
  if (!y) return null;
  const m = month.trim();
  const d = day.trim();
  if (!m) return y;
  return d ? `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}` : `${y}-${m.padStart(2, '0')}`;
}

function splitDate(answer: string | null | undefined): { day: string; month: string; year: string } {
  const [year = '', month = '', day = ''] = (answer ?? '').split('-');
  return { day, month, year };
}

/** Day, month and year boxes; the boxes keep what was typed even while the date is incomplete. */
function DateInput({
  value,
  onValue,
  describedBy,
  inputId,
}: {
  value: string | null | undefined;
  onValue: (value: string | null) => void;
  describedBy: string;
  inputId: string;
}) {
  const { t } = useTranslation();
  const [parts, setParts] = useState(() => splitDate(value));
  const set = (change: Partial<typeof parts>) => {
    const next = { ...parts, ...change };
    setParts(next);
    onValue(dateAnswer(next.day, next.month, next.year));
  };
  const box = (key: 'day' | 'month' | 'year', size: number) => (
    <label className="uic__date-part">
      <span className="field__label">{t(`uic.${key}`)}</span>
      <input
        autoComplete="off"
        spellCheck={false}
        id={key === 'day' ? inputId : undefined}
        className="field__input"
        inputMode="numeric"
        maxLength={size}
        aria-describedby={describedBy}
        value={parts[key]}
        onChange={(event) => set({ [key]: event.target.value.replace(/\D/g, '') })}
      />
    </label>
  );
  return (
    <div className="uic__date">
      {box('day', 2)}
      {box('month', 2)}
      {box('year', 4)}
    </div>
  );
}

/** The input of one question. Nothing here is saved: no autocomplete, no spell check, no storage. */
function QuestionInput({
  question,
  value,
  onValue,
  describedBy,
  inputId,
}: {
  question: UicQuestion;
  value: string | null | undefined;
  onValue: (value: string | null) => void;
  describedBy: string;
  inputId: string;
}) {
  const { t } = useTranslation();
  const noMemory = { autoComplete: 'off', spellCheck: false, 'data-form-type': 'other' } as const;
  switch (question.kind) {
    case 'letters':
      return (
        <input
          {...noMemory}
          id={inputId}
          className="field__input uic__input"
          autoCapitalize="characters"
          aria-describedby={describedBy}
          value={value ?? ''}
          onChange={(event) => onValue(event.target.value)}
        />
      );
    case 'number':
      return (
        <input
          {...noMemory}
          id={inputId}
          className="field__input uic__input"
          inputMode="numeric"
          aria-describedby={describedBy}
          value={value ?? ''}
          onChange={(event) => onValue(event.target.value.replace(/\D/g, ''))}
        />
      );
    case 'date':
      return <DateInput value={value} onValue={onValue} describedBy={describedBy} inputId={inputId} />;
    case 'choice':
      return (
        <div className="uic__choices" role="radiogroup" aria-describedby={describedBy}>
          {question.options.map((option) => (
            <label key={option.code} className="choice uic__choice">
              <input
                type="radio"
                name={question.id}
                checked={value === option.code}
                onChange={() => onValue(option.code)}
              />
              <span>{t(option.labelKey)}</span>
            </label>
          ))}
        </div>
      );
  }
}

/**
 * The network recipe's UIC questions, one at a time, as the promotora reads them aloud. "No sabe"
 * moves on and the recipe's fallback stands in; helper questions appear only when needed.
 */
export function UicQuestions({
  recipe,
  answers,
  startAt,
  invalidQuestion,
  onAnswer,
  onDone,
  onCancel,
}: UicQuestionsProps) {
  const { t } = useTranslation();
  const toAsk = uicQuestionsToAsk(recipe, answers);
  const [index, setIndex] = useState(() => {
    const at = toAsk.findIndex((question) => question.id === startAt);
    return at >= 0 ? at : 0;
  });
  const question = toAsk[Math.min(index, toAsk.length - 1)]!;
  const baseId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [question.id]);

  function next(event?: FormEvent) {
    event?.preventDefault();
    // Re-read the questions: an unknown parent's name adds the questions about her own initials.
    const after = uicQuestionsToAsk(recipe, answers);
    const position = after.findIndex((q) => q.id === question.id);
    if (position + 1 < after.length) setIndex(position + 1);
    else onDone();
  }

  function dontKnow() {
    onAnswer(question.id, null);
    const after = uicQuestionsToAsk(recipe, { ...answers, [question.id]: null });
    const position = after.findIndex((q) => q.id === question.id);
    if (position + 1 < after.length) setIndex(position + 1);
    else onDone();
  }

  const hintId = `${baseId}-hint`;
  const errorId = `${baseId}-error`;
  const invalid = invalidQuestion === question.id;
  return (
    <form className="card uic" onSubmit={next} aria-labelledby={`${baseId}-q`} noValidate>
      <p className="uic__progress">
        {t('memberScreens.register.questionOf', { n: index + 1, total: toAsk.length })}
      </p>
      <div className={invalid ? 'field field--invalid' : 'field'}>
        <h2 id={`${baseId}-q`} className="uic__question" ref={heading} tabIndex={-1}>
          <label htmlFor={`${baseId}-input`}>{t(question.labelKey)}</label>
        </h2>
        <p className="field__hint" id={hintId}>
          {t(question.hintKey)}
        </p>
        <QuestionInput
          key={question.id}
          question={question}
          value={answers[question.id]}
          onValue={(value) => onAnswer(question.id, value)}
          describedBy={invalid ? `${hintId} ${errorId}` : hintId}
          inputId={`${baseId}-input`}
        />
        {invalid ? (
          <p className="field__error" id={errorId}>
            {t('uic.invalidAnswer')}
          </p>
        ) : null}
      </div>
      <div className="uic__actions">
        <Button type="submit">{t('memberScreens.register.next')}</Button>
        <Button variant="secondary" onClick={dontKnow}>
          {t('uic.dontKnow')}
        </Button>
      </div>
      <div className="uic__actions">
        {index > 0 ? (
          <Button variant="link" onClick={() => setIndex(index - 1)}>
            {t('memberScreens.register.back')}
          </Button>
        ) : null}
        <Button variant="link" onClick={onCancel}>
          {t('memberScreens.register.cancel')}
        </Button>
      </div>
    </form>
  );
}

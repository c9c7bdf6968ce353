import { useId, type ReactNode } from 'react';

/** Several answers at once, as large tappable chips (phone first). */
export function ChoiceChips<T extends string>({
  legend,
  hint,
  error,
  options,
  selected,
  onChange,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  options: readonly { value: T; label: string }[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
}) {
  const id = useId();
  return (
    <fieldset
      className={error ? 'case-chips field--invalid' : 'case-chips'}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend className="field__label">{legend}</legend>
      {hint ? <p className="field__hint">{hint}</p> : null}
      <div className="case-chips__list">
        {options.map((option) => (
          <label key={option.value} className="case-chip">
            <input
              type="checkbox"
              checked={selected.includes(option.value)}
              onChange={() =>
                onChange(
                  selected.includes(option.value)
                    ? selected.filter((value) => value !== option.value)
                    : [...selected, option.value],
                )
              }
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** A yes/no question as two large radio buttons. */
export function YesNo({
  legend,
  name,
  value,
  onValue,
  yes,
  no,
  error,
}: {
  legend: ReactNode;
  name: string;
  value: boolean | null;
  onValue: (value: boolean) => void;
  yes: string;
  no: string;
  error?: string | undefined;
}) {
  const id = useId();
  return (
    <fieldset
      className={error ? 'case-yesno field--invalid' : 'case-yesno'}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend className="field__label">{legend}</legend>
      <div className="case-yesno__options">
        {[
          { answer: true, label: yes },
          { answer: false, label: no },
        ].map((option) => (
          <label key={String(option.answer)} className="case-chip">
            <input
              type="radio"
              name={name}
              checked={value === option.answer}
              onChange={() => onValue(option.answer)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

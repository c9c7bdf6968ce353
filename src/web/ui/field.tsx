import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';

interface FieldShellProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  children: ReactNode;
}

function FieldShell({ id, label, hint, error, children }: FieldShellProps) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onValue: (value: string) => void;
};

/** A labelled text input with its hint and error tied to it for screen readers. */
export function TextField({ label, hint, error, value, onValue, id, ...input }: TextFieldProps) {
  const autoId = useId();
  const fieldId = id ?? autoId;
  return (
    <FieldShell id={fieldId} label={label} hint={hint} error={error}>
      <input
        {...input}
        id={fieldId}
        className="field__input"
        value={value}
        onChange={(event) => onValue(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, error)}
      />
    </FieldShell>
  );
}

type TextAreaFieldProps = {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onValue: (value: string) => void;
  name?: string;
  maxLength?: number;
  rows?: number;
};

export function TextAreaField({ label, hint, error, value, onValue, ...rest }: TextAreaFieldProps) {
  const fieldId = useId();
  return (
    <FieldShell id={fieldId} label={label} hint={hint} error={error}>
      <textarea
        {...rest}
        id={fieldId}
        className="field__input field__input--area"
        value={value}
        onChange={(event) => onValue(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, error)}
      />
    </FieldShell>
  );
}

export interface SelectOption {
  value: string;
  label: string;
  lang?: string;
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onValue: (value: string) => void;
  options: readonly SelectOption[];
};

export function SelectField({ label, hint, error, value, onValue, options, ...select }: SelectFieldProps) {
  const fieldId = useId();
  return (
    <FieldShell id={fieldId} label={label} hint={hint} error={error}>
      <select
        {...select}
        id={fieldId}
        className="field__input field__select"
        value={value}
        onChange={(event) => onValue(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, error)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

interface RadioGroupProps {
  legend: ReactNode;
  name: string;
  value: string;
  onValue: (value: string) => void;
  options: readonly (SelectOption & { hint?: string })[];
  error?: string | undefined;
}

export function RadioGroup({ legend, name, value, onValue, options, error }: RadioGroupProps) {
  const groupId = useId();
  return (
    <fieldset
      className={error ? 'field field--invalid' : 'field'}
      aria-describedby={error ? `${groupId}-error` : undefined}
    >
      <legend className="field__label">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onValue(option.value)}
          />
          <span>
            {option.label}
            {option.hint ? <span className="choice__hint">{option.hint}</span> : null}
          </span>
        </label>
      ))}
      {error ? (
        <p className="field__error" id={`${groupId}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

interface CheckboxProps {
  label: ReactNode;
  checked: boolean;
  onChecked: (checked: boolean) => void;
}

export function Checkbox({ label, checked, onChecked }: CheckboxProps) {
  return (
    <label className="choice">
      <input type="checkbox" checked={checked} onChange={(event) => onChecked(event.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

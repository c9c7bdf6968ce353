import { useCallback, useRef, useState, type FormEvent, type RefObject } from 'react';
import { describeApiError, focusFirstInvalid, type FieldErrors } from './form-errors';

export type Validation<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

export interface FormState {
  ref: RefObject<HTMLFormElement | null>;
  busy: boolean;
  fieldErrors: FieldErrors;
  formError: string | null;
  setFormError: (message: string | null) => void;
  /**
   * Builds the submit handler: validate with the shared schema, then send; server errors land on
   * the field they name when the form shows it, otherwise above the form. Focus moves to the problem.
   */
  handle: <T>(validate: () => Validation<T>, send: (data: T) => Promise<void>) => (event: FormEvent) => void;
}

/** `fields` lists the field paths this form shows, to place the server's `field` errors. */
export function useForm(fields: readonly string[]): FormState {
  const ref = useRef<HTMLFormElement>(null);
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const fieldList = fields.join('|');

  const handle = useCallback(
    <T>(validate: () => Validation<T>, send: (data: T) => Promise<void>) =>
      (event: FormEvent) => {
        event.preventDefault();
        if (busy) return;
        setFormError(null);
        const result = validate();
        if (!result.ok) {
          setFieldErrors(result.errors);
          focusFirstInvalid(ref.current);
          return;
        }
        setFieldErrors({});
        setBusy(true);
        send(result.data)
          .catch((error: unknown) => {
            const described = describeApiError(error, fieldList.split('|'));
            setFieldErrors(described.fieldErrors);
            setFormError(described.formError);
            focusFirstInvalid(ref.current);
          })
          .finally(() => setBusy(false));
      },
    [busy, fieldList],
  );

  return { ref, busy, fieldErrors, formError, setFormError, handle };
}

import { useState } from 'react';
import { ApiError } from '../../app/api-client';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/field';

/** One short text (a need, a decision) added at once; the field clears after each. */
export function ShortTextForm(props: {
  label: string;
  submitLabel: string;
  send: (text: string) => Promise<void>;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await props.send(text);
      setText('');
    } catch (reason) {
      setError(reason instanceof ApiError ? reason.message : String(reason));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <TextField
        label={props.label}
        value={text}
        onValue={setText}
        maxLength={280}
        error={error ?? undefined}
        required
      />
      <div className="actions-list">
        <Button type="submit" variant="secondary" busy={busy}>
          {props.submitLabel}
        </Button>
      </div>
    </form>
  );
}

import { useState, type ReactNode } from 'react';
import { Button } from './button';

interface ConfirmActionProps {
  /** The first button. */
  label: string;
  /** What will happen, shown before the user confirms. */
  question: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  danger?: boolean;
  onConfirm: () => Promise<void>;
}

/** A two-step button for actions with consequences: no browser dialog, and it works with a keyboard. */
export function ConfirmAction({
  label,
  question,
  confirmLabel,
  cancelLabel,
  danger,
  onConfirm,
}: ConfirmActionProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!asking) {
    return (
      <Button variant="secondary" onClick={() => setAsking(true)}>
        {label}
      </Button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={label}>
      <p>{question}</p>
      <div className="form__actions">
        <Button
          variant={danger ? 'danger' : 'primary'}
          busy={busy}
          autoFocus
          onClick={() => {
            setBusy(true);
            void onConfirm().finally(() => {
              setBusy(false);
              setAsking(false);
            });
          }}
        >
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={() => setAsking(false)}>
          {cancelLabel}
        </Button>
      </div>
    </div>
  );
}

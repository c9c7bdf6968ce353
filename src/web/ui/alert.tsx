import type { ReactNode } from 'react';

type Kind = 'error' | 'success' | 'info';

/** A message block; errors are announced at once (role=alert), the others politely (role=status). */
export function Alert({ kind, children }: { kind: Kind; children: ReactNode }) {
  return (
    <div className={`alert alert--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

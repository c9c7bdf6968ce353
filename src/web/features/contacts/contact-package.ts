import type { ContactView } from '../../../domain/contacts.schemas';

/** The usual package when a member has no contact yet: condoms and lubricant, no self-test. */
export const DEFAULT_PACKAGE = { condoms: 10, lubricant: 2, hivSelfTests: 0 } as const;

export interface ContactPackage {
  condoms: number;
  lubricant: number;
  hivSelfTests: number;
}

/**
 * What "Contacto de hoy" preselects: the condoms and lubricant of her last effective contact (what
 * she usually takes), self-tests at zero (not every visit); the default package when there is none.
 */
export function usualPackage(history: readonly ContactView[]): ContactPackage {
  const last = history
    .filter((contact) => contact.effective && !contact.voided)
    .sort((a, b) => (a.contactedOn < b.contactedOn ? 1 : a.contactedOn > b.contactedOn ? -1 : 0))[0];
  if (!last || last.condoms + last.lubricant === 0) return { ...DEFAULT_PACKAGE };
  return { condoms: last.condoms, lubricant: last.lubricant, hivSelfTests: 0 };
}

/** Today's date on the device, `YYYY-MM-DD` (the day she met the person, in her time zone). */
export function todayOnDevice(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

import { customType, timestamp } from 'drizzle-orm/pg-core';

/** Raw bytes: ciphertexts, hashes. */
export const bytea = customType<{ data: Buffer; driverData: Buffer }>({
  dataType: () => 'bytea',
});

/** Millisecond timestamps with time zone, as JS dates (audit hashes need exact round trips). */
export const timestampMs = (name: string) =>
  timestamp(name, { withTimezone: true, precision: 3, mode: 'date' });

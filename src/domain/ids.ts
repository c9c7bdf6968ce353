/**
 * UUIDv7 generation (RFC 9562). Identifiers are created by whoever creates the record — the server or,
 * later, an offline phone — so that a replayed write is recognised instead of duplicated. PostgreSQL 15
 * has no uuidv7(), so the application generates them.
 */
let lastMs = 0;
let counter = 0;

/** Returns a new UUIDv7 string; monotonic within one process even when the clock does not move. */
export function newId(now: number = Date.now()): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  if (now > lastMs) {
    lastMs = now;
    counter = ((bytes[6]! << 8) | bytes[7]!) & 0x7ff; // random start, room to count up
  } else if (++counter > 0xfff) {
    lastMs += 1;
    counter = 0;
  }
  const ms = lastMs;
  bytes[0] = Math.floor(ms / 2 ** 40) & 0xff;
  bytes[1] = Math.floor(ms / 2 ** 32) & 0xff;
  bytes[2] = (ms >>> 24) & 0xff;
  bytes[3] = (ms >>> 16) & 0xff;
  bytes[4] = (ms >>> 8) & 0xff;
  bytes[5] = ms & 0xff;
  bytes[6] = 0x70 | ((counter >>> 8) & 0x0f);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** True when the string is a lower-case canonical UUID (any version). */
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/** Milliseconds since the epoch encoded in a UUIDv7. */
export function timestampOfId(id: string): number {
  return parseInt(id.replace(/-/g, '').slice(0, 12), 16);
}

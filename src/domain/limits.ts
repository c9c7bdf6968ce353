/** Limits shared by server validation and web forms. */
export const LIMITS = {
  usernameMin: 3,
  usernameMax: 64,
  passwordMin: 8,
  passwordRecommended: 15,
  passwordMax: 128,
  nameMax: 120,
  notesMax: 4000,
  bodyBytes: 64 * 1024,
  recoveryCodes: 10,
  idempotencyKeyMax: 128,
} as const;

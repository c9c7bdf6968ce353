import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { registerEncryptedColumn } from '../crypto/encrypted-columns';
import { classify } from '../db/classification';
import { bytea, timestampMs } from '../db/column-types';

/** Staff accounts. Usernames may be pseudonyms; no legal names or e-mail addresses are required. */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    locale: text('locale').notNull().default('es'),
    /** Base32 TOTP secret, encrypted under the system data key. */
    totpSecretEnc: bytea('totp_secret_enc'),
    totpEnabledAt: timestampMs('totp_enabled_at'),
    /** Last accepted TOTP time step, so that a code cannot be replayed. */
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    passwordChangedAt: timestampMs('password_changed_at').notNull(),
    disabledAt: timestampMs('disabled_at'),
    lastLoginAt: timestampMs('last_login_at'),
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [uniqueIndex('users_username_uq').on(sql`lower(${t.username})`)],
);

/** One-time recovery codes for the second factor, stored hashed. */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    codeHash: text('code_hash').notNull(),
    usedAt: timestampMs('used_at'),
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [index('recovery_codes_user_idx').on(t.userId)],
);

/** Server-side sessions; the cookie holds a random token, the table only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    tokenHash: bytea('token_hash').notNull(),
    state: text('state', {
      enum: ['active', 'totp_required', 'totp_setup_required', 'password_change_required'],
    }).notNull(),
    device: text('device').notNull(),
    createdAt: timestampMs('created_at').notNull(),
    lastSeenAt: timestampMs('last_seen_at').notNull(),
    expiresAt: timestampMs('expires_at').notNull(),
    revokedAt: timestampMs('revoked_at'),
    revokedReason: text('revoked_reason'),
  },
  (t) => [
    uniqueIndex('sessions_token_uq').on(t.tokenHash),
    index('sessions_user_idx').on(t.userId),
    check(
      'sessions_state_check',
      sql`${t.state} in ('active', 'totp_required', 'totp_setup_required', 'password_change_required')`,
    ),
  ],
);

/** Failed-login counters per account and per client address, named by keyed tags (KeyRing.keyedTag). */
export const authThrottle = pgTable('auth_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  windowStartedAt: timestampMs('window_started_at').notNull(),
  lockedUntil: timestampMs('locked_until'),
});

export const totpSecretColumn = registerEncryptedColumn({
  table: 'users',
  column: 'totp_secret_enc',
  scopeColumn: null,
  keyColumns: ['id'],
});

classify(users, {
  id: 'internal',
  username: 'personal',
  displayName: 'personal',
  passwordHash: 'sensitive',
  locale: 'internal',
  totpSecretEnc: 'sensitive',
  totpEnabledAt: 'internal',
  totpLastStep: 'internal',
  mustChangePassword: 'internal',
  passwordChangedAt: 'internal',
  disabledAt: 'internal',
  lastLoginAt: 'personal',
  createdAt: 'internal',
});
classify(recoveryCodes, {
  id: 'internal',
  userId: 'internal',
  codeHash: 'sensitive',
  usedAt: 'internal',
  createdAt: 'internal',
});
classify(sessions, {
  id: 'internal',
  userId: 'internal',
  tokenHash: 'sensitive',
  state: 'internal',
  device: 'personal',
  createdAt: 'internal',
  lastSeenAt: 'personal',
  expiresAt: 'internal',
  revokedAt: 'internal',
  revokedReason: 'internal',
});
classify(authThrottle, {
  key: 'internal',
  failures: 'internal',
  windowStartedAt: 'internal',
  lockedUntil: 'internal',
});

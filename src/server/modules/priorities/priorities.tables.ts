import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { registerEncryptedColumn } from '../../platform/crypto/encrypted-columns';
import { classify } from '../../platform/db/classification';
import { bytea, timestampMs } from '../../platform/db/column-types';
import { localGroups } from '../local-groups/local-groups.tables';
import { organizations } from '../organizations/organizations.tables';

/**
 * A consultation or assembly (issue 7 part 6): the needs raised there, an anonymous priority vote,
 * the decisions taken and the minutes (encrypted). Participants are never recorded.
 */
export const consultations = pgTable(
  'consultations',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    title: text('title').notNull(),
    kind: text('kind', { enum: ['consultation', 'assembly'] }).notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    localGroupId: uuid('local_group_id'),
    votingStatus: text('voting_status', { enum: ['not_started', 'open', 'closed'] })
      .notNull()
      .default('not_started'),
    topN: smallint('top_n'),
    participants: smallint('participants'),
    /** Minutes: free text, AES-256-GCM under the organization's data key. */
    minutesEnc: bytea('minutes_enc'),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('consultations_held_idx').on(t.orgId, t.heldOn),
    foreignKey({
      name: 'consultations_local_group_fk',
      columns: [t.orgId, t.localGroupId],
      foreignColumns: [localGroups.orgId, localGroups.id],
    }),
    check('consultations_top_n_ck', sql`${t.topN} is null or ${t.topN} between 1 and 10`),
  ],
);

export const consultationMinutesColumn = registerEncryptedColumn({
  table: 'consultations',
  column: 'minutes_enc',
  scopeColumn: 'org_id',
  keyColumns: ['org_id', 'id'],
});

/** A need raised at a consultation: a short text, in the order it was raised. */
export const consultationNeeds = pgTable(
  'consultation_needs',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    consultationId: uuid('consultation_id').notNull(),
    text: text('text').notNull(),
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('consultation_needs_consultation_idx').on(t.orgId, t.consultationId),
    foreignKey({
      name: 'consultation_needs_consultation_fk',
      columns: [t.orgId, t.consultationId],
      foreignColumns: [consultations.orgId, consultations.id],
    }).onDelete('cascade'),
  ],
);

/** A decision taken at a consultation: a short text. */
export const consultationDecisions = pgTable(
  'consultation_decisions',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    consultationId: uuid('consultation_id').notNull(),
    text: text('text').notNull(),
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('consultation_decisions_consultation_idx').on(t.orgId, t.consultationId),
    foreignKey({
      name: 'consultation_decisions_consultation_fk',
      columns: [t.orgId, t.consultationId],
      foreignColumns: [consultations.orgId, consultations.id],
    }).onDelete('cascade'),
  ],
);

/**
 * An anonymous priority ballot. No user, session or address: a random (v4) id, the SHA-256 of a
 * random token answered once, times cut to the UTC day, and the ranking (need ids, first = most
 * important) set once when handed in. Never answered individually — only the Borda totals after close.
 */
export const priorityBallots = pgTable(
  'priority_ballots',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    consultationId: uuid('consultation_id').notNull(),
    tokenHash: bytea('token_hash').notNull(),
    /** Truncated to the UTC day. */
    createdAt: timestampMs('created_at').notNull(),
    /** Truncated to the UTC day; null until handed in. */
    submittedAt: timestampMs('submitted_at'),
    ranking: jsonb('ranking').$type<string[]>(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex('priority_ballots_token_uq').on(t.tokenHash),
    index('priority_ballots_consultation_idx').on(t.orgId, t.consultationId),
    foreignKey({
      name: 'priority_ballots_consultation_fk',
      columns: [t.orgId, t.consultationId],
      foreignColumns: [consultations.orgId, consultations.id],
    }).onDelete('cascade'),
  ],
);

classify(consultations, {
  orgId: 'internal',
  id: 'internal',
  title: 'internal',
  kind: 'internal',
  heldOn: 'internal',
  localGroupId: 'internal',
  votingStatus: 'internal',
  topN: 'internal',
  participants: 'internal',
  minutesEnc: 'sensitive',
  createdAt: 'internal',
  updatedAt: 'internal',
});
classify(consultationNeeds, {
  orgId: 'internal',
  id: 'internal',
  consultationId: 'internal',
  text: 'internal',
  createdAt: 'internal',
});
classify(consultationDecisions, {
  orgId: 'internal',
  id: 'internal',
  consultationId: 'internal',
  text: 'internal',
  createdAt: 'internal',
});
classify(priorityBallots, {
  orgId: 'internal',
  id: 'internal',
  consultationId: 'internal',
  tokenHash: 'internal',
  createdAt: 'internal',
  submittedAt: 'internal',
  ranking: 'internal',
});

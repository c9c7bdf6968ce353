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
import { users } from '../../platform/auth/auth.tables';
import { registerEncryptedColumn } from '../../platform/crypto/encrypted-columns';
import { classify } from '../../platform/db/classification';
import { bytea, timestampMs } from '../../platform/db/column-types';
import { storedFiles } from '../../platform/files/files.tables';
import { capacityFrameworks, capacityItems } from '../capacity-framework/capacity-framework.tables';
import { organizations } from '../organizations/organizations.tables';

/** Participants by role and count — never by name (issue 6). */
export interface AssessmentParticipantsRow {
  role: 'board' | 'staff' | 'promotora' | 'member' | 'volunteer' | 'other';
  count: number;
}

/**
 * A participatory capacity self-assessment session (issue 6): draft → scoring (private ballots) →
 * consensus (the group agrees one score per item) → completed (results, comparison, report).
 */
export const capacityAssessments = pgTable(
  'capacity_assessments',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    frameworkId: uuid('framework_id').notNull(),
    title: text('title').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    /** Who facilitates (free text, e.g. "Coordinadora" or a name the organization chooses to write). */
    facilitator: text('facilitator').notNull(),
    participants: jsonb('participants').$type<AssessmentParticipantsRow[]>().notNull(),
    status: text('status').notNull().default('draft'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
    completedAt: timestampMs('completed_at'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('capacity_assessments_held_idx').on(t.orgId, t.heldOn),
    foreignKey({
      name: 'capacity_assessments_framework_fk',
      columns: [t.orgId, t.frameworkId],
      foreignColumns: [capacityFrameworks.orgId, capacityFrameworks.id],
    }),
    check(
      'capacity_assessments_status_ck',
      sql`${t.status} in ('draft', 'scoring', 'consensus', 'completed')`,
    ),
  ],
);

/**
 * An anonymous scoring slot. It holds NO user id: only the SHA-256 of a random token that lives in the
 * participant's browser. Its id is random (v4, not time-ordered) and its times are truncated to the
 * day, so that neither can be matched with the audit log's "who opened/submitted a ballot, when".
 */
export const capacityBallots = pgTable(
  'capacity_ballots',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    assessmentId: uuid('assessment_id').notNull(),
    tokenHash: bytea('token_hash').notNull(),
    /** Truncated to the UTC day. */
    createdAt: timestampMs('created_at').notNull(),
    /** Truncated to the UTC day; null while the participant is still scoring. */
    submittedAt: timestampMs('submitted_at'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex('capacity_ballots_token_uq').on(t.tokenHash),
    index('capacity_ballots_assessment_idx').on(t.orgId, t.assessmentId),
    foreignKey({
      name: 'capacity_ballots_assessment_fk',
      columns: [t.orgId, t.assessmentId],
      foreignColumns: [capacityAssessments.orgId, capacityAssessments.id],
    }).onDelete('cascade'),
  ],
);

/**
 * One participant's score for one item (1–4, null = N/A). Never returned individually: routes answer
 * only the per-item distribution once ≥ 3 ballots are submitted, or the ballot's own scores to the
 * holder of its token.
 */
export const capacityIndividualScores = pgTable(
  'capacity_individual_scores',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    ballotId: uuid('ballot_id').notNull(),
    itemId: uuid('item_id').notNull(),
    score: smallint('score'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.ballotId, t.itemId] }),
    foreignKey({
      name: 'capacity_individual_scores_ballot_fk',
      columns: [t.orgId, t.ballotId],
      foreignColumns: [capacityBallots.orgId, capacityBallots.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'capacity_individual_scores_item_fk',
      columns: [t.orgId, t.itemId],
      foreignColumns: [capacityItems.orgId, capacityItems.id],
    }),
    check('capacity_individual_scores_score_ck', sql`${t.score} is null or ${t.score} between 1 and 4`),
  ],
);

/** The score the group agreed for one item, with its justification (encrypted). */
export const capacityConsensus = pgTable(
  'capacity_consensus',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    assessmentId: uuid('assessment_id').notNull(),
    itemId: uuid('item_id').notNull(),
    score: smallint('score'),
    justificationEnc: bytea('justification_enc'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestampMs('decided_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.assessmentId, t.itemId] }),
    foreignKey({
      name: 'capacity_consensus_assessment_fk',
      columns: [t.orgId, t.assessmentId],
      foreignColumns: [capacityAssessments.orgId, capacityAssessments.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'capacity_consensus_item_fk',
      columns: [t.orgId, t.itemId],
      foreignColumns: [capacityItems.orgId, capacityItems.id],
    }),
    check('capacity_consensus_score_ck', sql`${t.score} is null or ${t.score} between 1 and 4`),
  ],
);

export const capacityConsensusJustificationColumn = registerEncryptedColumn({
  table: 'capacity_consensus',
  column: 'justification_enc',
  scopeColumn: 'org_id',
  keyColumns: ['org_id', 'assessment_id', 'item_id'],
});

/** Evidence files attached to a consensus score (stored encrypted in the file store). */
export const capacityConsensusEvidence = pgTable(
  'capacity_consensus_evidence',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    assessmentId: uuid('assessment_id').notNull(),
    itemId: uuid('item_id').notNull(),
    fileId: uuid('file_id').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.assessmentId, t.itemId, t.fileId] }),
    foreignKey({
      name: 'capacity_consensus_evidence_consensus_fk',
      columns: [t.orgId, t.assessmentId, t.itemId],
      foreignColumns: [capacityConsensus.orgId, capacityConsensus.assessmentId, capacityConsensus.itemId],
    }).onDelete('cascade'),
    foreignKey({
      name: 'capacity_consensus_evidence_file_fk',
      columns: [t.orgId, t.fileId],
      foreignColumns: [storedFiles.orgId, storedFiles.id],
    }),
  ],
);

classify(capacityAssessments, {
  orgId: 'internal',
  id: 'internal',
  frameworkId: 'internal',
  title: 'internal',
  heldOn: 'internal',
  facilitator: 'personal',
  participants: 'internal',
  status: 'internal',
  createdBy: 'internal',
  createdAt: 'internal',
  updatedAt: 'internal',
  completedAt: 'internal',
});

classify(capacityBallots, {
  orgId: 'internal',
  id: 'internal',
  assessmentId: 'internal',
  tokenHash: 'sensitive',
  createdAt: 'internal',
  submittedAt: 'internal',
});

classify(capacityIndividualScores, {
  orgId: 'internal',
  ballotId: 'internal',
  itemId: 'internal',
  score: 'personal',
});

classify(capacityConsensus, {
  orgId: 'internal',
  assessmentId: 'internal',
  itemId: 'internal',
  score: 'internal',
  justificationEnc: 'sensitive',
  decidedBy: 'internal',
  decidedAt: 'internal',
});

classify(capacityConsensusEvidence, {
  orgId: 'internal',
  assessmentId: 'internal',
  itemId: 'internal',
  fileId: 'internal',
  createdBy: 'internal',
  createdAt: 'internal',
});

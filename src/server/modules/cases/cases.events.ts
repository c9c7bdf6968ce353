import { newId } from '../../../domain/ids';
import type { DbOrTx } from '../../platform/db/client';
import { hrCaseEvents } from './cases.tables';

/** Values a timeline entry may carry: ids, enum keys, counts and booleans — never free text. */
export type CaseEventDetails = Record<string, string | number | boolean | null | readonly string[]>;

export interface CaseEventInput {
  orgId: string;
  caseId: string;
  /** 'created' | 'status_changed' | 'assigned' | 'consent' | 'break_glass' | 'intervention' | … */
  kind: string;
  actorUserId: string | null;
  details?: CaseEventDetails;
  at: Date;
}

/**
 * Appends one entry to a case's timeline (append-only table), in the caller's transaction. Other
 * case modules (responses, evidence, escalations, barriers, self-reports) call it for their writes.
 * Never pass a narrative, a name, a note or a file name in `details`.
 */
export async function recordCaseEvent(db: DbOrTx, event: CaseEventInput): Promise<string> {
  const id = newId(event.at.getTime());
  await db.insert(hrCaseEvents).values({
    orgId: event.orgId,
    id,
    caseId: event.caseId,
    kind: event.kind,
    actorUserId: event.actorUserId,
    details: event.details ?? {},
    createdAt: event.at,
  });
  return id;
}

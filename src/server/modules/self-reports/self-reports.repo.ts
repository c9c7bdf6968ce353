import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { users } from '../../platform/auth/auth.tables';
import type { DbOrTx } from '../../platform/db/client';
import { hrSelfReportMessages, hrSelfReports, hrSelfReportSettings } from './self-reports.tables';

export type SelfReportSettingsRow = typeof hrSelfReportSettings.$inferSelect;
export type SelfReportRow = typeof hrSelfReports.$inferSelect;
export type SelfReportMessageRow = typeof hrSelfReportMessages.$inferSelect;
export type SelfReportStatus = SelfReportRow['status'];

export async function findSettings(db: DbOrTx, orgId: string): Promise<SelfReportSettingsRow | null> {
  const [row] = await db.select().from(hrSelfReportSettings).where(eq(hrSelfReportSettings.orgId, orgId));
  return row ?? null;
}

/** The form behind a public link, across organizations on purpose (the link names none). */
export async function findSettingsByTokenHash(
  db: DbOrTx,
  tokenHash: Buffer,
): Promise<SelfReportSettingsRow | null> {
  const [row] = await db
    .select()
    .from(hrSelfReportSettings)
    .where(eq(hrSelfReportSettings.publicTokenHash, tokenHash));
  return row ?? null;
}

export async function upsertSettings(db: DbOrTx, row: SelfReportSettingsRow): Promise<void> {
  await db
    .insert(hrSelfReportSettings)
    .values(row)
    .onConflictDoUpdate({
      target: hrSelfReportSettings.orgId,
      set: {
        enabled: row.enabled,
        publicTokenHash: row.publicTokenHash,
        publicTokenEnc: row.publicTokenEnc,
        updatedBy: row.updatedBy,
        updatedAt: row.updatedAt,
      },
    });
}

export async function insertReport(db: DbOrTx, row: SelfReportRow): Promise<void> {
  await db.insert(hrSelfReports).values(row);
}

/** The report a claim code opens, across organizations on purpose (the code names none). */
export async function findReportByClaimHash(db: DbOrTx, claimHash: Buffer): Promise<SelfReportRow | null> {
  const [row] = await db.select().from(hrSelfReports).where(eq(hrSelfReports.claimCodeHash, claimHash));
  return row ?? null;
}

export async function findReport(db: DbOrTx, orgId: string, id: string): Promise<SelfReportRow | null> {
  const [row] = await db
    .select()
    .from(hrSelfReports)
    .where(and(eq(hrSelfReports.orgId, orgId), eq(hrSelfReports.id, id)));
  return row ?? null;
}

/** Locks the report row for a change of status (two paralegals converting at once). */
export async function lockReport(db: DbOrTx, orgId: string, id: string): Promise<SelfReportRow | null> {
  const [row] = await db
    .select()
    .from(hrSelfReports)
    .where(and(eq(hrSelfReports.orgId, orgId), eq(hrSelfReports.id, id)))
    .for('update');
  return row ?? null;
}

export async function updateReport(
  db: DbOrTx,
  orgId: string,
  id: string,
  values: Partial<Pick<SelfReportRow, 'status' | 'caseId' | 'updatedAt'>>,
): Promise<void> {
  await db
    .update(hrSelfReports)
    .set(values)
    .where(and(eq(hrSelfReports.orgId, orgId), eq(hrSelfReports.id, id)));
}

export interface ReportListRow extends SelfReportRow {
  messageCount: number;
  lastSender: 'reporter' | 'staff' | null;
}

/** The inbox: newest first, with the size of each conversation and who wrote last. */
export async function listReports(
  db: DbOrTx,
  orgId: string,
  status: SelfReportStatus | undefined,
): Promise<ReportListRow[]> {
  const counts = db
    .select({
      reportId: hrSelfReportMessages.reportId,
      messageCount: sql<number>`count(*)::int`.as('message_count'),
      lastSender: sql<
        'reporter' | 'staff'
      >`(array_agg(${hrSelfReportMessages.sender} order by ${hrSelfReportMessages.createdAt} desc, ${hrSelfReportMessages.id} desc))[1]`.as(
        'last_sender',
      ),
    })
    .from(hrSelfReportMessages)
    .where(eq(hrSelfReportMessages.orgId, orgId))
    .groupBy(hrSelfReportMessages.reportId)
    .as('counts');
  const rows = await db
    .select({ report: hrSelfReports, messageCount: counts.messageCount, lastSender: counts.lastSender })
    .from(hrSelfReports)
    .leftJoin(counts, eq(counts.reportId, hrSelfReports.id))
    .where(and(eq(hrSelfReports.orgId, orgId), status ? eq(hrSelfReports.status, status) : undefined))
    // Reports keep only their hour (see self-report-public.service): within it, no order is known.
    .orderBy(desc(hrSelfReports.createdAt), desc(hrSelfReports.id))
    .limit(500);
  return rows.map((row) => ({
    ...row.report,
    messageCount: row.messageCount ?? 0,
    lastSender: row.lastSender ?? null,
  }));
}

export interface MessageWithAuthor extends SelfReportMessageRow {
  staffName: string | null;
}

export async function listMessages(
  db: DbOrTx,
  orgId: string,
  reportId: string,
): Promise<MessageWithAuthor[]> {
  const rows = await db
    .select({ message: hrSelfReportMessages, staffName: users.displayName })
    .from(hrSelfReportMessages)
    .leftJoin(users, eq(users.id, hrSelfReportMessages.staffUserId))
    .where(and(eq(hrSelfReportMessages.orgId, orgId), eq(hrSelfReportMessages.reportId, reportId)))
    .orderBy(asc(hrSelfReportMessages.createdAt), asc(hrSelfReportMessages.id));
  return rows.map((row) => ({ ...row.message, staffName: row.staffName ?? null }));
}

export async function countMessages(db: DbOrTx, orgId: string, reportId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(hrSelfReportMessages)
    .where(and(eq(hrSelfReportMessages.orgId, orgId), eq(hrSelfReportMessages.reportId, reportId)));
  return row?.n ?? 0;
}

/** Returns false when a message with this id exists already (a retried reply). */
export async function insertMessage(db: DbOrTx, row: SelfReportMessageRow): Promise<boolean> {
  const inserted = await db
    .insert(hrSelfReportMessages)
    .values(row)
    .onConflictDoNothing({ target: [hrSelfReportMessages.orgId, hrSelfReportMessages.id] })
    .returning({ id: hrSelfReportMessages.id });
  return inserted.length === 1;
}

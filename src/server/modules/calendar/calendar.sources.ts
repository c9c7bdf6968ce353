import { and, asc, between, eq, inArray, isNotNull } from 'drizzle-orm';
import type { CalendarEntry, CalendarSource } from '../../../domain/calendar.schemas';
import type { DbOrTx } from '../../platform/db/client';
import { advocacyCommitments, advocacyEngagements } from '../advocacy/advocacy.tables';
import { capacityActions } from '../capacity-actions/capacity-actions.tables';
import { grantReports, grants } from '../grants/grants.tables';
import { mobilizationEvents } from '../mobilization/mobilization.tables';
import { orgDocuments } from '../planning/planning.tables';
import { consultations } from '../priorities/priorities.tables';
import { trainingCourses, trainingSessions } from '../trainings/trainings.tables';

/**
 * Where calendar entries come from: one read-only query per source over one organization's rows in
 * a period of calendar days (inclusive), answering dates, titles and states — never who took part.
 * `resource` is the policy resource whose `list` a caller needs to see the source's entries.
 */
export interface CalendarSourceSpec {
  source: CalendarSource;
  resource: string;
  entries(db: DbOrTx, orgId: string, from: string, to: string): Promise<CalendarEntry[]>;
}

type Row = { date: string; title: string; status: string | null; recordId: string };
const as = (source: CalendarSource) => (rows: Row[]) => rows.map((row) => ({ source, ...row }));

export const CALENDAR_SOURCE_SPECS: readonly CalendarSourceSpec[] = [
  {
    source: 'training_session',
    resource: 'training',
    entries: (db, orgId, from, to) =>
      db
        .select({
          date: trainingSessions.heldOn,
          title: trainingCourses.title,
          status: trainingCourses.kind,
          recordId: trainingSessions.id,
        })
        .from(trainingSessions)
        .innerJoin(
          trainingCourses,
          and(
            eq(trainingCourses.orgId, trainingSessions.orgId),
            eq(trainingCourses.id, trainingSessions.courseId),
          ),
        )
        .where(and(eq(trainingSessions.orgId, orgId), between(trainingSessions.heldOn, from, to)))
        .orderBy(asc(trainingSessions.heldOn))
        .then(as('training_session')),
  },
  {
    source: 'mobilization_event',
    resource: 'mobilization_event',
    entries: (db, orgId, from, to) =>
      db
        .select({
          date: mobilizationEvents.eventDate,
          title: mobilizationEvents.title,
          status: mobilizationEvents.status,
          recordId: mobilizationEvents.id,
        })
        .from(mobilizationEvents)
        .where(and(eq(mobilizationEvents.orgId, orgId), between(mobilizationEvents.eventDate, from, to)))
        .then(as('mobilization_event')),
  },
  {
    source: 'advocacy_engagement',
    resource: 'advocacy_engagement',
    entries: (db, orgId, from, to) =>
      db
        .select({
          date: advocacyEngagements.engagedOn,
          title: advocacyEngagements.officeTitle,
          status: advocacyEngagements.authorityType,
          recordId: advocacyEngagements.id,
        })
        .from(advocacyEngagements)
        .where(and(eq(advocacyEngagements.orgId, orgId), between(advocacyEngagements.engagedOn, from, to)))
        .then(as('advocacy_engagement')),
  },
  {
    source: 'commitment_follow_up',
    resource: 'advocacy_engagement',
    entries: (db, orgId, from, to) =>
      db
        .select({
          date: advocacyCommitments.followUpOn,
          title: advocacyCommitments.description,
          status: advocacyCommitments.status,
          // The page that shows a commitment is its engagement's.
          recordId: advocacyCommitments.engagementId,
        })
        .from(advocacyCommitments)
        .where(and(eq(advocacyCommitments.orgId, orgId), between(advocacyCommitments.followUpOn, from, to)))
        .then(as('commitment_follow_up')),
  },
  {
    source: 'consultation',
    resource: 'consultation',
    entries: (db, orgId, from, to) =>
      db
        .select({
          date: consultations.heldOn,
          title: consultations.title,
          status: consultations.kind,
          recordId: consultations.id,
        })
        .from(consultations)
        .where(and(eq(consultations.orgId, orgId), between(consultations.heldOn, from, to)))
        .then(as('consultation')),
  },
  {
    source: 'grant_report_due',
    resource: 'grant',
    entries: async (db, orgId, from, to) => {
      const rows = await db
        .select({
          date: grantReports.dueOn,
          title: grants.title,
          submittedOn: grantReports.submittedOn,
          recordId: grantReports.grantId,
        })
        .from(grantReports)
        .innerJoin(grants, and(eq(grants.orgId, grantReports.orgId), eq(grants.id, grantReports.grantId)))
        .where(and(eq(grantReports.orgId, orgId), between(grantReports.dueOn, from, to)));
      return rows.map(({ submittedOn, ...row }) => ({
        source: 'grant_report_due' as const,
        ...row,
        status: submittedOn ? 'submitted' : 'due',
      }));
    },
  },
  {
    source: 'capacity_action_due',
    resource: 'capacity_action',
    entries: (db, orgId, from, to) =>
      db
        .select({
          date: capacityActions.dueOn,
          title: capacityActions.title,
          status: capacityActions.status,
          recordId: capacityActions.id,
        })
        .from(capacityActions)
        .where(
          and(
            eq(capacityActions.orgId, orgId),
            between(capacityActions.dueOn, from, to),
            inArray(capacityActions.status, ['planned', 'in_progress']),
          ),
        )
        .then(as('capacity_action_due')),
  },
  {
    source: 'document_expiry',
    resource: 'org_document',
    entries: (db, orgId, from, to) =>
      db
        .select({
          date: orgDocuments.expiresOn,
          title: orgDocuments.title,
          status: orgDocuments.kind,
          recordId: orgDocuments.id,
        })
        .from(orgDocuments)
        .where(
          and(
            eq(orgDocuments.orgId, orgId),
            isNotNull(orgDocuments.expiresOn),
            between(orgDocuments.expiresOn, from, to),
          ),
        )
        .then((rows) => as('document_expiry')(rows.map((row) => ({ ...row, date: row.date ?? from })))),
  },
];

import { monthlyCondomNeed } from '../../../domain/members';
import { dayOf, daysBetween, isDueForContact, monthStartOf } from '../../../domain/outreach';
import type {
  CaseloadMember,
  CaseloadView,
  SupervisionRow,
  SupervisionView,
} from '../../../domain/outreach.schemas';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import { countContactsByPromotora, summarizeMemberContacts } from '../contacts/contacts-summary.repo';
import * as repo from './outreach-caseload.repo';
import { outreachSettings } from './outreach-settings';
import { listCaseloadHolders, requirePlanOwner } from './outreach-staff';

interface Period {
  today: string;
  monthStart: string;
}

const periodOf = (c: OrgServiceContext): Period => {
  const today = dayOf(c.now);
  return { today, monthStart: monthStartOf(today) };
};

/** Due members first, priority first among them, then the longest without contact, then by code. */
export function compareCaseloadMembers(a: CaseloadMember, b: CaseloadMember): number {
  if (a.due !== b.due) return a.due ? -1 : 1;
  if (a.priority !== b.priority) return a.priority ? -1 : 1;
  if (a.lastContactOn !== b.lastContactOn) {
    if (a.lastContactOn === null) return -1;
    if (b.lastContactOn === null) return 1;
    return a.lastContactOn < b.lastContactOn ? -1 : 1;
  }
  return a.displayCode.localeCompare(b.displayCode);
}

/** The members with their last effective contact and this month's condoms (from the contacts module). */
async function caseloadMembers(
  c: OrgServiceContext,
  rows: repo.CaseloadMemberRow[],
  options: { period: Period; dueAfterDays: number },
): Promise<CaseloadMember[]> {
  const { period, dueAfterDays } = options;
  const contacts = await summarizeMemberContacts(
    c.db,
    c.org.orgId,
    rows.map((row) => row.id),
    period,
  );
  return rows.map((row) => {
    const summary = contacts.get(row.id);
    const lastContactOn = summary?.lastContactOn ?? null;
    return {
      id: row.id,
      displayCode: row.displayCode,
      priority: row.priority,
      riskFlagCount: row.riskFlagCount,
      lastContactOn,
      daysSinceContact: lastContactOn === null ? null : daysBetween(lastContactOn, period.today),
      due: isDueForContact(lastContactOn, period.today, dueAfterDays),
      condomsNeeded: monthlyCondomNeed(row.partnersPerWeek, row.actsPerPartner),
      condomsGiven: summary?.condomsThisMonth ?? 0,
    };
  });
}

async function buildCaseload(c: OrgServiceContext, userId: string): Promise<CaseloadView> {
  const period = periodOf(c);
  const { dueAfterDays } = await outreachSettings(c.db, c.org.orgId);
  const rows = await repo.listCaseload(c.db, c.org.orgId, userId);
  const list = (await caseloadMembers(c, rows, { period, dueAfterDays })).sort(compareCaseloadMembers);
  const known = list.filter((member) => member.condomsNeeded !== null);
  return {
    userId,
    ...period,
    dueAfterDays,
    members: list,
    totals: {
      members: list.length,
      due: list.filter((member) => member.due).length,
      priority: list.filter((member) => member.priority).length,
      condomsNeeded: known.reduce((sum, member) => sum + (member.condomsNeeded ?? 0), 0),
      condomsGiven: list.reduce((sum, member) => sum + member.condomsGiven, 0),
      withoutNeed: list.length - known.length,
    },
  };
}

/** "Mis personas": the caller's caseload. */
export async function getMyCaseload(ctx: ServiceContext): Promise<CaseloadView> {
  const c = orgContext(ctx);
  return buildCaseload(c, c.actor.userId);
}

/** A supervisor opens one promotora's caseload. */
export async function getCaseloadOf(ctx: ServiceContext, userId: string): Promise<CaseloadView> {
  const c = orgContext(ctx);
  await requirePlanOwner(c, userId);
  return buildCaseload(c, userId);
}

/** Each promotora's caseload size against the norm, who is due, priority members, this month's work. */
export async function getSupervision(ctx: ServiceContext): Promise<SupervisionView> {
  const c = orgContext(ctx);
  const period = periodOf(c);
  const settings = await outreachSettings(c.db, c.org.orgId);
  const rows = await repo.listAssignedMembers(c.db, c.org.orgId);
  const assigned = await caseloadMembers(c, rows, {
    period,
    dueAfterDays: settings.dueAfterDays,
  });
  const contacts = await countContactsByPromotora(c.db, c.org.orgId, period);
  const byUser = new Map<string, CaseloadMember[]>();
  rows.forEach((row, index) => {
    const list = byUser.get(row.assignedUserId!) ?? [];
    list.push(assigned[index]!);
    byUser.set(row.assignedUserId!, list);
  });
  const holders = await listCaseloadHolders(c.db, c.org.orgId, [...byUser.keys()]);
  const promotoras: SupervisionRow[] = holders.map((holder) => {
    const list = byUser.get(holder.userId) ?? [];
    return {
      userId: holder.userId,
      displayName: holder.displayName,
      role: holder.role,
      caseload: list.length,
      overNorm: list.length > settings.caseloadNorm,
      due: list.filter((member) => member.due).length,
      priority: list.filter((member) => member.priority).length,
      contactsThisMonth: contacts.get(holder.userId)?.contacts ?? 0,
      reachedThisMonth: list.filter(
        (member) => member.lastContactOn !== null && member.lastContactOn >= period.monthStart,
      ).length,
    };
  });
  return {
    ...period,
    caseloadNorm: settings.caseloadNorm,
    dueAfterDays: settings.dueAfterDays,
    unassigned: await repo.countUnassignedMembers(c.db, c.org.orgId),
    promotoras,
  };
}

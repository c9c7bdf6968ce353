import { z } from 'zod';
import { Uuid } from './common.schemas';
import { isMonday } from './outreach';
import { CalendarDate } from './sites.schemas';

/** Limits of the weekly plan. */
export const OUTREACH_LIMITS = {
  /** Items in one week's plan: a full caseload plus sites, with room to spare. */
  planItemsMax: 80,
  /** A plan note is a short reminder ("llevar lubricante"), never a name. */
  planNoteMax: 140,
} as const;

/** The Monday that opens a plan week. */
export const WeekStart = CalendarDate.refine(isMonday, { message: 'not_monday' });

export const OutreachPlanQuery = z.strictObject({
  /** The Monday of the week; the current week when left out. */
  week: WeekStart.optional(),
});
export type OutreachPlanQuery = z.infer<typeof OutreachPlanQuery>;

/** A plan is replaced one week at a time, so the week is always named. */
export const OutreachPlanWriteQuery = z.strictObject({ week: WeekStart });
export type OutreachPlanWriteQuery = z.infer<typeof OutreachPlanWriteQuery>;

export const PromotoraParams = z.strictObject({ orgId: z.uuid(), userId: z.uuid() });
export type PromotoraParams = z.infer<typeof PromotoraParams>;

/** One line of the weekly plan: a member to see, a site to visit, or both, on a day of the week. */
export const OutreachPlanItemInput = z
  .strictObject({
    id: Uuid.optional(),
    memberId: Uuid.nullable().optional(),
    siteId: Uuid.nullable().optional(),
    plannedDay: CalendarDate.nullable().optional(),
    note: z.string().trim().max(OUTREACH_LIMITS.planNoteMax).nullable().optional(),
    done: z.boolean().optional(),
  })
  .refine((item) => Boolean(item.memberId || item.siteId || item.note), {
    message: 'empty_item',
    path: ['memberId'],
  });
export type OutreachPlanItemInput = z.infer<typeof OutreachPlanItemInput>;

/** The whole week's plan: what is not listed is removed, listed ids are kept and updated. */
export const OutreachPlanInput = z.strictObject({
  items: z
    .array(OutreachPlanItemInput)
    .max(OUTREACH_LIMITS.planItemsMax)
    .refine(
      (items) => {
        const ids = items.flatMap((item) => (item.id ? [item.id] : []));
        return new Set(ids).size === ids.length;
      },
      { message: 'duplicate' },
    ),
});
export type OutreachPlanInput = z.infer<typeof OutreachPlanInput>;

export const OutreachPlanItemView = z.strictObject({
  id: z.string(),
  memberId: z.string().nullable(),
  /** The member's display code (never a name), when the item names a member. */
  memberDisplayCode: z.string().nullable(),
  memberPriority: z.boolean().nullable(),
  siteId: z.string().nullable(),
  siteName: z.string().nullable(),
  plannedDay: z.string().nullable(),
  note: z.string().nullable(),
  done: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OutreachPlanItemView = z.infer<typeof OutreachPlanItemView>;

export const OutreachPlanView = z.strictObject({
  userId: z.string(),
  weekStart: z.string(),
  weekEnd: z.string(),
  items: z.array(OutreachPlanItemView),
});
export type OutreachPlanView = z.infer<typeof OutreachPlanView>;

/** One member of a caseload, as "Mis personas" lists her. */
export const CaseloadMember = z.strictObject({
  id: z.string(),
  displayCode: z.string(),
  priority: z.boolean(),
  riskFlagCount: z.int(),
  /** Day of her last effective contact (corrections applied, voided contacts ignored). */
  lastContactOn: z.string().nullable(),
  daysSinceContact: z.int().nullable(),
  due: z.boolean(),
  /** Condoms she needs in a month (partners × acts at enrollment), null when unknown. */
  condomsNeeded: z.int().nullable(),
  /** Condoms given to her in effective contacts this month. */
  condomsGiven: z.int(),
});
export type CaseloadMember = z.infer<typeof CaseloadMember>;

export const CaseloadTotals = z.strictObject({
  members: z.int(),
  due: z.int(),
  priority: z.int(),
  /** Sum of the known needs; `withoutNeed` counts members whose need is unknown. */
  condomsNeeded: z.int(),
  condomsGiven: z.int(),
  withoutNeed: z.int(),
});
export type CaseloadTotals = z.infer<typeof CaseloadTotals>;

/** "Mis personas": due members first, priority first among them, then the longest without contact. */
export const CaseloadView = z.strictObject({
  userId: z.string(),
  today: z.string(),
  monthStart: z.string(),
  dueAfterDays: z.int(),
  members: z.array(CaseloadMember),
  totals: CaseloadTotals,
});
export type CaseloadView = z.infer<typeof CaseloadView>;

/** A promotora's caseload against the staffing norm (SWIT: about 1 promotora per 50). */
export const SupervisionRow = z.strictObject({
  userId: z.string(),
  displayName: z.string(),
  role: z.string(),
  caseload: z.int(),
  overNorm: z.boolean(),
  due: z.int(),
  priority: z.int(),
  /** Effective contacts she recorded this month (member contacts and anonymous tallies, one each). */
  contactsThisMonth: z.int(),
  /** Members of her caseload with an effective contact this month. */
  reachedThisMonth: z.int(),
});
export type SupervisionRow = z.infer<typeof SupervisionRow>;

export const SupervisionView = z.strictObject({
  today: z.string(),
  monthStart: z.string(),
  caseloadNorm: z.int(),
  dueAfterDays: z.int(),
  /** Members assigned to nobody (they appear in no caseload). */
  unassigned: z.int(),
  promotoras: z.array(SupervisionRow),
});
export type SupervisionView = z.infer<typeof SupervisionView>;

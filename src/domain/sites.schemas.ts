import { z } from 'zod';
import { Name, Notes, Uuid } from './common.schemas';
import { CountryCode } from './countries';

/** Area hierarchy: a country holds provinces (departments), a province holds municipalities. */
export const AREA_LEVELS = ['country', 'province', 'municipality'] as const;
export const AreaLevel = z.enum(AREA_LEVELS);
export type AreaLevel = z.infer<typeof AreaLevel>;

/** The level a child of `level` must have, or null when `level` holds no children. */
export function childLevelOf(level: AreaLevel): AreaLevel | null {
  const index = AREA_LEVELS.indexOf(level);
  return AREA_LEVELS[index + 1] ?? null;
}

/** Site typologies (SWIT ch. 3): where sex work happens, never a person's address. */
export const SITE_TYPOLOGIES = [
  'street',
  'venue',
  'brothel',
  'apartment',
  'hotel',
  'online',
  'other',
] as const;
export const SiteTypology = z.enum(SITE_TYPOLOGIES);
export type SiteTypology = z.infer<typeof SiteTypology>;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const Weekday = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof Weekday>;

export const ESTIMATE_METHODS = ['mapping', 'enumeration', 'capture_recapture', 'other'] as const;
export const EstimateMethod = z.enum(ESTIMATE_METHODS);
export type EstimateMethod = z.infer<typeof EstimateMethod>;

/** Upper bound of a site size estimate: far above any real site, low enough to catch typos. */
export const ESTIMATE_MAX = 100_000;
export const SOURCE_MAX = 200;

/** A clock time of activity, 24-hour `HH:MM`. */
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
/** A calendar date, `YYYY-MM-DD`, from 1900 on. */
export const CalendarDate = z.iso.date().refine((value) => value >= '1900-01-01');
/** A month, `YYYY-MM`, from 1900 to 2099. */
export const Month = z.string().regex(/^(19|20)\d{2}-(0[1-9]|1[0-2])$/);
export type Month = z.infer<typeof Month>;

/**
 * Folds a name for comparisons across organizations: accents, case, punctuation and repeated spaces
 * do not make two places different ("Parque Central" = "parque  central" = "PARQUE CENTRAL.").
 */
export function normalizePlaceName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// ── Areas ────────────────────────────────────────────────────────────────────────────────────────

export const AreaCreateInput = z
  .strictObject({
    id: Uuid.optional(),
    level: AreaLevel,
    name: Name,
    /** Null for a country; otherwise the area one level up. */
    parentId: Uuid.nullable().optional(),
    /** Only for a country; provinces and municipalities inherit their country's code. */
    countryCode: CountryCode.optional(),
  })
  .superRefine((input, ctx) => {
    const isCountry = input.level === 'country';
    if (isCountry && input.parentId)
      ctx.addIssue({ code: 'custom', path: ['parentId'], message: 'a country has no parent' });
    if (isCountry && !input.countryCode)
      ctx.addIssue({ code: 'invalid_type', expected: 'string', path: ['countryCode'], message: 'required' });
    if (!isCountry && !input.parentId)
      ctx.addIssue({ code: 'invalid_type', expected: 'string', path: ['parentId'], message: 'required' });
    if (!isCountry && input.countryCode)
      ctx.addIssue({ code: 'custom', path: ['countryCode'], message: 'inherited from the country' });
  });
export type AreaCreateInput = z.infer<typeof AreaCreateInput>;

export const AreaUpdateInput = z.strictObject({ name: Name });
export type AreaUpdateInput = z.infer<typeof AreaUpdateInput>;

export const AreaView = z.strictObject({
  id: z.string(),
  parentId: z.string().nullable(),
  level: AreaLevel,
  name: z.string(),
  countryCode: z.string(),
  /** Names from the country down to this area. */
  path: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AreaView = z.infer<typeof AreaView>;
export const AreaList = z.strictObject({ areas: z.array(AreaView) });
export type AreaList = z.infer<typeof AreaList>;
export const AreaParams = z.strictObject({ orgId: z.uuid(), areaId: z.uuid() });

// ── Sites ────────────────────────────────────────────────────────────────────────────────────────

const ActivityDays = z
  .array(Weekday)
  .max(7)
  .refine((days) => new Set(days).size === days.length);

export const SiteCreateInput = z.strictObject({
  id: Uuid.optional(),
  areaId: Uuid,
  name: Name,
  typology: SiteTypology,
  activityDays: ActivityDays.default([]),
  opensAt: ClockTime.nullable().optional(),
  closesAt: ClockTime.nullable().optional(),
  localGroupId: Uuid.nullable().optional(),
  notes: Notes.optional(),
});
export type SiteCreateInput = z.infer<typeof SiteCreateInput>;

export const SiteUpdateInput = z.strictObject({
  areaId: Uuid.optional(),
  name: Name.optional(),
  typology: SiteTypology.optional(),
  activityDays: ActivityDays.optional(),
  opensAt: ClockTime.nullable().optional(),
  closesAt: ClockTime.nullable().optional(),
  localGroupId: Uuid.nullable().optional(),
  notes: Notes.nullable().optional(),
});
export type SiteUpdateInput = z.infer<typeof SiteUpdateInput>;

export const SiteWorkersInput = z.strictObject({
  userIds: z
    .array(Uuid)
    .max(200)
    .refine((ids) => new Set(ids).size === ids.length),
});
export type SiteWorkersInput = z.infer<typeof SiteWorkersInput>;

export const SiteWorkerView = z.strictObject({ userId: z.string(), displayName: z.string() });
export type SiteWorkerView = z.infer<typeof SiteWorkerView>;
export const SiteWorkerList = z.strictObject({ workers: z.array(SiteWorkerView) });

export const EstimateCreateInput = z
  .strictObject({
    id: Uuid.optional(),
    low: z.int().min(0).max(ESTIMATE_MAX),
    point: z.int().min(0).max(ESTIMATE_MAX),
    high: z.int().min(0).max(ESTIMATE_MAX),
    method: EstimateMethod,
    estimatedOn: CalendarDate,
    source: z.string().trim().max(SOURCE_MAX).nullable().optional(),
  })
  .superRefine((input, ctx) => {
    // Reported as "too big (maximum N)" on the field that breaks low ≤ point ≤ high, so the message
    // names the field and the bound in the user's language, on the server and in the form alike.
    if (input.low > input.point)
      ctx.addIssue({
        code: 'too_big',
        origin: 'number',
        maximum: input.point,
        inclusive: true,
        path: ['low'],
        input: input.low,
        message: 'low must not exceed point',
      });
    else if (input.point > input.high)
      ctx.addIssue({
        code: 'too_big',
        origin: 'number',
        maximum: input.high,
        inclusive: true,
        path: ['point'],
        input: input.point,
        message: 'point must not exceed high',
      });
  });
export type EstimateCreateInput = z.infer<typeof EstimateCreateInput>;

export const EstimateView = z.strictObject({
  id: z.string(),
  siteId: z.string(),
  low: z.number(),
  point: z.number(),
  high: z.number(),
  method: EstimateMethod,
  estimatedOn: z.string(),
  source: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export type EstimateView = z.infer<typeof EstimateView>;
export const EstimateList = z.strictObject({ estimates: z.array(EstimateView) });
export type EstimateList = z.infer<typeof EstimateList>;

/**
 * Another organization of the network has a site in the same area (same country, province and
 * municipality names) with the same typology or the same name. Only its name and the area are shown:
 * never its site, its estimate or its people.
 */
export const OverlapReason = z.enum(['typology', 'name']);
export const OverlapWarning = z.strictObject({
  organizationName: z.string(),
  areaPath: z.array(z.string()),
  reasons: z.array(OverlapReason),
});
export type OverlapWarning = z.infer<typeof OverlapWarning>;

export const SiteView = z.strictObject({
  id: z.string(),
  orgId: z.string(),
  areaId: z.string(),
  areaPath: z.array(z.string()),
  countryCode: z.string(),
  name: z.string(),
  typology: SiteTypology,
  activityDays: z.array(Weekday),
  opensAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  localGroupId: z.string().nullable(),
  /** Encrypted at rest; present only on a detail read by a role that may read it. */
  notes: z.string().nullable().optional(),
  workers: z.array(SiteWorkerView),
  currentEstimate: EstimateView.nullable(),
  /** On create, update and detail: catchment overlaps with other organizations of the network. */
  overlaps: z.array(OverlapWarning).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SiteView = z.infer<typeof SiteView>;
export const SiteList = z.strictObject({ sites: z.array(SiteView) });
export type SiteList = z.infer<typeof SiteList>;
export const SiteParams = z.strictObject({ orgId: z.uuid(), siteId: z.uuid() });
export const SiteListQuery = z.strictObject({ areaId: Uuid.optional() });

export const SiteOverlapView = z.strictObject({
  siteId: z.string(),
  siteName: z.string(),
  overlaps: z.array(OverlapWarning),
});
export type SiteOverlapView = z.infer<typeof SiteOverlapView>;
export const SiteOverlapList = z.strictObject({ sites: z.array(SiteOverlapView) });
export type SiteOverlapList = z.infer<typeof SiteOverlapList>;

// ── Zero returns ─────────────────────────────────────────────────────────────────────────────────

export const SiteReportCreateInput = z.strictObject({
  id: Uuid.optional(),
  siteId: Uuid,
  month: Month,
});
export type SiteReportCreateInput = z.infer<typeof SiteReportCreateInput>;

export const SiteReportView = z.strictObject({
  id: z.string(),
  siteId: z.string(),
  month: Month,
  status: z.literal('nothing_to_report'),
  reportedBy: z.string().nullable(),
  reportedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type SiteReportView = z.infer<typeof SiteReportView>;

/** For a site and a month: contacts recorded, "nothing to report" filed, or silence (missing). */
export const MonthStatus = z.enum(['has_contacts', 'nothing_to_report', 'silent']);
export type MonthStatus = z.infer<typeof MonthStatus>;

export const SiteMonthView = z.strictObject({
  siteId: z.string(),
  siteName: z.string(),
  areaPath: z.array(z.string()),
  typology: SiteTypology,
  status: MonthStatus,
  /** Effective contacts at the site in the month; null when contacts are not recorded yet. */
  contactCount: z.number().nullable(),
  report: SiteReportView.nullable(),
});
export type SiteMonthView = z.infer<typeof SiteMonthView>;
export const SiteMonthList = z.strictObject({ month: Month, sites: z.array(SiteMonthView) });
export type SiteMonthList = z.infer<typeof SiteMonthList>;
export const SiteMonthQuery = z.strictObject({ month: Month.optional() });

/** The month (`YYYY-MM`) of an instant, in UTC. */
export function monthOf(date: Date): Month {
  return date.toISOString().slice(0, 7);
}

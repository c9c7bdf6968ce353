import { z } from 'zod';
import { Uuid } from './common.schemas';
import { COVERAGE_MAX_MONTHS, monthsBetween } from './coverage.schemas';
import { DHIS2_UID, INDICATOR_CODES } from './coverage-exports/indicators';
import { Locale } from './locales';
import { Month } from './sites.schemas';

export const IndicatorCode = z.enum(INDICATOR_CODES);

const Wording = z.string().trim().min(1).max(300);
export const IndicatorWordingInput = z.strictObject({ es: Wording, 'pt-BR': Wording, en: Wording });

/** A DHIS2 UID (dataElement, categoryOptionCombo, orgUnit, dataSet). */
export const Dhis2Uid = z.string().regex(DHIS2_UID, 'dhis2_uid');

export const IndicatorLabelSetting = z.strictObject({
  indicator: IndicatorCode,
  labels: IndicatorWordingInput,
});
export type IndicatorLabelSetting = z.infer<typeof IndicatorLabelSetting>;

/** Where an indicator goes in DHIS2: its data element and, optionally, its category option combo. */
export const Dhis2DataElementMapping = z.strictObject({
  indicator: IndicatorCode,
  dataElement: Dhis2Uid,
  categoryOptionCombo: Dhis2Uid.nullable(),
});
export type Dhis2DataElementMapping = z.infer<typeof Dhis2DataElementMapping>;

/** The DHIS2 organisation unit of a site, or of the organization as a whole (`siteId: null`). */
export const Dhis2OrgUnitMapping = z.strictObject({ siteId: Uuid.nullable(), orgUnit: Dhis2Uid });
export type Dhis2OrgUnitMapping = z.infer<typeof Dhis2OrgUnitMapping>;

function uniqueBy<T>(key: (item: T) => string | null, field: string) {
  return (items: readonly T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string | null>();
    items.forEach((item, index) => {
      const k = key(item);
      if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [index, field], message: 'duplicate' });
      seen.add(k);
    });
  };
}

/** The organization's export settings, replaced as a whole (an indicator left out keeps its default). */
export const CoverageExportSettingsInput = z.strictObject({
  labels: z
    .array(IndicatorLabelSetting)
    .max(INDICATOR_CODES.length)
    .superRefine(uniqueBy((l) => l.indicator, 'indicator')),
  dataSet: Dhis2Uid.nullable(),
  dataElements: z
    .array(Dhis2DataElementMapping)
    .max(INDICATOR_CODES.length)
    .superRefine(uniqueBy((d) => d.indicator, 'indicator')),
  orgUnits: z
    .array(Dhis2OrgUnitMapping)
    .max(1000)
    .superRefine(uniqueBy((o) => o.siteId, 'siteId')),
});
export type CoverageExportSettingsInput = z.infer<typeof CoverageExportSettingsInput>;

export const CoverageExportSettingsView = z.strictObject({
  /** Every indicator, with the organization's wording or the default. */
  labels: z.array(IndicatorLabelSetting.extend({ isDefault: z.boolean() })),
  dataSet: z.string().nullable(),
  dataElements: z.array(Dhis2DataElementMapping),
  orgUnits: z.array(Dhis2OrgUnitMapping),
  /** Null while the organization uses the defaults. */
  updatedAt: z.string().nullable(),
});
export type CoverageExportSettingsView = z.infer<typeof CoverageExportSettingsView>;

// ── Downloads

export const DASHBOARD_EXPORT_FORMATS = ['csv', 'xlsx', 'pdf'] as const;
export const INDICATOR_EXPORT_FORMATS = ['csv', 'xlsx', 'dhis2', 'adx'] as const;

export const DashboardExportParams = z.strictObject({
  orgId: z.uuid(),
  format: z.enum(DASHBOARD_EXPORT_FORMATS),
});
export const IndicatorExportParams = z.strictObject({
  orgId: z.uuid(),
  format: z.enum(INDICATOR_EXPORT_FORMATS),
});

/** The engine's limits: `to` not before `from`, at most COVERAGE_MAX_MONTHS months. */
function checkPeriod(q: { from: string; to: string }, ctx: z.RefinementCtx) {
  const span = monthsBetween(q.from, q.to);
  if (span < 0) ctx.addIssue({ code: 'custom', path: ['to'], message: 'before_from' });
  else if (span >= COVERAGE_MAX_MONTHS) ctx.addIssue({ code: 'custom', path: ['to'], message: 'too_long' });
}

/**
 * The dashboard in a file: the same figures the page shows for the period and drill-down
 * (a site, else a local group, else the whole organization).
 */
export const DashboardExportQuery = z
  .strictObject({
    from: Month,
    to: Month,
    packageId: Uuid.optional(),
    localGroupId: Uuid.optional(),
    siteId: Uuid.optional(),
    lang: Locale.optional(),
  })
  .superRefine(checkPeriod);
export type DashboardExportQuery = z.infer<typeof DashboardExportQuery>;

/** Standard indicators of a period; DHIS2 and ADX need a whole month, quarter or year. */
export const IndicatorExportQuery = z
  .strictObject({
    from: Month,
    to: Month,
    packageId: Uuid.optional(),
    lang: Locale.optional(),
  })
  .superRefine(checkPeriod);
export type IndicatorExportQuery = z.infer<typeof IndicatorExportQuery>;

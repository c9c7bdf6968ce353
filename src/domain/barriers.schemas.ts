import { z } from 'zod';
import { PublishedCountSchema } from './case-analysis.schemas';
import { Uuid } from './common.schemas';
import { CountryCode } from './countries';

/**
 * Structural barriers (issue 5 §6, extended by issue 7): a law, a regulation, a police practice or a
 * policy that blocks sex workers' health and rights. Cases are linked to the barrier they show; the
 * analysis counts how many cases fed each barrier.
 */
export const BARRIER_KINDS = ['law', 'regulation', 'police_practice', 'policy', 'other'] as const;
export const BarrierKind = z.enum(BARRIER_KINDS);
export type BarrierKind = z.infer<typeof BarrierKind>;

export const BARRIER_STATUSES = ['active', 'challenged', 'reformed', 'repealed'] as const;
export const BarrierStatus = z.enum(BARRIER_STATUSES);
export type BarrierStatus = z.infer<typeof BarrierStatus>;

export const BARRIER_LIMITS = { titleMax: 200, descriptionMax: 4000, listMax: 500 } as const;

const Title = z.string().trim().min(1).max(BARRIER_LIMITS.titleMax);
const Description = z.string().trim().max(BARRIER_LIMITS.descriptionMax);

export const BarrierCreateInput = z.strictObject({
  id: Uuid.optional(),
  kind: BarrierKind,
  title: Title,
  description: Description.default(''),
  countryCode: CountryCode,
  areaId: Uuid.nullable().optional(),
  status: BarrierStatus.default('active'),
});
export type BarrierCreateInput = z.input<typeof BarrierCreateInput>;

export const BarrierUpdateInput = z.strictObject({
  kind: BarrierKind.optional(),
  title: Title.optional(),
  description: Description.optional(),
  countryCode: CountryCode.optional(),
  areaId: Uuid.nullable().optional(),
  status: BarrierStatus.optional(),
});
export type BarrierUpdateInput = z.infer<typeof BarrierUpdateInput>;

export const BarrierParams = z.strictObject({ orgId: z.uuid(), barrierId: z.uuid() });
export const CaseBarrierParams = z.strictObject({ orgId: z.uuid(), caseId: z.uuid() });
export const CaseBarrierLinkParams = z.strictObject({
  orgId: z.uuid(),
  caseId: z.uuid(),
  barrierId: z.uuid(),
});

export const BarrierListQuery = z.strictObject({
  status: BarrierStatus.optional(),
  kind: BarrierKind.optional(),
  /** The register per country and area (issue 7 §4). */
  countryCode: CountryCode.optional(),
  areaId: z.uuid().optional(),
});
export type BarrierListQuery = z.infer<typeof BarrierListQuery>;

export const BarrierView = z.strictObject({
  id: z.string(),
  kind: BarrierKind,
  title: z.string(),
  description: z.string(),
  countryCode: z.string(),
  areaId: z.string().nullable(),
  areaName: z.string().nullable(),
  status: BarrierStatus,
  /** Consented cases linked to it, suppressed like the analysis ('<' = 1..threshold−1). */
  caseCount: PublishedCountSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type BarrierView = z.infer<typeof BarrierView>;

export const BarrierList = z.strictObject({ threshold: z.int(), barriers: z.array(BarrierView) });
export type BarrierList = z.infer<typeof BarrierList>;

export const CaseBarrierLinkInput = z.strictObject({ barrierId: Uuid });

export const CaseBarrierList = z.strictObject({
  barriers: z.array(
    z.strictObject({
      id: z.string(),
      kind: BarrierKind,
      title: z.string(),
      status: BarrierStatus,
      linkedAt: z.string(),
    }),
  ),
});
export type CaseBarrierList = z.infer<typeof CaseBarrierList>;

import { z } from 'zod';
import { Uuid } from './common.schemas';

/**
 * A consented escalation package (issue 5 §5): a redacted case summary for an urgent appeal to a
 * human-rights body. The paralegal picks, field by field, what goes in; the server builds the text from
 * the case's own records (never a display code, never a perpetrator's name, never the reference) plus
 * the narrative excerpt she wrote for it. Only for cases with `advocacy_anonymized` consent.
 */
export const ESCALATION_LIMITS = { excerptMax: 2000 } as const;

export const EscalationDatePrecision = z.enum(['none', 'year', 'month', 'day']);
export const EscalationAreaLevel = z.enum(['none', 'country', 'province', 'municipality']);

export const EscalationFields = z.strictObject({
  datePrecision: EscalationDatePrecision,
  areaLevel: EscalationAreaLevel,
  locationType: z.boolean(),
  actTypes: z.boolean(),
  perpetratorTypes: z.boolean(),
  responses: z.boolean(),
  /** Whether the excerpt below goes in. */
  narrativeExcerpt: z.boolean(),
});
export type EscalationFields = z.infer<typeof EscalationFields>;

export const EscalationInput = z.strictObject({
  id: Uuid.optional(),
  fields: EscalationFields,
  /** Her own redacted wording (no names, no codes); required when `fields.narrativeExcerpt`. */
  excerpt: z.string().trim().max(ESCALATION_LIMITS.excerptMax).default(''),
});
export type EscalationInput = z.input<typeof EscalationInput>;

export const EscalationParams = z.strictObject({ orgId: z.uuid(), caseId: z.uuid() });
export const EscalationItemParams = z.strictObject({
  orgId: z.uuid(),
  caseId: z.uuid(),
  escalationId: z.uuid(),
});

export const EscalationSection = z.strictObject({ heading: z.string(), lines: z.array(z.string()) });
export type EscalationSection = z.infer<typeof EscalationSection>;

export const EscalationPreview = z.strictObject({
  title: z.string(),
  sections: z.array(EscalationSection),
});
export type EscalationPreview = z.infer<typeof EscalationPreview>;

/** What the paralegal chooses from: which options exist for this case (no sensitive text). */
export const EscalationOptions = z.strictObject({
  consented: z.boolean(),
  hasDate: z.boolean(),
  areaLevels: z.array(EscalationAreaLevel),
  hasLocationType: z.boolean(),
  actTypeCount: z.int(),
  perpetratorTypeCount: z.int(),
  responseCount: z.int(),
});
export type EscalationOptions = z.infer<typeof EscalationOptions>;

export const EscalationView = z.strictObject({
  id: z.string(),
  caseId: z.string(),
  fields: EscalationFields,
  createdAt: z.string(),
  preview: EscalationPreview,
});
export type EscalationView = z.infer<typeof EscalationView>;

export const EscalationList = z.strictObject({
  escalations: z.array(z.strictObject({ id: z.string(), fields: EscalationFields, createdAt: z.string() })),
});
export type EscalationList = z.infer<typeof EscalationList>;

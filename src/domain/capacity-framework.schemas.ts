import { z } from 'zod';
import { Uuid } from './common.schemas';

/** A text in es, pt-BR and en (all three required). */
export const LocalizedTextView = z.strictObject({ es: z.string(), 'pt-BR': z.string(), en: z.string() });

export const LevelDescriptionsView = z.strictObject({
  '1': LocalizedTextView,
  '2': LocalizedTextView,
  '3': LocalizedTextView,
  '4': LocalizedTextView,
});

export const CapacityItemView = z.strictObject({
  id: z.string(),
  key: z.string(),
  domainId: z.string(),
  position: z.number().int(),
  statement: LocalizedTextView,
  levels: LevelDescriptionsView,
  custom: z.boolean(),
});
export type CapacityItemView = z.infer<typeof CapacityItemView>;

export const CapacityDomainView = z.strictObject({
  id: z.string(),
  key: z.string(),
  position: z.number().int(),
  optional: z.boolean(),
  enabled: z.boolean(),
  labels: LocalizedTextView,
  description: LocalizedTextView.nullable(),
  items: z.array(CapacityItemView),
});
export type CapacityDomainView = z.infer<typeof CapacityDomainView>;

/** One version of an organization's framework with every domain (enabled or not) and item, in order. */
export const CapacityFrameworkView = z.strictObject({
  id: z.string(),
  version: z.number().int(),
  name: z.string(),
  basedOnId: z.string().nullable(),
  /** Set once an assessment uses this version; editing it then creates the next version. */
  frozenAt: z.string().nullable(),
  createdAt: z.string(),
  domains: z.array(CapacityDomainView),
});
export type CapacityFrameworkView = z.infer<typeof CapacityFrameworkView>;

export const FrameworkParams = z.strictObject({ orgId: z.uuid(), frameworkId: Uuid });
export type FrameworkParams = z.infer<typeof FrameworkParams>;

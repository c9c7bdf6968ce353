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

/** Longest statement or level description an organization may write, per language. */
export const CAPACITY_TEXT_MAX = 500;

const TextPart = z.string().trim().max(CAPACITY_TEXT_MAX).optional();

/**
 * A text written in one or more of the three languages (at least one); the server fills the missing
 * languages with the first one given (Spanish, then Portuguese, then English).
 */
export const LocalizedTextInput = z
  .strictObject({ es: TextPart, 'pt-BR': TextPart, en: TextPart })
  .refine((value) => Boolean(value.es || value['pt-BR'] || value.en), {
    message: 'Write the text in at least one language',
  });
export type LocalizedTextInput = z.infer<typeof LocalizedTextInput>;

export const LevelDescriptionsInput = z.strictObject({
  '1': LocalizedTextInput,
  '2': LocalizedTextInput,
  '3': LocalizedTextInput,
  '4': LocalizedTextInput,
});

export const DomainKey = z.string().regex(/^[a-z][a-z0-9_]{0,62}$/);
export const ItemKey = z.string().regex(/^[a-z][a-z0-9_]{0,62}\.[a-z][a-z0-9_]{0,62}$/);

/** An item the organization adds to one of its domains; its key is given by the server. */
export const CapacityItemCreateInput = z.strictObject({
  id: Uuid.optional(),
  domainKey: DomainKey,
  statement: LocalizedTextInput,
  levels: LevelDescriptionsInput,
});
export type CapacityItemCreateInput = z.infer<typeof CapacityItemCreateInput>;

/** Rewording of an organization's own item (standard items are not edited: they are compared across organizations and years). */
export const CapacityItemUpdateInput = z
  .strictObject({ statement: LocalizedTextInput.optional(), levels: LevelDescriptionsInput.optional() })
  .refine((value) => value.statement !== undefined || value.levels !== undefined, {
    message: 'Nothing to change',
  });
export type CapacityItemUpdateInput = z.infer<typeof CapacityItemUpdateInput>;

export const CapacityDomainUpdateInput = z.strictObject({ enabled: z.boolean() });
export type CapacityDomainUpdateInput = z.infer<typeof CapacityDomainUpdateInput>;

/** Starts the next version from the current one (which must be frozen by an assessment). */
export const CapacityVersionCreateInput = z.strictObject({ basedOnId: Uuid });
export type CapacityVersionCreateInput = z.infer<typeof CapacityVersionCreateInput>;

export const FrameworkItemParams = z.strictObject({ orgId: z.uuid(), frameworkId: Uuid, itemKey: ItemKey });
export type FrameworkItemParams = z.infer<typeof FrameworkItemParams>;
export const FrameworkDomainParams = z.strictObject({
  orgId: z.uuid(),
  frameworkId: Uuid,
  domainKey: DomainKey,
});
export type FrameworkDomainParams = z.infer<typeof FrameworkDomainParams>;

export const CapacityFrameworkSummary = z.strictObject({
  id: z.string(),
  version: z.number().int(),
  name: z.string(),
  basedOnId: z.string().nullable(),
  frozenAt: z.string().nullable(),
  createdAt: z.string(),
  /** Items of enabled domains (what an assessment of this version scores). */
  itemCount: z.number().int(),
  enabledDomainCount: z.number().int(),
  current: z.boolean(),
});
export type CapacityFrameworkSummary = z.infer<typeof CapacityFrameworkSummary>;
export const CapacityFrameworkList = z.strictObject({ frameworks: z.array(CapacityFrameworkSummary) });
export type CapacityFrameworkList = z.infer<typeof CapacityFrameworkList>;

export const CapacityItemCreated = z.strictObject({
  framework: CapacityFrameworkView,
  item: CapacityItemView,
});
export type CapacityItemCreated = z.infer<typeof CapacityItemCreated>;

export const FrameworkChangesQuery = z.strictObject({ against: Uuid.optional() });
/** What changed in a version against another (by default the version it was based on), by key. */
export const CapacityFrameworkChanges = z.strictObject({
  against: z.strictObject({ id: z.string(), version: z.number().int() }).nullable(),
  addedItems: z.array(z.string()),
  removedItems: z.array(z.string()),
  changedItems: z.array(z.string()),
  enabledDomains: z.array(z.string()),
  disabledDomains: z.array(z.string()),
});
export type CapacityFrameworkChanges = z.infer<typeof CapacityFrameworkChanges>;

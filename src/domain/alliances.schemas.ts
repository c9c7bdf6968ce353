import { z } from 'zod';
import { Name, Uuid } from './common.schemas';

/** Schemas of the alliances registry (issue 7 part 7): partners, engagements and joint actions. */

export const PARTNER_KINDS = [
  'sex_worker_org',
  'trans_lgbti',
  'plhiv_network',
  'harm_reduction',
  'human_rights_ngo',
  'government',
  'academia',
  'media',
  'funder',
] as const;
export const PartnerKind = z.enum(PARTNER_KINDS);
export type PartnerKind = z.infer<typeof PartnerKind>;

export const PARTNER_STRENGTHS = ['emerging', 'active', 'strong'] as const;
export const PartnerStrength = z.enum(PARTNER_STRENGTHS);
export type PartnerStrength = z.infer<typeof PartnerStrength>;

export const INTERACTION_KINDS = ['engagement', 'joint_action'] as const;
export const InteractionKind = z.enum(INTERACTION_KINDS);
export type InteractionKind = z.infer<typeof InteractionKind>;

const CalendarDate = z.iso.date().refine((value) => value >= '2000-01-01', { message: 'too_small' });

/** The contact is a role ("coordinadora de programas"), never a private name. */
const ContactRole = Name.nullable();

export const PartnerCreateInput = z.strictObject({
  id: Uuid.optional(),
  name: Name,
  kind: PartnerKind,
  contactRole: ContactRole.optional(),
  strength: PartnerStrength,
});
export type PartnerCreateInput = z.infer<typeof PartnerCreateInput>;

export const PartnerUpdateInput = z.strictObject({
  name: Name.optional(),
  kind: PartnerKind.optional(),
  contactRole: ContactRole.optional(),
  strength: PartnerStrength.optional(),
});
export type PartnerUpdateInput = z.infer<typeof PartnerUpdateInput>;

export const PartnerParams = z.strictObject({ orgId: z.uuid(), partnerId: Uuid });
export type PartnerParams = z.infer<typeof PartnerParams>;

export const InteractionCreateInput = z.strictObject({
  id: Uuid.optional(),
  kind: InteractionKind,
  title: Name,
  happenedOn: CalendarDate,
});
export type InteractionCreateInput = z.infer<typeof InteractionCreateInput>;

export const PartnerSummary = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind: PartnerKind,
  contactRole: z.string().nullable(),
  strength: PartnerStrength,
  engagements: z.number().int(),
  jointActions: z.number().int(),
  lastInteractionOn: z.string().nullable(),
});
export type PartnerSummary = z.infer<typeof PartnerSummary>;
export const PartnerList = z.strictObject({ partners: z.array(PartnerSummary) });
export type PartnerList = z.infer<typeof PartnerList>;

export const InteractionView = z.strictObject({
  id: z.string(),
  kind: InteractionKind,
  title: z.string(),
  happenedOn: z.string(),
});
export type InteractionView = z.infer<typeof InteractionView>;

export const PartnerDetail = PartnerSummary.extend({ interactions: z.array(InteractionView) });
export type PartnerDetail = z.infer<typeof PartnerDetail>;

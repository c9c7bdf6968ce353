import { z } from 'zod';
import { Uuid } from './common.schemas';

/** Information topics talked about in a contact (fixed list; labels under `contacts.topics`). */
export const INFO_TOPICS = [
  'hiv_prevention',
  'prep',
  'sti',
  'rights_legal',
  'violence_safety',
  'health_services',
  'drugs_harm_reduction',
  'other',
] as const;
export const InfoTopic = z.enum(INFO_TOPICS);
export type InfoTopic = z.infer<typeof InfoTopic>;

/** Needs the promotora flags for follow-up (labels under `contacts.needs`). */
export const CONTACT_NEEDS = [
  'health_care',
  'legal_support',
  'violence_support',
  'mental_health',
  'housing',
  'food',
  'documents',
  'other',
] as const;
export const ContactNeed = z.enum(CONTACT_NEEDS);
export type ContactNeed = z.infer<typeof ContactNeed>;

export const REFERRAL_SERVICES = [
  'hiv_test',
  'sti',
  'prep',
  'pep',
  'mental_health',
  'legal',
  'social',
  'other',
] as const;
export const ReferralService = z.enum(REFERRAL_SERVICES);
export type ReferralService = z.infer<typeof ReferralService>;

export const FACILITY_TYPES = ['public', 'ngo', 'private', 'community'] as const;
export const FacilityType = z.enum(FACILITY_TYPES);
export type FacilityType = z.infer<typeof FacilityType>;

/**
 * A referral's follow-up: referred (when the contact is recorded) → attended / not attended →
 * result. The result says what came of it, never a test result (no serostatus is stored).
 */
export const REFERRAL_EVENT_STATUSES = ['attended', 'not_attended', 'result'] as const;
export const ReferralEventStatus = z.enum(REFERRAL_EVENT_STATUSES);
export type ReferralEventStatus = z.infer<typeof ReferralEventStatus>;
export type ReferralStatus = 'referred' | ReferralEventStatus;

export const REFERRAL_RESULTS = ['service_received', 'result_known', 'service_denied', 'pending'] as const;
export const ReferralResult = z.enum(REFERRAL_RESULTS);
export type ReferralResult = z.infer<typeof ReferralResult>;

/** Limits of the contact form (far above a real contact, low enough to catch typos). */
export const CONTACT_LIMITS = {
  earliestDate: '2000-01-01',
  anonymousCountMax: 200,
  condomsMax: 1000,
  lubricantMax: 500,
  hivSelfTestsMax: 50,
  referralsMax: 8,
  listMax: 200,
} as const;

/** A calendar date, `YYYY-MM-DD`, not before the registry's earliest plausible date. */
export const ContactDate = z.iso
  .date()
  .refine((value) => value >= CONTACT_LIMITS.earliestDate, { message: 'too_early' });

const quantity = (max: number) => z.number().int().min(0).max(max);
const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((list) => new Set(list).size === list.length, { message: 'duplicate' });

export const ReferralInput = z.strictObject({
  id: Uuid.optional(),
  service: ReferralService,
  facilityType: FacilityType,
});
export type ReferralInput = z.infer<typeof ReferralInput>;

/** What a contact holds, shared by the create and correction bodies. */
const contactFields = {
  contactedOn: ContactDate,
  siteId: Uuid.nullable().optional(),
  /** Defaults to the caller; coordinators and administrators may record for a promotora. */
  promotoraUserId: Uuid.optional(),
  /** A registered member, or… */
  memberId: Uuid.nullable().optional(),
  /** …an anonymous tally of people who decline to register (≥ 1). */
  anonymousCount: z.number().int().min(1).max(CONTACT_LIMITS.anonymousCountMax).nullable().optional(),
  condoms: quantity(CONTACT_LIMITS.condomsMax).optional(),
  lubricant: quantity(CONTACT_LIMITS.lubricantMax).optional(),
  hivSelfTests: quantity(CONTACT_LIMITS.hivSelfTestsMax).optional(),
  infoTopics: uniqueList(InfoTopic, INFO_TOPICS.length).optional(),
  needs: uniqueList(ContactNeed, CONTACT_NEEDS.length).optional(),
  referrals: z.array(ReferralInput).max(CONTACT_LIMITS.referralsMax).optional(),
  stockPointId: Uuid.nullable().optional(),
};

/** A member or an anonymous tally, never both, never neither (reported on `memberId`). */
function requireWhoWasReached(
  input: { memberId?: string | null; anonymousCount?: number | null },
  ctx: z.RefinementCtx,
) {
  const hasMember = input.memberId != null;
  const hasTally = input.anonymousCount != null;
  if (hasMember && hasTally)
    ctx.addIssue({ code: 'custom', path: ['anonymousCount'], message: 'member_or_tally' });
  if (!hasMember && !hasTally)
    ctx.addIssue({
      code: 'invalid_type',
      expected: 'string',
      path: ['memberId'],
      message: 'member_or_tally',
    });
}

export const ContactCreateInput = z
  .strictObject({ id: Uuid.optional(), ...contactFields })
  .superRefine(requireWhoWasReached);
export type ContactCreateInput = z.infer<typeof ContactCreateInput>;

/**
 * A correction is a new event that supersedes the contact: the fields it gives replace the
 * corrected event's, the others are kept (`referrals`, when given, replace the list). `voided: true`
 * cancels the contact instead and takes no other field.
 */
export const ContactCorrectionInput = z
  .strictObject({
    id: Uuid.optional(),
    voided: z.literal(true).optional(),
    ...contactFields,
    contactedOn: ContactDate.optional(),
  })
  .superRefine((input, ctx) => {
    if (!input.voided) return;
    const extra = Object.keys(input).find((key) => key !== 'id' && key !== 'voided');
    if (extra) ctx.addIssue({ code: 'custom', path: [extra], message: 'not_with_void' });
  });
export type ContactCorrectionInput = z.infer<typeof ContactCorrectionInput>;

export const ContactParams = z.strictObject({ orgId: z.uuid(), contactId: Uuid });
export const ReferralParams = z.strictObject({ orgId: z.uuid(), referralId: Uuid });

export const ContactListQuery = z.strictObject({
  memberId: Uuid.optional(),
  siteId: Uuid.optional(),
  from: ContactDate.optional(),
  to: ContactDate.optional(),
  /** `1`: every event (corrections and voids included), newest first. */
  history: z.enum(['0', '1']).optional(),
  limit: z.coerce.number().int().min(1).max(CONTACT_LIMITS.listMax).optional(),
});
export type ContactListQuery = z.infer<typeof ContactListQuery>;

export const ReferralView = z.strictObject({
  id: z.string(),
  service: ReferralService,
  facilityType: FacilityType,
  status: z.enum(['referred', ...REFERRAL_EVENT_STATUSES]),
  result: ReferralResult.nullable(),
  statusOn: z.string().nullable(),
});
export type ReferralView = z.infer<typeof ReferralView>;

export const ContactView = z.strictObject({
  id: z.string(),
  contactedOn: z.string(),
  siteId: z.string().nullable(),
  promotoraUserId: z.string(),
  memberId: z.string().nullable(),
  memberDisplayCode: z.string().nullable(),
  anonymousCount: z.number().nullable(),
  /** Derived: the first effective contact of the member (null for anonymous tallies and old events). */
  firstContact: z.boolean().nullable(),
  condoms: z.number(),
  lubricant: z.number(),
  hivSelfTests: z.number(),
  infoTopics: z.array(InfoTopic),
  needs: z.array(ContactNeed),
  referrals: z.array(ReferralView),
  stockPointId: z.string().nullable(),
  supersedesId: z.string().nullable(),
  supersededById: z.string().nullable(),
  voided: z.boolean(),
  /** Neither superseded nor voided: what counts. */
  effective: z.boolean(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export type ContactView = z.infer<typeof ContactView>;

export const ContactList = z.strictObject({ contacts: z.array(ContactView) });
export type ContactList = z.infer<typeof ContactList>;

/** A contact with the chain of events it belongs to (oldest first). */
export const ContactDetail = z.strictObject({ contact: ContactView, history: z.array(ContactView) });
export type ContactDetail = z.infer<typeof ContactDetail>;

export const ReferralEventInput = z
  .strictObject({
    id: Uuid.optional(),
    status: ReferralEventStatus,
    result: ReferralResult.optional(),
    recordedOn: ContactDate,
  })
  .superRefine((input, ctx) => {
    if (input.status === 'result' && !input.result)
      ctx.addIssue({ code: 'invalid_type', expected: 'string', path: ['result'], message: 'required' });
    if (input.status !== 'result' && input.result)
      ctx.addIssue({ code: 'custom', path: ['result'], message: 'only_with_result' });
  });
export type ReferralEventInput = z.infer<typeof ReferralEventInput>;

/** Which status may follow which: a result only after she attended; "not attended" may turn out attended. */
export function canFollow(current: ReferralStatus, next: ReferralEventStatus): boolean {
  switch (next) {
    case 'attended':
      return current === 'referred' || current === 'not_attended';
    case 'not_attended':
      return current === 'referred';
    case 'result':
      return current === 'attended' || current === 'result';
  }
}

export const ReferralFollowUpQuery = z.strictObject({
  /** `open` (default): referred, not attended or attended without a result; `all`: every referral. */
  state: z.enum(['open', 'all']).optional(),
  limit: z.coerce.number().int().min(1).max(CONTACT_LIMITS.listMax).optional(),
});
export type ReferralFollowUpQuery = z.infer<typeof ReferralFollowUpQuery>;

export const ReferralFollowUpView = z.strictObject({
  ...ReferralView.shape,
  contactId: z.string(),
  contactedOn: z.string(),
  siteId: z.string().nullable(),
  promotoraUserId: z.string(),
  memberId: z.string().nullable(),
  memberDisplayCode: z.string().nullable(),
  anonymousCount: z.number().nullable(),
});
export type ReferralFollowUpView = z.infer<typeof ReferralFollowUpView>;

export const ReferralFollowUpList = z.strictObject({ referrals: z.array(ReferralFollowUpView) });
export type ReferralFollowUpList = z.infer<typeof ReferralFollowUpList>;

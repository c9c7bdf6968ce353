import { z } from 'zod';
import { Name, Notes, Uuid } from './common.schemas';
import { RiskFlagKey } from './registry-settings.schemas';
import { UicInput } from './uic';

/** Age bands kept instead of a birth date (minimization). */
export const AGE_BANDS = ['u18', '18_24', '25_34', '35_44', '45_plus', 'unknown'] as const;
export const AgeBand = z.enum(AGE_BANDS);
export type AgeBand = z.infer<typeof AgeBand>;

export const GENDER_IDENTITIES = [
  'woman',
  'trans_woman',
  'man',
  'trans_man',
  'non_binary',
  'other',
  'unknown',
] as const;
export const GenderIdentity = z.enum(GENDER_IDENTITIES);
export type GenderIdentity = z.infer<typeof GenderIdentity>;

/** Where she works: the site typologies (same values as `SiteTypology` of the sites module). */
export const WORK_SETTINGS = ['street', 'venue', 'brothel', 'apartment', 'hotel', 'online', 'other'] as const;
export const WorkSetting = z.enum(WORK_SETTINGS);
export type WorkSetting = z.infer<typeof WorkSetting>;

/** Roles she holds in the collective. */
export const LEADERSHIP_ROLES = [
  'local_group_leader',
  'board_member',
  'spokesperson',
  'peer_educator',
  'rights_defender',
  'other',
] as const;
export const LeadershipRole = z.enum(LEADERSHIP_ROLES);
export type LeadershipRole = z.infer<typeof LeadershipRole>;

/** Migration status, recorded (encrypted) only where the organization's registry settings allow it. */
export const MIGRANT_STATUSES = ['regular', 'irregular', 'in_process', 'refugee', 'not_said'] as const;
export const MigrantStatus = z.enum(MIGRANT_STATUSES);
export type MigrantStatus = z.infer<typeof MigrantStatus>;

export const CONSENT_PURPOSES = ['services', 'advocacy_anonymized', 'network_aggregates'] as const;
export const ConsentPurpose = z.enum(CONSENT_PURPOSES);
export type ConsentPurpose = z.infer<typeof ConsentPurpose>;

/** Limits of the member form. */
export const MEMBER_LIMITS = {
  riskFlagsMax: 8,
  usualSitesMax: 20,
  partnersPerWeekMax: 500,
  actsPerPartnerMax: 50,
  contactChannelMax: 200,
  listMax: 200,
} as const;

const CalendarDate = z.iso.date();
/** ISO 3166-1 alpha-2 (a migrant's nationality may lie outside the region). */
const Nationality = z.string().regex(/^[A-Z]{2}$/);
const distinct = <T>(items: readonly T[]) => new Set(items).size === items.length;
const set = <S extends z.ZodType>(item: S, max: number) =>
  z.array(item).max(max).refine(distinct, { message: 'duplicate' });

/** The attributes a member form edits. Every one may be left out. */
const memberAttributes = {
  assignedUserId: Uuid.nullable().optional(),
  localGroupId: Uuid.nullable().optional(),
  ageBand: AgeBand.optional(),
  genderIdentity: GenderIdentity.optional(),
  workSettings: set(WorkSetting, WORK_SETTINGS.length).optional(),
  usualSiteIds: set(Uuid, MEMBER_LIMITS.usualSitesMax).optional(),
  nationality: Nationality.nullable().optional(),
  migrantStatus: MigrantStatus.nullable().optional(),
  firstContactOn: CalendarDate.nullable().optional(),
  servedBeforeOrg: Name.nullable().optional(),
  servedBeforeSiteId: Uuid.nullable().optional(),
  riskFlags: set(RiskFlagKey, MEMBER_LIMITS.riskFlagsMax).optional(),
  leadershipRoles: set(LeadershipRole, LEADERSHIP_ROLES.length).optional(),
  partnersPerWeek: z.int().min(0).max(MEMBER_LIMITS.partnersPerWeekMax).nullable().optional(),
  actsPerPartner: z.int().min(0).max(MEMBER_LIMITS.actsPerPartnerMax).nullable().optional(),
  notes: Notes.nullable().optional(),
  contactChannel: z.string().trim().max(MEMBER_LIMITS.contactChannelMax).nullable().optional(),
};

/**
 * A new member. `uic` carries the code computed on the device; the server keeps only its keyed hash.
 * `confirmedDistinct` answers "possible duplicate — same person?" with "no".
 */
export const MemberCreateInput = z.strictObject({
  id: Uuid.optional(),
  uic: UicInput,
  confirmedDistinct: z.boolean().optional(),
  ...memberAttributes,
});
export type MemberCreateInput = z.infer<typeof MemberCreateInput>;

export const MemberUpdateInput = z.strictObject(memberAttributes);
export type MemberUpdateInput = z.infer<typeof MemberUpdateInput>;

export const MemberParams = z.strictObject({ orgId: z.uuid(), memberId: z.uuid() });
export type MemberParams = z.infer<typeof MemberParams>;

export const DuplicateCheckInput = z.strictObject({ uic: UicInput });
export type DuplicateCheckInput = z.infer<typeof DuplicateCheckInput>;

/** A member whose code hashes alike: only what is needed to tell them apart. */
export const DuplicateMatch = z.strictObject({ id: z.string(), displayCode: z.string() });
export type DuplicateMatch = z.infer<typeof DuplicateMatch>;
export const DuplicateCheckResult = z.strictObject({ matches: z.array(DuplicateMatch) });
export type DuplicateCheckResult = z.infer<typeof DuplicateCheckResult>;

export const MemberMergeInput = z.strictObject({ intoMemberId: Uuid });
export type MemberMergeInput = z.infer<typeof MemberMergeInput>;
export const NotDuplicateInput = z.strictObject({ otherMemberId: Uuid });
export type NotDuplicateInput = z.infer<typeof NotDuplicateInput>;

export const ConsentCreateInput = z.strictObject({
  id: Uuid.optional(),
  purpose: ConsentPurpose,
  granted: z.boolean(),
  /** The day she gave or withdrew consent; today when left out. */
  recordedOn: CalendarDate.optional(),
});
export type ConsentCreateInput = z.infer<typeof ConsentCreateInput>;

export const ConsentView = z.strictObject({
  id: z.string(),
  memberId: z.string(),
  purpose: ConsentPurpose,
  granted: z.boolean(),
  recordedOn: z.string(),
  recordedBy: z.string().nullable(),
  recordedByUserId: z.string(),
  createdAt: z.string(),
});
export type ConsentView = z.infer<typeof ConsentView>;
export const ConsentList = z.strictObject({ consents: z.array(ConsentView) });
export type ConsentList = z.infer<typeof ConsentList>;

/** The latest event of each purpose, or null when none was recorded (no consent). */
export const CurrentConsents = z.strictObject({
  services: ConsentView.nullable(),
  advocacy_anonymized: ConsentView.nullable(),
  network_aggregates: ConsentView.nullable(),
});
export type CurrentConsents = z.infer<typeof CurrentConsents>;

export const MemberListItem = z.strictObject({
  id: z.string(),
  displayCode: z.string(),
  assignedUserId: z.string().nullable(),
  ageBand: AgeBand,
  genderIdentity: GenderIdentity,
  riskFlags: z.array(z.string()),
  priority: z.boolean(),
  firstContactOn: z.string().nullable(),
  updatedAt: z.string(),
});
export type MemberListItem = z.infer<typeof MemberListItem>;
export const MemberList = z.strictObject({
  members: z.array(MemberListItem),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type MemberList = z.infer<typeof MemberList>;

const BooleanQuery = z.enum(['true', 'false']).transform((value) => value === 'true');
export const MemberListQuery = z.strictObject({
  /** Display code or its beginning, with or without the dash, any case. */
  q: z.string().max(20).optional(),
  siteId: z.uuid().optional(),
  flag: RiskFlagKey.optional(),
  priority: BooleanQuery.optional(),
  assignedUserId: z.uuid().optional(),
  cursor: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(MEMBER_LIMITS.listMax).default(50),
});
export type MemberListQuery = z.infer<typeof MemberListQuery>;

export const MemberView = z.strictObject({
  id: z.string(),
  orgId: z.string(),
  displayCode: z.string(),
  uicRecipeId: z.string(),
  uicFallbacks: z.array(z.string()),
  assignedUserId: z.string().nullable(),
  localGroupId: z.string().nullable(),
  ageBand: AgeBand,
  genderIdentity: GenderIdentity,
  workSettings: z.array(WorkSetting),
  usualSiteIds: z.array(z.string()),
  nationality: z.string().nullable(),
  /** Encrypted at rest; absent for roles that may not read it. */
  migrantStatus: MigrantStatus.nullable().optional(),
  firstContactOn: z.string().nullable(),
  servedBeforeOrg: z.string().nullable(),
  servedBeforeSiteId: z.string().nullable(),
  riskFlags: z.array(z.string()),
  priority: z.boolean(),
  leadershipRoles: z.array(LeadershipRole),
  partnersPerWeek: z.number().nullable(),
  actsPerPartner: z.number().nullable(),
  /** Condoms a month from partners × acts (null when either is unknown). */
  monthlyCondomNeed: z.number().nullable(),
  notes: z.string().nullable().optional(),
  contactChannel: z.string().nullable().optional(),
  consents: CurrentConsents,
  /** Members whose code hashes alike and that nobody has declared a different person. */
  possibleDuplicates: z.array(DuplicateMatch),
  mergedIntoId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type MemberView = z.infer<typeof MemberView>;

export const MemberMergeResult = z.strictObject({
  kept: MemberView,
  mergedId: z.string(),
});
export type MemberMergeResult = z.infer<typeof MemberMergeResult>;

import { z } from 'zod';
import { NewPassword, Username } from './auth.schemas';
import { Name, Notes, Uuid } from './common.schemas';
import { CountryCode } from './countries';
import { OrgLevel } from './roles';

export const OrganizationView = z.strictObject({
  id: z.string(),
  networkId: z.string(),
  name: z.string(),
  countryCode: z.string().nullable(),
  level: OrgLevel,
  createdAt: z.string(),
});
export type OrganizationView = z.infer<typeof OrganizationView>;
export const OrganizationList = z.strictObject({ organizations: z.array(OrganizationView) });

/**
 * Who administers a new member organization: a new account (the usual case — the secretariat gets no
 * access to the member's records), or an account the creating administrator already administers,
 * herself included, chosen explicitly.
 */
export const FirstAdmin = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('new'),
    username: Username,
    displayName: Name,
    temporaryPassword: NewPassword,
  }),
  z.strictObject({ kind: z.literal('existing'), username: Username }),
]);
export type FirstAdmin = z.infer<typeof FirstAdmin>;

export const OrganizationCreateInput = z.strictObject({
  id: Uuid.optional(),
  name: Name,
  countryCode: CountryCode.nullable(),
  level: OrgLevel.default('national'),
  firstAdmin: FirstAdmin,
});
export type OrganizationCreateInput = z.infer<typeof OrganizationCreateInput>;

export const OrganizationUpdateInput = z.strictObject({
  name: Name.optional(),
  countryCode: CountryCode.nullable().optional(),
});
export type OrganizationUpdateInput = z.infer<typeof OrganizationUpdateInput>;

export const LocalGroupView = z.strictObject({
  id: z.string(),
  orgId: z.string(),
  name: z.string(),
  /** Encrypted at rest; absent for roles that may not read it. */
  notes: z.string().nullable().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type LocalGroupView = z.infer<typeof LocalGroupView>;
export const LocalGroupList = z.strictObject({ localGroups: z.array(LocalGroupView) });

export const LocalGroupCreateInput = z.strictObject({
  id: Uuid.optional(),
  name: Name,
  notes: Notes.optional(),
});
export type LocalGroupCreateInput = z.infer<typeof LocalGroupCreateInput>;
export const LocalGroupUpdateInput = z.strictObject({
  name: Name.optional(),
  notes: Notes.nullable().optional(),
});
export type LocalGroupUpdateInput = z.infer<typeof LocalGroupUpdateInput>;
export const LocalGroupParams = z.strictObject({ orgId: z.uuid(), localGroupId: z.uuid() });

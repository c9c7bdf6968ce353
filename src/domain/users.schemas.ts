import { z } from 'zod';
import { NewPassword, Username } from './auth.schemas';
import { Name } from './common.schemas';
import { Role } from './roles';

export const OrgUserView = z.strictObject({
  membershipId: z.string(),
  userId: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: Role,
  localGroupId: z.string().nullable(),
  disabled: z.boolean(),
  totpEnabled: z.boolean(),
  lastLoginAt: z.string().nullable(),
});
export type OrgUserView = z.infer<typeof OrgUserView>;
export const OrgUserList = z.strictObject({ users: z.array(OrgUserView) });

export const OrgUserCreateInput = z.strictObject({
  id: z.uuid().optional(),
  username: Username,
  displayName: Name,
  role: Role,
  localGroupId: z.uuid().nullable().optional(),
  temporaryPassword: NewPassword,
});
export type OrgUserCreateInput = z.infer<typeof OrgUserCreateInput>;

/**
 * Gives an existing account a role here. Only accounts the acting administrator already administers
 * in another organization can be added, so no one can probe for usernames elsewhere.
 */
export const OrgUserAddExistingInput = z.strictObject({
  /** Membership id chosen by the client, so that a retried add answers with the same membership. */
  id: z.uuid().optional(),
  username: Username,
  role: Role,
  localGroupId: z.uuid().nullable().optional(),
});
export type OrgUserAddExistingInput = z.infer<typeof OrgUserAddExistingInput>;

export const OrgUserUpdateInput = z.strictObject({
  role: Role.optional(),
  localGroupId: z.uuid().nullable().optional(),
  disabled: z.boolean().optional(),
  temporaryPassword: NewPassword.optional(),
  resetTotp: z.literal(true).optional(),
});
export type OrgUserUpdateInput = z.infer<typeof OrgUserUpdateInput>;
export const OrgUserParams = z.strictObject({ orgId: z.uuid(), membershipId: z.uuid() });

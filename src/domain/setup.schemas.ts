import { z } from 'zod';
import { Username, NewPassword } from './auth.schemas';
import { Name } from './common.schemas';
import { CountryCode } from './countries';
import { OrgLevel } from './roles';

export const SetupStatus = z.strictObject({ needed: z.boolean() });
export type SetupStatus = z.infer<typeof SetupStatus>;

export const SetupInput = z.strictObject({
  token: z.string().trim().min(16).max(200),
  networkName: Name,
  organization: z.strictObject({ name: Name, countryCode: CountryCode.nullable(), level: OrgLevel }),
  admin: z.strictObject({ username: Username, displayName: Name, password: NewPassword }),
});
export type SetupInput = z.infer<typeof SetupInput>;

import { z } from 'zod';

/** Roles a user can hold in an organization (SECURITY.md S2). */
export const Role = z.enum([
  'admin',
  'coordinator',
  'promotora',
  'paralegal',
  'analyst',
  'network_analyst',
  'viewer',
]);
export type Role = z.infer<typeof Role>;
export const ROLES = Role.options;

/** Roles that must use a second factor (TOTP) before reaching any data. */
export const ROLES_REQUIRING_TOTP: readonly Role[] = ['admin', 'paralegal'];

/** Level of an organization inside its network. */
export const OrgLevel = z.enum(['regional', 'national']);
export type OrgLevel = z.infer<typeof OrgLevel>;

import type { OrgLevel, Role } from './roles';
import { ROLES } from './roles';

/**
 * Authorization as data (SECURITY.md S2). A rule lists the roles that may perform an action on a
 * resource inside their own organization; `orgLevel` narrows a rule to organizations of that level
 * (e.g. only the regional secretariat manages the network's member organizations). Anything not
 * listed here is denied. The server enforces these rules before data is touched; the web app only
 * reads them to hide what the user cannot use.
 */
export interface Rule {
  readonly roles: readonly Role[];
  readonly orgLevel?: OrgLevel;
}

const ALL: readonly Role[] = ROLES;
const STAFF: readonly Role[] = ['admin', 'coordinator', 'promotora', 'paralegal', 'analyst', 'viewer'];

export const POLICY = {
  organization: {
    read: { roles: ALL },
    update: { roles: ['admin'] },
  },
  network_organization: {
    list: { roles: ALL },
    create: { roles: ['admin'], orgLevel: 'regional' },
  },
  local_group: {
    list: { roles: ALL },
    read: { roles: STAFF },
    create: { roles: ['admin', 'coordinator'] },
    update: { roles: ['admin', 'coordinator'] },
    delete: { roles: ['admin'] },
  },
  org_user: {
    list: { roles: ['admin', 'coordinator'] },
    read: { roles: ['admin', 'coordinator'] },
    create: { roles: ['admin'] },
    update: { roles: ['admin'] },
  },
  audit_log: {
    list: { roles: ['admin'] },
    read_viewers: { roles: ['admin', 'coordinator'] },
  },
} as const satisfies Record<string, Record<string, Rule>>;

export type Resource = keyof typeof POLICY;
export type Action<R extends Resource = Resource> = R extends Resource
  ? keyof (typeof POLICY)[R] & string
  : never;

/** Fields a role must never receive for a resource, even when it may read the resource. */
export const HIDDEN_FIELDS: { readonly [R in Resource]?: Partial<Record<Role, readonly string[]>> } = {
  local_group: {
    promotora: ['notes'],
    paralegal: ['notes'],
    analyst: ['notes'],
    viewer: ['notes'],
    network_analyst: ['notes'],
  },
};

/** True when `role`, held in an organization of `orgLevel`, may perform `action` on `resource`. */
export function isAllowed<R extends Resource>(
  role: Role,
  resource: R,
  action: Action<R>,
  orgLevel: OrgLevel,
): boolean {
  const rules = POLICY[resource] as Record<string, Rule>;
  const rule = rules[action];
  if (!rule) return false;
  if (rule.orgLevel && rule.orgLevel !== orgLevel) return false;
  return rule.roles.includes(role);
}

/** Fields of `resource` hidden from `role`. */
export function hiddenFieldsFor(resource: Resource, role: Role): readonly string[] {
  return HIDDEN_FIELDS[resource]?.[role] ?? [];
}

/** Every (resource, action) pair declared in the policy, for tests and documentation. */
export function listPolicyActions(): { resource: Resource; action: string }[] {
  return Object.entries(POLICY).flatMap(([resource, actions]) =>
    Object.keys(actions).map((action) => ({ resource: resource as Resource, action })),
  );
}

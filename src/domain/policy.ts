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
/** Who works with sites, estimates and stock (no individual people in these records). */
const REGISTRY_READERS: readonly Role[] = ['admin', 'coordinator', 'promotora', 'analyst'];
/** Who may open pseudonymous member records (a promotora only her caseload, a paralegal only members
 * linked to her cases). `network_analyst` and `viewer` never see an individual record. */
const MEMBER_READERS: readonly Role[] = ['admin', 'coordinator', 'promotora', 'paralegal', 'analyst'];
/** Who records in the field: members, contacts, zero returns. */
const FIELD_WRITERS: readonly Role[] = ['admin', 'coordinator', 'promotora'];

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
  // ── Community registry (issue 3). Row-level scope on top of these rules lives in the services:
  // a promotora only reaches her own caseload and the sites she works (src/domain/registry-scope.ts).
  area: {
    list: { roles: STAFF },
    create: { roles: ['admin', 'coordinator'] },
    update: { roles: ['admin', 'coordinator'] },
    delete: { roles: ['admin', 'coordinator'] },
  },
  site: {
    list: { roles: REGISTRY_READERS },
    read: { roles: REGISTRY_READERS },
    create: { roles: ['admin', 'coordinator'] },
    update: { roles: ['admin', 'coordinator'] },
    delete: { roles: ['admin', 'coordinator'] },
  },
  site_estimate: {
    list: { roles: REGISTRY_READERS },
    create: { roles: ['admin', 'coordinator'] },
  },
  site_report: {
    list: { roles: REGISTRY_READERS },
    create: { roles: FIELD_WRITERS },
  },
  registry_settings: {
    read: { roles: REGISTRY_READERS },
    update: { roles: ['admin'] },
  },
  member: {
    list: { roles: MEMBER_READERS },
    read: { roles: MEMBER_READERS },
    create: { roles: FIELD_WRITERS },
    update: { roles: FIELD_WRITERS },
    check_duplicate: { roles: FIELD_WRITERS },
    merge: { roles: ['admin', 'coordinator'] },
    read_viewers: { roles: ['admin', 'coordinator'] },
  },
  member_consent: {
    create: { roles: FIELD_WRITERS },
  },
  contact: {
    list: { roles: MEMBER_READERS },
    create: { roles: FIELD_WRITERS },
    correct: { roles: FIELD_WRITERS },
  },
  referral: {
    update: { roles: FIELD_WRITERS },
  },
  stock: {
    list: { roles: REGISTRY_READERS },
    create: { roles: ['admin', 'coordinator'] },
    receive: { roles: FIELD_WRITERS },
  },
  outreach_plan: {
    read: { roles: FIELD_WRITERS },
    update: { roles: FIELD_WRITERS },
    supervise: { roles: ['admin', 'coordinator'] },
  },
  registry_import: {
    create: { roles: ['admin', 'coordinator'] },
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
  site: {
    // Site notes (police activity, safety) are for the people who run and work the site.
    analyst: ['notes'],
  },
  member: {
    // An analyst works with pseudonymous lists; she never receives what is written about a person.
    analyst: ['notes', 'contactChannel', 'migrantStatus'],
    paralegal: ['contactChannel'],
  },
};

/**
 * Row-level scope of a role inside its own organization, for resources whose records belong to
 * people (SECURITY.md S2). Roles not listed see every row of their organization that the rules above
 * let them reach. `caseload`: members assigned to the caller, and their contacts; `worked_sites`:
 * sites the caller works; `case_linked`: members linked to the caller's human-rights cases (none until
 * cases exist).
 */
export type RowScope = 'organization' | 'caseload' | 'worked_sites' | 'case_linked';
export const ROW_SCOPES: { readonly [R in Resource]?: Partial<Record<Role, RowScope>> } = {
  member: { promotora: 'caseload', paralegal: 'case_linked' },
  member_consent: { promotora: 'caseload' },
  contact: { promotora: 'caseload', paralegal: 'case_linked' },
  referral: { promotora: 'caseload' },
  outreach_plan: { promotora: 'caseload' },
  site: { promotora: 'worked_sites' },
  site_estimate: { promotora: 'worked_sites' },
  site_report: { promotora: 'worked_sites' },
};

/** The rows of `resource` that `role` reaches inside its organization. */
export function rowScopeFor(resource: Resource, role: Role): RowScope {
  return ROW_SCOPES[resource]?.[role] ?? 'organization';
}

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

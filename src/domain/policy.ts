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
/** Who works human-rights cases (issue 5). Sensitive fields need more: assignment or a coordinator. */
const CASE_WORKERS: readonly Role[] = ['coordinator', 'paralegal'];
/** Who sees that cases exist and their non-sensitive fields (never the narrative, names or files). */
const CASE_READERS: readonly Role[] = ['admin', 'coordinator', 'paralegal'];
/** Who reads anonymized, suppressed case analysis of their own organization. */
const CASE_ANALYSTS: readonly Role[] = ['admin', 'coordinator', 'paralegal', 'analyst'];
/** Who reads what other organizations of the network shared as aggregates (at the regional level). */
const NETWORK_READERS: readonly Role[] = ['admin', 'coordinator', 'analyst', 'network_analyst'];
/** Who leads the organization's own management: capacity, plans, grants, documents (issue 6). */
const MANAGERS: readonly Role[] = ['admin', 'coordinator'];
/** Who plans mobilizations and reads their safety plans (issue 7). */
const ORGANIZERS: readonly Role[] = ['coordinator', 'promotora'];
/** Who reads advocacy: engagements, commitments, policy seats (issue 7). */
const ADVOCACY_READERS: readonly Role[] = ['admin', 'coordinator', 'paralegal', 'analyst'];

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
  // ── Human-rights cases (issue 5). Field-level rules (narrative, perpetrator names, evidence files)
  // and the paralegal's assigned-case scope are enforced in the cases services: see ROW_SCOPES and
  // the `hr_case_sensitive` resource.
  hr_case: {
    list: { roles: CASE_READERS },
    read: { roles: CASE_READERS },
    create: { roles: CASE_WORKERS },
    update: { roles: CASE_WORKERS },
    assign: { roles: ['coordinator'] },
    read_viewers: { roles: CASE_WORKERS },
    /** The organization's list of act types. */
    configure: { roles: ['admin', 'coordinator'] },
  },
  /** Narrative, perpetrator names, evidence files: assigned paralegals and coordinators (or break-the-glass). */
  hr_case_sensitive: {
    read: { roles: CASE_WORKERS },
    break_glass: { roles: CASE_WORKERS },
  },
  hr_case_response: {
    list: { roles: CASE_WORKERS },
    create: { roles: CASE_WORKERS },
    update: { roles: CASE_WORKERS },
  },
  hr_evidence: {
    list: { roles: CASE_WORKERS },
    create: { roles: CASE_WORKERS },
    read: { roles: CASE_WORKERS },
  },
  hr_escalation: {
    create: { roles: CASE_WORKERS },
    read: { roles: CASE_WORKERS },
  },
  hr_analysis: {
    read: { roles: CASE_ANALYSTS },
    export: { roles: CASE_ANALYSTS },
  },
  /** Publishing suppressed case aggregates to the network (the organization's approval). */
  hr_network_share: {
    list: { roles: ['admin', 'coordinator'] },
    create: { roles: ['admin', 'coordinator'] },
    delete: { roles: ['admin', 'coordinator'] },
  },
  /** The network's published case aggregates, read at the regional secretariat. */
  hr_network_aggregate: {
    read: { roles: NETWORK_READERS, orgLevel: 'regional' },
  },
  /** Publishing suppressed coverage aggregates and the members-reached sketch to the network (issue 4). */
  coverage_share: {
    list: { roles: ['admin', 'coordinator'] },
    create: { roles: ['admin', 'coordinator'] },
    delete: { roles: ['admin', 'coordinator'] },
  },
  /** The network's published coverage (countries, de-duplicated people), read at the regional level. */
  coverage_network: {
    read: { roles: NETWORK_READERS, orgLevel: 'regional' },
  },
  /** Members seen at several sites / local groups: exact counts inside the organization. */
  coverage_mobility: {
    read: { roles: ['admin', 'coordinator', 'analyst'] },
  },
  /** Anonymous reports from the public form: the paralegals' inbox. `configure` opens, closes and
   * renews the form's public link. */
  hr_self_report: {
    list: { roles: CASE_WORKERS },
    read: { roles: CASE_WORKERS },
    update: { roles: CASE_WORKERS },
    configure: { roles: ['admin', 'coordinator'] },
  },
  safety_alert: {
    list: { roles: STAFF },
    create: { roles: CASE_WORKERS },
    update: { roles: CASE_WORKERS },
  },
  /** Laws, regulations, police practices and policies that block health and rights (issues 5 and 7). */
  structural_barrier: {
    list: { roles: STAFF },
    read: { roles: STAFF },
    create: { roles: ['admin', 'coordinator', 'paralegal'] },
    update: { roles: ['admin', 'coordinator', 'paralegal'] },
  },
  // ── Mobilization and advocacy (issue 7 §2-3). Events are counts, never lists of participants.
  /** Promotoras organize marches and sit-ins with the coordinators; everyone on staff sees the plan. */
  mobilization_event: {
    list: { roles: STAFF },
    read: { roles: STAFF },
    create: { roles: ORGANIZERS },
    update: { roles: ORGANIZERS },
  },
  /** The safety plan's notes (emergency contacts, what to do on arrest): the organizers only. */
  mobilization_safety_plan: {
    read: { roles: ORGANIZERS },
  },
  /** Engagements with authorities and their commitments: coordinators lead advocacy. */
  advocacy_engagement: {
    list: { roles: ADVOCACY_READERS },
    read: { roles: ADVOCACY_READERS },
    create: { roles: ['coordinator'] },
    update: { roles: ['coordinator'] },
  },
  /** Seats in policy spaces (who holds them is personal: staff name or member code). */
  policy_seat: {
    list: { roles: ADVOCACY_READERS },
    create: { roles: ['coordinator'] },
    update: { roles: ['coordinator'] },
  },
  // ── Organizational capacity (issue 6).
  capacity_framework: {
    list: { roles: STAFF },
    read: { roles: STAFF },
    create: { roles: MANAGERS },
    update: { roles: MANAGERS },
  },
  capacity_assessment: {
    list: { roles: STAFF },
    read: { roles: STAFF },
    create: { roles: MANAGERS },
    update: { roles: MANAGERS },
    /** Scoring privately from a signed-in phone or the shared tablet (ballots hold no identity). */
    score: { roles: STAFF },
    export: { roles: STAFF },
  },
  capacity_action: {
    list: { roles: STAFF },
    create: { roles: MANAGERS },
    update: { roles: MANAGERS },
  },
  org_strategy: {
    read: { roles: STAFF },
    update: { roles: MANAGERS },
  },
  grant: {
    list: { roles: [...MANAGERS, 'analyst'] },
    read: { roles: [...MANAGERS, 'analyst'] },
    create: { roles: MANAGERS },
    update: { roles: MANAGERS },
  },
  workplan: {
    list: { roles: STAFF },
    create: { roles: MANAGERS },
    update: { roles: MANAGERS },
  },
  funding_opportunity: {
    list: { roles: [...MANAGERS, 'analyst'] },
    create: { roles: MANAGERS },
    update: { roles: MANAGERS },
  },
  membership_fee: {
    list: { roles: MANAGERS },
    create: { roles: MANAGERS },
    update: { roles: MANAGERS },
  },
  org_document: {
    list: { roles: MANAGERS },
    create: { roles: MANAGERS },
    read: { roles: MANAGERS },
    update: { roles: MANAGERS },
  },
  /** Consent to share capacity results with the network, and technical-assistance requests. */
  capacity_sharing: {
    read: { roles: MANAGERS },
    update: { roles: MANAGERS },
  },
  /** The network's capacity picture (consenting organizations only), read at the regional secretariat. */
  capacity_network: {
    read: { roles: NETWORK_READERS, orgLevel: 'regional' },
    /** The minimum number of organizations below which none is named (regional administrators). */
    configure: { roles: ['admin'], orgLevel: 'regional' },
  },
  /** Coverage indicators of the organization (issue 4): counts only, never an individual record. */
  coverage: {
    read: { roles: ['admin', 'coordinator', 'analyst'] },
  },
  /** Defined packages ("reached with the package" rules): everyone who reads coverage sees them. */
  coverage_package: {
    list: { roles: ['admin', 'coordinator', 'analyst'] },
    configure: { roles: ['admin', 'coordinator'] },
  },
  /** Coverage dashboard and standard indicator files (issue 4): organization figures, no individual. */
  coverage_export: {
    export: { roles: ['admin', 'coordinator', 'analyst'] },
  },
  /** Wording of the standard indicators and the DHIS2 data-element / org-unit mapping. */
  coverage_export_settings: {
    read: { roles: ['admin', 'coordinator', 'analyst'] },
    configure: { roles: ['admin', 'coordinator'] },
  },
  // ── Shared priorities and alliances (issue 7 parts 6 and 7).
  consultation: {
    list: { roles: STAFF },
    read: { roles: STAFF },
    create: { roles: MANAGERS },
    update: { roles: MANAGERS },
    /** Open and close the vote, hand out anonymous ballots (shared device or links). */
    facilitate: { roles: MANAGERS },
  },
  /** One calendar of dated work; each entry's module decides who sees it (calendar.service.ts). */
  calendar: {
    read: { roles: STAFF },
  },
  alliance: {
    list: { roles: STAFF },
    read: { roles: STAFF },
    create: { roles: MANAGERS },
    update: { roles: MANAGERS },
  },
  // ── Trainings, leadership pathway, safe spaces (issue 7 §1 and §5). Who attended a session, a
  // member's pathway and certificates are for the organization's coordinators only: no other role
  // receives a list of the members who came (counts are for everyone who reads trainings).
  training: {
    list: { roles: STAFF },
    read: { roles: STAFF },
    create: { roles: MANAGERS },
    update: { roles: MANAGERS },
  },
  training_attendance: {
    /** At the door: answers only the code typed and how many are in. */
    create: { roles: ['coordinator', 'promotora'] },
    list: { roles: ['coordinator'] },
    update: { roles: ['coordinator'] },
    delete: { roles: ['coordinator'] },
    certificate: { roles: ['coordinator'] },
  },
  member_pathway: {
    read: { roles: ['coordinator'] },
    update: { roles: ['coordinator'] },
  },
  safe_space: {
    list: { roles: STAFF },
    read: { roles: STAFF },
    create: { roles: MANAGERS },
    update: { roles: MANAGERS },
  },
  safe_space_visit: {
    create: { roles: ['coordinator', 'promotora'] },
  },
  // ── Community-defined indicators and the monthly review (issue 4 §3).
  indicator: {
    read: { roles: ['admin', 'coordinator', 'analyst'] },
    configure: { roles: MANAGERS },
  },
  indicator_review: {
    read: { roles: ['admin', 'coordinator', 'analyst'] },
    update: { roles: ['coordinator'] },
  },
  /** Action items of the review: coordinators manage them; `complete` lets an owner close her own. */
  indicator_action: {
    list: { roles: STAFF },
    create: { roles: ['coordinator'] },
    update: { roles: ['coordinator'] },
    complete: { roles: STAFF },
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
  consultation: {
    // Minutes may quote what people said in the room: for the people who run the organization's work.
    analyst: ['minutes'],
    viewer: ['minutes'],
    network_analyst: ['minutes'],
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
 * sites the caller works; `case_linked`: members linked to the caller's human-rights cases (victims
 * of cases she is assigned to); `assigned_cases`: cases the caller is assigned to (a paralegal sees
 * that other cases exist, with their non-sensitive fields only, unless she breaks the glass).
 */
export type RowScope = 'organization' | 'caseload' | 'worked_sites' | 'case_linked' | 'assigned_cases';
export const ROW_SCOPES: { readonly [R in Resource]?: Partial<Record<Role, RowScope>> } = {
  member: { promotora: 'caseload', paralegal: 'case_linked' },
  member_consent: { promotora: 'caseload' },
  contact: { promotora: 'caseload', paralegal: 'case_linked' },
  referral: { promotora: 'caseload' },
  outreach_plan: { promotora: 'caseload' },
  site: { promotora: 'worked_sites' },
  site_estimate: { promotora: 'worked_sites' },
  site_report: { promotora: 'worked_sites' },
  hr_case_sensitive: { paralegal: 'assigned_cases' },
  hr_case_response: { paralegal: 'assigned_cases' },
  hr_evidence: { paralegal: 'assigned_cases' },
  hr_escalation: { paralegal: 'assigned_cases' },
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

import type {
  ConsentView,
  CurrentConsents,
  DuplicateMatch,
  MemberListItem,
  MemberView,
  MigrantStatus,
} from '../../../domain/members.schemas';
import { CONSENT_PURPOSES } from '../../../domain/members.schemas';
import { formatDisplayCode, monthlyCondomNeed } from '../../../domain/members';
import { hiddenFieldsFor } from '../../../domain/policy';
import type { Role } from '../../../domain/roles';
import type { ConsentWithRecorder } from './member-consents.repo';
import type { MemberRow } from './member-scope';

/** The decrypted fields of a member; each one is only given to roles allowed to see it. */
export interface MemberSecrets {
  notes: string | null;
  contactChannel: string | null;
  migrantStatus: MigrantStatus | null;
}

export interface MemberDetailParts {
  usualSiteIds: string[];
  consents: ConsentWithRecorder[];
  possibleDuplicates: DuplicateMatch[];
  secrets: MemberSecrets;
}

export function presentDuplicate(row: { id: string; displayCode: string }): DuplicateMatch {
  return { id: row.id, displayCode: formatDisplayCode(row.displayCode) };
}

export function presentConsent(row: ConsentWithRecorder): ConsentView {
  return {
    id: row.id,
    memberId: row.memberId,
    purpose: row.purpose as ConsentView['purpose'],
    granted: row.granted,
    recordedOn: row.recordedOn,
    recordedBy: row.recordedByName,
    recordedByUserId: row.recordedBy,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The latest event of each purpose; `history` comes oldest first. */
export function currentConsents(history: readonly ConsentWithRecorder[]): CurrentConsents {
  const current: CurrentConsents = { services: null, advocacy_anonymized: null, network_aggregates: null };
  for (const purpose of CONSENT_PURPOSES) {
    const last = history.filter((event) => event.purpose === purpose).at(-1);
    current[purpose] = last ? presentConsent(last) : null;
  }
  return current;
}

export function presentMemberListItem(row: MemberRow): MemberListItem {
  return {
    id: row.id,
    displayCode: formatDisplayCode(row.displayCode),
    assignedUserId: row.assignedUserId,
    ageBand: row.ageBand as MemberListItem['ageBand'],
    genderIdentity: row.genderIdentity as MemberListItem['genderIdentity'],
    riskFlags: row.riskFlags,
    priority: row.priority,
    firstContactOn: row.firstContactOn,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Explicit output fields; encrypted ones only for roles that may read them (HIDDEN_FIELDS). */
export function presentMember(row: MemberRow, role: Role, parts: MemberDetailParts): MemberView {
  const view: MemberView = {
    id: row.id,
    orgId: row.orgId,
    displayCode: formatDisplayCode(row.displayCode),
    uicRecipeId: row.uicRecipeId,
    uicFallbacks: row.uicFallbacks,
    assignedUserId: row.assignedUserId,
    localGroupId: row.localGroupId,
    ageBand: row.ageBand as MemberView['ageBand'],
    genderIdentity: row.genderIdentity as MemberView['genderIdentity'],
    workSettings: row.workSettings as MemberView['workSettings'],
    usualSiteIds: parts.usualSiteIds,
    nationality: row.nationality,
    firstContactOn: row.firstContactOn,
    servedBeforeOrg: row.servedBeforeOrg,
    servedBeforeSiteId: row.servedBeforeSiteId,
    riskFlags: row.riskFlags,
    priority: row.priority,
    leadershipRoles: row.leadershipRoles as MemberView['leadershipRoles'],
    partnersPerWeek: row.partnersPerWeek,
    actsPerPartner: row.actsPerPartner,
    monthlyCondomNeed: monthlyCondomNeed(row.partnersPerWeek, row.actsPerPartner),
    consents: currentConsents(parts.consents),
    possibleDuplicates: parts.possibleDuplicates.map(presentDuplicate),
    mergedIntoId: row.mergedIntoId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
  const hidden = hiddenFieldsFor('member', role);
  if (!hidden.includes('notes')) view.notes = parts.secrets.notes;
  if (!hidden.includes('contactChannel')) view.contactChannel = parts.secrets.contactChannel;
  if (!hidden.includes('migrantStatus')) view.migrantStatus = parts.secrets.migrantStatus;
  return view;
}

/** Which encrypted fields a role receives, so the service decrypts only those. */
export function visibleSecrets(role: Role): Record<keyof MemberSecrets, boolean> {
  const hidden = hiddenFieldsFor('member', role);
  return {
    notes: !hidden.includes('notes'),
    contactChannel: !hidden.includes('contactChannel'),
    migrantStatus: !hidden.includes('migrantStatus'),
  };
}

import type { OrgLevel, Role } from '../../domain/roles';
import { ROLES } from '../../domain/roles';
import { formatDisplayCode } from '../../domain/members';
import { DEFAULT_RISK_FLAGS } from '../../domain/registry-settings';
import { buildCase } from '../modules/cases/cases.factory';
import { buildEngagement } from '../modules/advocacy/advocacy.factory';
import { buildEvent } from '../modules/mobilization/mobilization.factory';
import { buildCustomCapacityItem } from '../modules/capacity-framework/capacity-framework.factory';
import { buildContact, buildStockPoint } from '../modules/contacts/contacts.factory';
import { buildIndicator, buildLesson, buildReviewNote } from '../modules/indicators/indicators.factory';
import { buildMember } from '../modules/members/members.factory';
import type { OrganizationRow } from '../modules/organizations/organizations.repo';
import { buildRegistrySettings } from '../modules/registry-settings/registry-settings.factory';
import { buildSite } from '../modules/sites/sites.factories';
import { signIn, type TestAgent } from './agent';
import { buildLocalGroup, buildOrganization, buildUser, type BuiltUser } from './factories';
import { unique } from './route-recipes';
import type { TestApp } from './test-app';
import { buildPackage } from '../modules/coverage/coverage.factory';
import { buildPartner } from '../modules/alliances/alliances.factories';
import { buildConsultation } from '../modules/priorities/priorities.factories';
import { buildPathwayRole } from '../modules/leadership/leadership.factory';
import { buildSafeSpace } from '../modules/safe-spaces/safe-spaces.factory';
import { buildTrainingSession } from '../modules/trainings/trainings.factory';

/** An organization with planted data whose markers must never show up in another tenant's answers. */
export interface PlantedOrg {
  row: OrganizationRow;
  localGroupId: string;
  admin: BuiltUser;
  /** Strings that only this organization's data contains. */
  markers: string[];
}

export async function plantOrganization(
  t: TestApp,
  options: { networkId?: string; level?: OrgLevel } = {},
): Promise<PlantedOrg> {
  const row = await buildOrganization(t, options);
  const groupName = unique('Grupo-secreto');
  const notes = unique('NOTA-PRIVADA');
  const group = await buildLocalGroup(t, { orgId: row.id, name: groupName, notes });
  const admin = await buildUser(t, { orgId: row.id, role: 'admin', username: unique('adm').toLowerCase() });
  const memberNotes = unique('NOTA-PERSONA');
  const member = await buildMember(t, { orgId: row.id, notes: memberNotes });
  const siteName = unique('Punto-secreto');
  const siteNotes = unique('NOTA-PUNTO');
  const site = await buildSite(t, { orgId: row.id, name: siteName, notes: siteNotes });
  const stockPointName = unique('Centro-secreto');
  const stockPoint = await buildStockPoint(t, { orgId: row.id, name: stockPointName });
  const contact = await buildContact(t, {
    orgId: row.id,
    promotoraUserId: admin.userId,
    memberId: member.id,
    siteId: site.id,
    stockPointId: stockPoint.id,
    referrals: 1,
  });
  // The organization's own wording of a risk factor (the default keys stay, so member writes still pass).
  const flagLabel = unique('FACTOR-PROPIO');
  await buildRegistrySettings(t, {
    orgId: row.id,
    riskFlags: DEFAULT_RISK_FLAGS.map((flag, i) =>
      i === 0 ? { key: flag.key, labels: { es: flagLabel, 'pt-BR': flagLabel, en: flagLabel } } : flag,
    ),
  });
  // A human-rights case with its encrypted narrative and perpetrator name (issue 5).
  const caseNarrative = unique('RELATO-CASO-PRIVADO');
  const perpetratorName = unique('NOMBRE-AGRESOR-PRIVADO');
  const hrCase = await buildCase(t, {
    orgId: row.id,
    narrative: caseNarrative,
    perpetratorName,
    victimMemberId: member.id,
  });
  // The organization's own capacity item (issue 6): its wording is the organization's.
  const capacityItem = await buildCustomCapacityItem(t, {
    orgId: row.id,
    statement: unique('ITEM-PROPIO-MARCO'),
  });
  // An indicator of its own with what happened in a month and a lesson learned (issue 4 §3).
  const indicator = await buildIndicator(t, { orgId: row.id, name: unique('INDICADOR-PROPIO') });
  const reviewNote = unique('NOTA-REVISION-PRIVADA');
  await buildReviewNote(t, { orgId: row.id, indicatorId: indicator.id, month: '2026-03', note: reviewNote });
  const lesson = unique('LECCION-PRIVADA');
  await buildLesson(t, { orgId: row.id, month: '2026-03', text: lesson });
  // Mobilization and advocacy (issue 7): an event's encrypted safety-plan note, an engagement's asks.
  const safetyNote = unique('CONTACTO-EMERGENCIA-PRIVADO');
  const event = await buildEvent(t, { orgId: row.id, title: unique('MARCHA-PROPIA'), note: safetyNote });
  const asks = unique('PETICION-PROPIA');
  const engagement = await buildEngagement(t, { orgId: row.id, asks, caseIds: [hrCase.id] });
  // Shared priorities and alliances (issue 7): encrypted minutes, a need, a partner.
  const minutes = unique('ACTA-PROPIA');
  const need = unique('NECESIDAD-PROPIA');
  const consultation = await buildConsultation(t, {
    orgId: row.id,
    minutes,
    needs: [need, unique('NECESIDAD')],
  });
  const partner = await buildPartner(t, { orgId: row.id, name: unique('ALIADA-PROPIA') });
  // Trainings, pathway, safe spaces (issue 7): a session the member attended, her role, a safe space.
  const training = await buildTrainingSession(t, {
    orgId: row.id,
    title: unique('CURSO-PROPIO'),
    place: unique('LUGAR-CURSO-PROPIO'),
    memberIds: [member.id],
  });
  const pathwayRole = await buildPathwayRole(t, { orgId: row.id, memberId: member.id });
  const safeSpace = await buildSafeSpace(t, { orgId: row.id, name: unique('CASA-SEGURA-PROPIA') });
  // A defined coverage package of its own (issue 4): its name and funder label are the organization's.
  const packageFunder = unique('FINANCIADOR-PROPIO');
  const coveragePackage = await buildPackage(t, {
    orgId: row.id,
    name: unique('PAQUETE-PROPIO'),
    funderLabel: packageFunder,
  });
  return {
    row,
    localGroupId: group.id,
    admin,
    markers: [
      row.id,
      coveragePackage.id,
      coveragePackage.name,
      packageFunder,
      group.id,
      groupName,
      notes,
      admin.username,
      admin.membershipId!,
      member.id,
      formatDisplayCode(member.displayCode),
      memberNotes,
      site.id,
      site.areaId,
      siteName,
      siteNotes,
      flagLabel,
      stockPoint.id,
      stockPointName,
      contact.id,
      ...contact.referralIds,
      capacityItem.statement,
      capacityItem.itemKey,
      capacityItem.frameworkId,
      hrCase.id,
      caseNarrative,
      perpetratorName,
      event.id,
      event.title,
      safetyNote,
      engagement.id,
      asks,
      indicator.id,
      indicator.name,
      reviewNote,
      lesson,
      consultation.id,
      minutes,
      need,
      partner.id,
      training.sessionId,
      training.courseId,
      training.title,
      ...training.attendanceIds,
      pathwayRole.id,
      safeSpace.id,
      safeSpace.name,
    ],
  };
}

/**
 * Two networks: a regional secretariat and a national member organization in the first, and an
 * unrelated national organization in the second.
 */
export interface MatrixWorld {
  regional: PlantedOrg;
  national: PlantedOrg;
  foreign: PlantedOrg;
}

export async function buildMatrixWorld(t: TestApp): Promise<MatrixWorld> {
  const regional = await plantOrganization(t, { level: 'regional' });
  const national = await plantOrganization(t, { networkId: regional.row.networkId, level: 'national' });
  const foreign = await plantOrganization(t, { level: 'national' });
  return { regional, national, foreign };
}

export interface SignedInActor {
  user: BuiltUser;
  agent: TestAgent;
  role: Role;
  org: PlantedOrg;
}

/** One signed-in member per role in the given organization. */
export async function signInEveryRole(t: TestApp, org: PlantedOrg): Promise<SignedInActor[]> {
  const actors: SignedInActor[] = [];
  for (const role of ROLES) {
    const user = await buildUser(t, { orgId: org.row.id, role });
    actors.push({ user, agent: await signIn(t, user), role, org });
  }
  return actors;
}

/** Markers of `org` found in a response body (empty when nothing leaked). */
export function leakedMarkers(body: string, org: PlantedOrg): string[] {
  return org.markers.filter((marker) => body.includes(marker));
}

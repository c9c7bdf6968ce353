import { and, asc, eq, isNull } from 'drizzle-orm';
import {
  CASE_CONSENT_PURPOSES,
  formatCaseReference,
  type CaseOutcome,
  type CaseStatus,
} from '../../domain/cases';
import { newId } from '../../domain/ids';
import type { Tx } from '../platform/db/client';
import type { AppDeps } from '../platform/deps';
import { areas } from '../modules/areas/areas.tables';
import { recordCaseEvent } from '../modules/cases/cases.events';
import * as repo from '../modules/cases/cases.repo';
import { hrCaseNarrativeColumn } from '../modules/cases/cases.tables';
import { members } from '../modules/members/members.tables';

interface DemoCase {
  urgent: boolean;
  daysAgo: number;
  precision: 'day' | 'month' | 'approximate';
  locationType: 'street' | 'police_station' | 'clinic' | 'home' | 'venue' | 'online' | 'other';
  acts: { actType: string; method: string | null; consequences: string[] }[];
  /** A demo member (by position in the organization's list) or an anonymous group. */
  victim: { member: number } | { anonymous: number };
  perpetrators: { type: string; count: number }[];
  narrative: string;
  needs: string[];
  consents: Record<(typeof CASE_CONSENT_PURPOSES)[number], boolean>;
  status: CaseStatus;
  outcome?: CaseOutcome;
  assigned: boolean;
}

/** Fictional, non-identifying stories written for the demo: no names, places or dates of real people. */
const DEMO_CASES: readonly DemoCase[] = [
  {
    urgent: true,
    daysAgo: 1,
    precision: 'day',
    locationType: 'street',
    acts: [
      { actType: 'arbitrary_detention', method: 'detention', consequences: ['psychological'] },
      { actType: 'condom_confiscation', method: 'other', consequences: ['economic'] },
    ],
    victim: { member: 0 },
    perpetrators: [{ type: 'police', count: 2 }],
    narrative:
      'Relato ficticio de demostración: dos agentes la retuvieron en la noche, le quitaron los condones y le dijeron que eran prueba de un delito. La soltaron horas después sin acta.',
    needs: ['legal', 'safety'],
    consents: { record: true, follow_up: true, advocacy_anonymized: true, network_share: true },
    status: 'open',
    assigned: true,
  },
  {
    urgent: false,
    daysAgo: 12,
    precision: 'day',
    locationType: 'clinic',
    acts: [{ actType: 'health_service_denial', method: null, consequences: ['physical'] }],
    victim: { anonymous: 1 },
    perpetrators: [{ type: 'health_worker', count: 1 }],
    narrative:
      'Relato ficticio de demostración: en la unidad de salud le negaron la consulta al saber a qué se dedicaba y le pidieron volver con otra persona.',
    needs: ['medical'],
    consents: { record: true, follow_up: true, advocacy_anonymized: true, network_share: true },
    status: 'in_progress',
    assigned: true,
  },
  {
    urgent: false,
    daysAgo: 40,
    precision: 'month',
    locationType: 'police_station',
    acts: [{ actType: 'police_extortion', method: 'extortion', consequences: ['economic'] }],
    victim: { member: 1 },
    perpetrators: [{ type: 'police', count: 1 }],
    narrative:
      'Relato ficticio de demostración: le pidieron dinero a cambio de no llevarla detenida. Con acompañamiento presentó la denuncia.',
    needs: ['legal'],
    consents: { record: true, follow_up: true, advocacy_anonymized: true, network_share: false },
    status: 'closed',
    outcome: 'partly_resolved',
    assigned: true,
  },
  {
    urgent: false,
    daysAgo: 5,
    precision: 'approximate',
    locationType: 'online',
    acts: [{ actType: 'online_harassment', method: 'online', consequences: ['psychological'] }],
    victim: { anonymous: 3 },
    perpetrators: [{ type: 'client', count: 1 }],
    narrative:
      'Relato ficticio de demostración: un cliente publicó fotos de varias compañeras en un grupo de mensajería con insultos.',
    needs: ['psychosocial', 'safety'],
    consents: { record: true, follow_up: false, advocacy_anonymized: true, network_share: true },
    status: 'open',
    assigned: false,
  },
  {
    urgent: false,
    daysAgo: 120,
    precision: 'month',
    locationType: 'venue',
    acts: [{ actType: 'eviction', method: 'threat', consequences: ['economic'] }],
    victim: { anonymous: 2 },
    perpetrators: [{ type: 'venue_owner', count: 1 }],
    narrative:
      'Relato ficticio de demostración: el encargado del local las sacó del cuarto que alquilaban sin aviso.',
    needs: ['shelter'],
    consents: { record: true, follow_up: true, advocacy_anonymized: false, network_share: true },
    status: 'archived',
    outcome: 'referred',
    assigned: false,
  },
];

const day = (now: Date, daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000);

/**
 * Demo human-rights cases for Liquidambar (issue 5): five cases in every status, one urgent, three
 * assigned to paralegal.demo; narratives are fictional and encrypted like real ones.
 */
export async function seedDemoCases(
  tx: Tx,
  deps: AppDeps,
  ctx: { orgIds: Map<string, string>; userIds: Map<string, string>; now: Date },
): Promise<void> {
  const orgId = ctx.orgIds.get('liquidambar');
  const paralegal = ctx.userIds.get('paralegal.demo');
  const coordinator = ctx.userIds.get('coordinadora.demo') ?? null;
  if (!orgId || !paralegal) return;
  const { now } = ctx;
  await repo.listActTypes(tx, orgId);
  const demoMembers = await tx
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.orgId, orgId), isNull(members.deletedAt), isNull(members.mergedIntoId)))
    .orderBy(asc(members.createdAt), asc(members.id))
    .limit(5);
  const [area] = await tx
    .select({ id: areas.id })
    .from(areas)
    .where(and(eq(areas.orgId, orgId), eq(areas.level, 'municipality'), isNull(areas.deletedAt)))
    .limit(1);
  const year = now.getUTCFullYear();
  let sequence = await repo.nextReferenceSequence(tx, orgId, year);
  for (const demo of DEMO_CASES) {
    const id = newId();
    const createdAt = day(now, Math.max(0, demo.daysAgo - 1));
    const occurred = day(now, demo.daysAgo).toISOString().slice(0, 10);
    const memberId = 'member' in demo.victim ? (demoMembers[demo.victim.member]?.id ?? null) : null;
    const closed = demo.status === 'closed' || demo.status === 'archived';
    await repo.insertCase(tx, {
      orgId,
      id,
      reference: formatCaseReference(year, sequence++),
      status: demo.status,
      outcome: closed ? (demo.outcome ?? 'resolved') : null,
      urgent: demo.urgent,
      occurredOn: demo.precision === 'month' ? `${occurred.slice(0, 7)}-01` : occurred,
      occurredPrecision: demo.precision,
      areaId: area?.id ?? null,
      locationType: demo.locationType,
      sourceType: 'victim',
      sourceReliability: 'high',
      narrativeEnc: await deps.keyring.encryptText(
        orgId,
        demo.narrative,
        hrCaseNarrativeColumn.aad({ org_id: orgId, id }),
      ),
      needs: demo.needs,
      intakeChannel: 'paralegal',
      selfReportId: null,
      createdBy: demo.assigned ? paralegal : coordinator,
      createdAt,
      updatedAt: createdAt,
      closedAt: closed ? day(now, Math.max(0, demo.daysAgo - 10)) : null,
    });
    for (const purpose of CASE_CONSENT_PURPOSES)
      await repo.insertConsent(tx, {
        orgId,
        id: newId(),
        caseId: id,
        purpose,
        granted: demo.consents[purpose],
        recordedOn: createdAt.toISOString().slice(0, 10),
        recordedBy: demo.assigned ? paralegal : coordinator,
        createdAt,
      });
    for (const act of demo.acts)
      await repo.insertAct(tx, {
        orgId,
        id: newId(),
        caseId: id,
        actType: act.actType,
        method: act.method as 'other' | null,
        consequences: act.consequences,
        createdAt,
      });
    await repo.insertVictim(tx, {
      orgId,
      id: newId(),
      caseId: id,
      memberId,
      anonymousCount: memberId ? null : 'anonymous' in demo.victim ? demo.victim.anonymous : 1,
      createdAt,
    });
    for (const perpetrator of demo.perpetrators)
      await repo.insertPerpetrator(tx, {
        orgId,
        id: newId(),
        caseId: id,
        perpetratorType: perpetrator.type,
        count: perpetrator.count,
        nameEnc: null,
        createdAt,
      });
    const actor = demo.assigned ? paralegal : coordinator;
    await recordCaseEvent(tx, {
      orgId,
      caseId: id,
      kind: 'created',
      actorUserId: actor,
      details: { channel: 'paralegal', urgent: demo.urgent, acts: demo.acts.length, victims: 1 },
      at: createdAt,
    });
    if (demo.assigned) {
      await repo.insertAssignment(tx, {
        orgId,
        caseId: id,
        userId: paralegal,
        assignedBy: actor,
        assignedAt: createdAt,
      });
      await recordCaseEvent(tx, {
        orgId,
        caseId: id,
        kind: 'assigned',
        actorUserId: actor,
        details: { userId: paralegal },
        at: createdAt,
      });
    }
    const path: CaseStatus[] =
      demo.status === 'open'
        ? []
        : demo.status === 'in_progress'
          ? ['in_progress']
          : demo.status === 'closed'
            ? ['in_progress', 'closed']
            : ['in_progress', 'closed', 'archived'];
    let from: CaseStatus = 'open';
    for (const [i, to] of path.entries()) {
      await recordCaseEvent(tx, {
        orgId,
        caseId: id,
        kind: 'status_changed',
        actorUserId: actor,
        details: {
          from,
          to,
          outcome: to === 'open' || to === 'in_progress' ? null : (demo.outcome ?? 'resolved'),
        },
        at: new Date(createdAt.getTime() + (i + 1) * 3_600_000),
      });
      from = to;
    }
  }
}

import { addDays, isoDay } from '../../domain/grants';
import { newId } from '../../domain/ids';
import type { Tx } from '../platform/db/client';
import type { AppDeps } from '../platform/deps';
import {
  capacityAssessments,
  capacityConsensus,
} from '../modules/capacity-assessments/capacity-assessments.tables';
import { freezeFramework, getCurrentFramework } from '../modules/capacity-framework/capacity-framework.repo';
import {
  capacitySharingConsents,
  taRequestDescriptionColumn,
  taRequests,
} from '../modules/capacity-network/capacity-network.tables';
import { fundingOpportunities, grantReports, grants, membershipFees } from '../modules/grants/grants.tables';

/**
 * Demo grants, pipeline and fees (Liquidambar: one report due within 30 days, so the home card
 * shows), and the network's capacity picture: five organizations consent to share, four of them
 * with a completed self-assessment (synthetic scores), and three technical-assistance requests.
 */
export async function seedDemoGrants(
  tx: Tx,
  deps: AppDeps,
  ctx: { orgIds: Map<string, string>; userIds: Map<string, string>; now: Date },
): Promise<void> {
  const { now } = ctx;
  const today = isoDay(now);
  const org = (key: string) => ctx.orgIds.get(key)!;
  const liquidambar = org('liquidambar');
  const by = ctx.userIds.get('admin.demo') ?? null;

  const grantRows = [
    {
      id: newId(),
      funder: 'Fondo Mujeres del Sur',
      title: 'Promotoras de salud en San Salvador',
      amount: 48000,
      currency: 'USD',
      startsOn: addDays(today, -200),
      endsOn: addDays(today, 165),
      reports: [
        { dueOn: addDays(today, -110), submittedOn: addDays(today, -112), kind: 'narrative' as const },
        { dueOn: addDays(today, 12), submittedOn: null, kind: 'both' as const },
        { dueOn: addDays(today, 165), submittedOn: null, kind: 'financial' as const },
      ],
    },
    {
      id: newId(),
      funder: 'Red Umbrella Fund',
      title: 'Documentación de violaciones de derechos humanos',
      amount: 30000,
      currency: 'EUR',
      startsOn: addDays(today, -300),
      endsOn: addDays(today, 65),
      reports: [
        { dueOn: addDays(today, -120), submittedOn: addDays(today, -115), kind: 'narrative' as const },
        { dueOn: addDays(today, -30), submittedOn: addDays(today, -31), kind: 'financial' as const },
      ],
    },
  ];
  for (const grant of grantRows) {
    const { reports, ...row } = grant;
    await tx.insert(grants).values({
      ...row,
      orgId: liquidambar,
      status: 'active',
      createdBy: by,
      createdAt: now,
      updatedAt: now,
    });
    for (const report of reports)
      await tx.insert(grantReports).values({
        orgId: liquidambar,
        id: newId(),
        grantId: grant.id,
        ...report,
        createdAt: now,
        updatedAt: now,
      });
  }
  const opportunities = [
    {
      funder: 'Fondo Global para la Salud',
      title: 'Prevención combinada 2027',
      amount: 60000,
      currency: 'USD',
      stage: 'proposal' as const,
      deadline: addDays(today, 20),
    },
    {
      funder: 'Fundación Comunitaria',
      title: 'Casa de acogida',
      amount: null,
      currency: null,
      stage: 'opportunity' as const,
      deadline: addDays(today, 45),
    },
    {
      funder: 'Embajada (fondo de derechos humanos)',
      title: 'Paralegales comunitarias',
      amount: 12000,
      currency: 'USD',
      stage: 'declined' as const,
      deadline: addDays(today, -60),
    },
  ];
  for (const opportunity of opportunities)
    await tx.insert(fundingOpportunities).values({
      orgId: liquidambar,
      id: newId(),
      ...opportunity,
      grantId: null,
      notesEnc: null,
      createdBy: by,
      createdAt: now,
      updatedAt: now,
    });
  const year = today.slice(0, 4);
  const fees: { status: 'paid' | 'pending' | 'exempt'; reason: 'hardship' | 'new_member' | null }[] = [
    ...Array.from({ length: 9 }, () => ({ status: 'paid' as const, reason: null })),
    ...Array.from({ length: 3 }, () => ({ status: 'pending' as const, reason: null })),
    { status: 'exempt', reason: 'hardship' },
    { status: 'exempt', reason: 'hardship' },
    { status: 'exempt', reason: 'new_member' },
  ];
  for (const fee of fees)
    await tx.insert(membershipFees).values({
      orgId: liquidambar,
      id: newId(),
      memberId: null,
      period: year,
      amount: 2,
      currency: 'USD',
      status: fee.status,
      exemptionReason: fee.reason,
      createdBy: by,
      createdAt: now,
      updatedAt: now,
    });

  // The network view: consent, completed self-assessments, assistance requests (all synthetic).
  const sharing: [string, boolean, boolean][] = [
    ['liquidambar', true, true],
    ['ammar', true, true],
    ['twiggy', true, true],
    ['azalea', true, false],
    ['cambio', true, true],
    ['aprosmig', false, true],
  ];
  for (const [key, shareScores, shareTaRequests] of sharing)
    await tx.insert(capacitySharingConsents).values({
      orgId: org(key),
      shareScores,
      shareTaRequests,
      updatedBy: by,
      updatedAt: now,
    });
  const scores: Record<string, Record<string, 1 | 2 | 3 | 4>> = {
    ammar: {
      governance: 4,
      project_management: 3,
      resource_mobilization: 2,
      networking: 4,
      government_engagement: 2,
      ngo_engagement: 3,
    },
    twiggy: {
      governance: 3,
      project_management: 2,
      resource_mobilization: 4,
      networking: 3,
      government_engagement: 1,
      ngo_engagement: 2,
    },
    azalea: {
      governance: 2,
      project_management: 2,
      resource_mobilization: 1,
      networking: 3,
      government_engagement: 2,
      ngo_engagement: 4,
    },
    cambio: {
      governance: 3,
      project_management: 4,
      resource_mobilization: 2,
      networking: 2,
      government_engagement: 4,
      ngo_engagement: 3,
    },
  };
  for (const [key, domainScores] of Object.entries(scores)) {
    const orgId = org(key);
    const framework = await getCurrentFramework(tx, orgId, { now });
    const id = newId();
    const heldOn = addDays(today, -40);
    await tx.insert(capacityAssessments).values({
      orgId,
      id,
      frameworkId: framework.id,
      title: 'Autoevaluación anual (demostración)',
      heldOn,
      facilitator: 'Coordinadora',
      participants: [
        { role: 'board', count: 3 },
        { role: 'promotora', count: 5 },
      ],
      status: 'completed',
      createdBy: by,
      createdAt: now,
      updatedAt: now,
      completedAt: now,
    });
    await freezeFramework(tx, orgId, framework.id, now);
    for (const domain of framework.domains) {
      const score = domainScores[domain.key];
      if (score === undefined) continue;
      for (const [index, item] of domain.items.entries())
        await tx.insert(capacityConsensus).values({
          orgId,
          assessmentId: id,
          itemId: item.id,
          // A little spread inside the domain, kept within 1–4.
          score: Math.min(4, Math.max(1, score + (index % 3 === 2 ? -1 : 0))) as 1 | 2 | 3 | 4,
          justificationEnc: null,
          decidedBy: null,
          decidedAt: now,
        });
    }
  }
  const requests: [string, string, string][] = [
    [
      'aprosmig',
      'resource_mobilization',
      'Queremos aprender a escribir propuestas para fondos internacionales.',
    ],
    ['azalea', 'resource_mobilization', 'Apoyo para armar el presupuesto de una propuesta.'],
    ['twiggy', 'government_engagement', 'Cómo preparar reuniones con el ministerio de salud.'],
    ['liquidambar', 'hr_documentation', 'Intercambio con otra organización sobre documentación de casos.'],
  ];
  for (const [key, domainKey, description] of requests) {
    const orgId = org(key);
    const id = newId();
    await tx.insert(taRequests).values({
      orgId,
      id,
      domainKey,
      descriptionEnc: await deps.keyring.encryptText(
        orgId,
        description,
        taRequestDescriptionColumn.aad({ org_id: orgId, id }),
      ),
      status: 'open',
      createdBy: by,
      createdAt: now,
      updatedAt: now,
    });
  }
}

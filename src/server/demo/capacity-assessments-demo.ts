import { newId } from '../../domain/ids';
import { addDays, dayOf } from '../../domain/outreach';
import type { Tx } from '../platform/db/client';
import type { AppDeps } from '../platform/deps';
import { freezeFramework, getCurrentFramework } from '../modules/capacity-framework/capacity-framework.repo';
import { capacityActions } from '../modules/capacity-actions/capacity-actions.tables';
import {
  capacityAssessments,
  capacityConsensus,
  capacityConsensusJustificationColumn,
} from '../modules/capacity-assessments/capacity-assessments.tables';

/** Synthetic justifications (no names): one per domain, on its first item. */
const JUSTIFICATIONS: Record<string, [string, string]> = {
  governance: [
    'La asamblea casi no se reúne; las decisiones las toma la coordinadora.',
    'Hubo tres asambleas este año, con actas firmadas y nueva junta electa.',
  ],
  project_management: [
    'Los proyectos se ejecutan como los diseña el donante.',
    'Cada proyecto tiene plan de trabajo y responsables; falta medir resultados.',
  ],
  resource_mobilization: [
    'Un solo fondo sostiene toda la organización.',
    'Ya hay dos financiadores y cuotas de las integrantes, con exoneraciones.',
  ],
};

/**
 * Demo self-assessments for Liquidambar (all synthetic): one completed a year ago and one completed a
 * month ago with better scores, so the results page shows the comparison, the radar with two series
 * and the actions completed in between (seeded by the action plan demo before this one).
 */
export async function seedDemoCapacityAssessments(
  tx: Tx,
  deps: AppDeps,
  ctx: { orgIds: Map<string, string>; userIds: Map<string, string>; now: Date },
): Promise<void> {
  const { now } = ctx;
  const today = dayOf(now);
  const orgId = ctx.orgIds.get('liquidambar')!;
  const by = ctx.userIds.get('coordinadora.demo') ?? ctx.userIds.get('admin.demo') ?? null;
  const framework = await getCurrentFramework(tx, orgId, { now });
  await freezeFramework(tx, orgId, framework.id, now);
  const sessions = [
    { title: 'Autoevaluación 2025', heldOn: addDays(today, -400), base: [2, 1, 1, 2, 1, 1], later: 0 },
    { title: 'Autoevaluación 2026', heldOn: addDays(today, -30), base: [3, 2, 2, 3, 2, 2], later: 1 },
  ] as const;
  let previousId: string | null = null;
  for (const session of sessions) {
    const id = newId(now.getTime());
    previousId ??= id;
    await tx.insert(capacityAssessments).values({
      orgId,
      id,
      frameworkId: framework.id,
      title: session.title,
      heldOn: session.heldOn,
      facilitator: 'Coordinadora de la red regional',
      participants: [
        { role: 'board', count: 3 },
        { role: 'promotora', count: 6 },
        { role: 'member', count: 4 },
      ],
      status: 'completed',
      createdBy: by,
      createdAt: now,
      updatedAt: now,
      completedAt: now,
    });
    const domains = framework.domains.filter((domain) => domain.enabled);
    for (const [d, domain] of domains.entries()) {
      const base = session.base[d % session.base.length]!;
      for (const [i, item] of domain.items.entries()) {
        const score =
          i === domain.items.length - 1 && d % 2 === 1
            ? null
            : Math.min(4, Math.max(1, base + (i % 3 === 1 ? 1 : 0)));
        const justification = i === 0 ? (JUSTIFICATIONS[domain.key]?.[session.later] ?? null) : null;
        await tx.insert(capacityConsensus).values({
          orgId,
          assessmentId: id,
          itemId: item.id,
          score,
          justificationEnc: await deps.keyring.encryptNullable(
            orgId,
            justification,
            capacityConsensusJustificationColumn.aad({ org_id: orgId, assessment_id: id, item_id: item.id }),
          ),
          decidedBy: by,
          decidedAt: now,
        });
      }
    }
  }
  // An action of last year's plan, done in between: the 2026 results list it.
  const governance = framework.domains.find((domain) => domain.key === 'governance') ?? framework.domains[0]!;
  await tx.insert(capacityActions).values({
    orgId,
    id: newId(now.getTime()),
    assessmentId: previousId,
    itemKeys: [governance.items[0]!.key],
    title: 'Convocar la asamblea cada cuatro meses y publicar las actas',
    responsibleRole: 'Junta directiva',
    supportNeeded: null,
    resources: 'Local para la asamblea y refrigerio',
    dueOn: addDays(today, -120),
    status: 'done',
    completedOn: addDays(today, -150),
    createdBy: by,
    createdAt: now,
    updatedAt: now,
  });
}

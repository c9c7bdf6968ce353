import { and, desc, eq } from 'drizzle-orm';
import { STANDARD_FRAMEWORK } from '../../domain/capacity/standard-framework';
import { newId } from '../../domain/ids';
import { addDays, dayOf } from '../../domain/outreach';
import type { Tx } from '../platform/db/client';
import type { AppDeps } from '../platform/deps';
import {
  capacityActionNoteColumn,
  capacityActionNotes,
  capacityActions,
} from '../modules/capacity-actions/capacity-actions.tables';
import { capacityAssessments } from '../modules/capacity-assessments/capacity-assessments.tables';
import { grants } from '../modules/grants/grants.tables';
import {
  orgDocuments,
  orgStrategies,
  strategicObjectives,
  workplanActivities,
} from '../modules/planning/planning.tables';

/** A stable key of the standard framework (first item of a domain when the wanted one is missing). */
function itemKey(domainKey: string, wanted: string): string {
  const domain =
    STANDARD_FRAMEWORK.domains.find((d) => d.key === domainKey) ?? STANDARD_FRAMEWORK.domains[0]!;
  return (domain.items.find((i) => i.key === wanted) ?? domain.items[0]!).key;
}

/**
 * Demo action plan and planning for Liquidambar (all synthetic): strategy and objectives, a workplan
 * linked to its grants (one activity late), registration documents (one expiring within 60 days and
 * one expired, so the home card shows), and capacity actions tied to framework items (one overdue,
 * one done) with encrypted progress notes.
 */
export async function seedDemoPlanning(
  tx: Tx,
  deps: AppDeps,
  ctx: { orgIds: Map<string, string>; userIds: Map<string, string>; now: Date },
): Promise<void> {
  const { now } = ctx;
  const today = dayOf(now);
  const orgId = ctx.orgIds.get('liquidambar')!;
  const by = ctx.userIds.get('admin.demo') ?? null;

  await tx.insert(orgStrategies).values({
    orgId,
    vision:
      'Un El Salvador donde las trabajadoras sexuales vivan y trabajen sin violencia, sin estigma y con todos sus derechos reconocidos.',
    mission:
      'Somos una organización de trabajadoras sexuales que se organiza para defender sus derechos humanos, cuidar su salud y exigir políticas públicas justas.',
    updatedAt: now,
    updatedBy: by,
  });

  const objectives = [
    ['Fortalecer la organización interna', 'Asamblea activa, liderazgos nuevos y reglas claras.'],
    ['Defender los derechos humanos', 'Documentar las violaciones y acompañar a las compañeras.'],
    ['Sostenibilidad financiera', 'Diversificar fondos y generar ingresos propios.'],
  ].map(([title, description], index) => ({
    orgId,
    id: newId(now.getTime()),
    title: title!,
    description: description!,
    position: index + 1,
    active: true,
    createdAt: now,
    updatedAt: now,
  }));
  await tx.insert(strategicObjectives).values(objectives);

  const grantIds = (
    await tx.select({ id: grants.id }).from(grants).where(eq(grants.orgId, orgId)).orderBy(grants.startsOn)
  ).map((row) => row.id);
  const activities: [string, number, number, string, number, string | null, number | null][] = [
    // title, starts (days from today), ends, status, objective index, responsible, grant index
    ['Asamblea anual de socias', -60, -60, 'done', 0, 'Junta directiva', null],
    ['Taller de liderazgo para promotoras nuevas', -20, -5, 'in_progress', 0, 'Coordinación', 0],
    ['Informe semestral de casos documentados', 10, 40, 'planned', 1, 'Equipo de paralegales', 1],
    ['Acompañamiento a denuncias en fiscalía', -90, 120, 'in_progress', 1, 'Equipo de paralegales', 1],
    ['Feria de venta de artesanías', 45, 46, 'planned', 2, 'Comisión de finanzas', null],
  ];
  await tx.insert(workplanActivities).values(
    activities.map(([title, starts, ends, status, objective, role, grant]) => ({
      orgId,
      id: newId(now.getTime()),
      objectiveId: objectives[objective]!.id,
      grantId: grant === null ? null : (grantIds[grant] ?? null),
      title,
      startsOn: addDays(today, starts),
      endsOn: addDays(today, ends),
      status,
      responsibleRole: role,
      createdAt: now,
      updatedAt: now,
    })),
  );

  const documents: [string, string, string, string | null][] = [
    ['statutes', 'Estatutos reformados', addDays(today, -1400), null],
    ['registration', 'Personería jurídica', addDays(today, -1780), addDays(today, 40)],
    ['tax', 'Solvencia tributaria', addDays(today, -375), addDays(today, -10)],
    ['board_minutes', 'Acta de la asamblea de elección de junta directiva', addDays(today, -60), null],
    ['audit', 'Auditoría externa del último ejercicio', addDays(today, -120), addDays(today, 245)],
  ];
  await tx.insert(orgDocuments).values(
    documents.map(([kind, title, issuedOn, expiresOn]) => ({
      orgId,
      id: newId(now.getTime()),
      kind,
      title,
      issuedOn,
      expiresOn,
      fileId: null,
      createdBy: by,
      createdAt: now,
      updatedAt: now,
    })),
  );

  const [assessment] = await tx
    .select({ id: capacityAssessments.id })
    .from(capacityAssessments)
    .where(and(eq(capacityAssessments.orgId, orgId), eq(capacityAssessments.status, 'completed')))
    .orderBy(desc(capacityAssessments.completedAt))
    .limit(1);
  const actions: {
    title: string;
    keys: string[];
    role: string;
    support: string | null;
    resources: string | null;
    due: number;
    status: string;
    completed: number | null;
    notes: string[];
  }[] = [
    {
      title: 'Escribir y aprobar el reglamento interno de la asamblea',
      keys: [itemKey('governance', 'governance.rules_and_policies')],
      role: 'Junta directiva',
      support: 'Acompañamiento de la red regional con un modelo de reglamento',
      resources: 'Dos talleres y la impresión del reglamento',
      due: -14,
      status: 'in_progress',
      completed: null,
      notes: ['La comisión tiene un primer borrador; falta discutirlo con las bases.'],
    },
    {
      title: 'Abrir una cuenta bancaria a nombre de la organización',
      keys: [itemKey('financial_management', 'financial_management.internal_controls')],
      role: 'Tesorería',
      support: null,
      resources: 'Copia de la personería jurídica y del acta de junta directiva',
      due: -30,
      status: 'done',
      completed: -35,
      notes: ['Cuenta abierta con firma mancomunada de dos integrantes de la junta.'],
    },
    {
      title: 'Presentar una propuesta a un segundo donante',
      keys: [
        itemKey('resource_mobilization', 'resource_mobilization.diversified_funding'),
        itemKey('resource_mobilization', 'resource_mobilization.proposals'),
      ],
      role: 'Coordinación',
      support: 'Asistencia técnica para escribir propuestas',
      resources: null,
      due: 60,
      status: 'planned',
      completed: null,
      notes: [],
    },
    {
      title: 'Formar a dos promotoras nuevas en documentación de casos',
      keys: [itemKey('governance', 'governance.leadership_renewal')],
      role: 'Equipo de paralegales',
      support: null,
      resources: 'Un taller de dos días',
      due: 90,
      status: 'planned',
      completed: null,
      notes: [],
    },
  ];
  for (const action of actions) {
    const id = newId(now.getTime());
    await tx.insert(capacityActions).values({
      orgId,
      id,
      assessmentId: assessment?.id ?? null,
      itemKeys: action.keys,
      title: action.title,
      responsibleRole: action.role,
      supportNeeded: action.support,
      resources: action.resources,
      dueOn: addDays(today, action.due),
      status: action.status,
      completedOn: action.completed === null ? null : addDays(today, action.completed),
      createdBy: by,
      createdAt: now,
      updatedAt: now,
    });
    for (const note of action.notes) {
      const noteId = newId(now.getTime());
      await tx.insert(capacityActionNotes).values({
        orgId,
        id: noteId,
        actionId: id,
        noteEnc: await deps.keyring.encryptText(
          orgId,
          note,
          capacityActionNoteColumn.aad({ org_id: orgId, id: noteId }),
        ),
        createdBy: by,
        createdAt: now,
      });
    }
  }
}

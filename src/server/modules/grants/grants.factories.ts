import { newId } from '../../../domain/ids';
import type { TestApp } from '../../testing/test-app';
import * as repo from './grants.repo';

/** Test data: a grant (with reports) written straight to the database. */
export async function buildGrant(
  t: TestApp,
  options: {
    orgId: string;
    funder?: string;
    title?: string;
    amount?: number;
    currency?: string;
    startsOn?: string;
    endsOn?: string;
    reports?: { dueOn: string; kind?: 'narrative' | 'financial' | 'both'; submittedOn?: string | null }[];
  },
) {
  const now = t.clock.now();
  const id = newId();
  await repo.insertGrant(t.db, {
    orgId: options.orgId,
    id,
    funder: options.funder ?? 'Fondo Mujeres del Sur',
    title: options.title ?? `Proyecto ${id.slice(-6)}`,
    amount: options.amount ?? 25000,
    currency: options.currency ?? 'USD',
    startsOn: options.startsOn ?? '2026-01-01',
    endsOn: options.endsOn ?? '2026-12-31',
    status: 'active',
    createdBy: null,
    createdAt: now,
    updatedAt: now,
  });
  const reportIds: string[] = [];
  for (const report of options.reports ?? []) {
    const reportId = newId();
    reportIds.push(reportId);
    await repo.insertReports(t.db, [
      {
        orgId: options.orgId,
        id: reportId,
        grantId: id,
        dueOn: report.dueOn,
        kind: report.kind ?? 'narrative',
        submittedOn: report.submittedOn ?? null,
        createdAt: now,
        updatedAt: now,
      },
    ]);
  }
  return { id, reportIds };
}

export async function buildOpportunity(
  t: TestApp,
  options: {
    orgId: string;
    stage?: 'opportunity' | 'proposal';
    amount?: number | null;
    currency?: string | null;
  },
) {
  const now = t.clock.now();
  const id = newId();
  await repo.insertOpportunity(t.db, {
    orgId: options.orgId,
    id,
    funder: 'Fundación Red Umbrella',
    title: `Convocatoria ${id.slice(-6)}`,
    amount: options.amount === undefined ? 10000 : options.amount,
    currency: options.currency === undefined ? 'EUR' : options.currency,
    deadline: '2026-09-30',
    stage: options.stage ?? 'opportunity',
    grantId: null,
    notesEnc: null,
    createdBy: null,
    createdAt: now,
    updatedAt: now,
  });
  return { id };
}

export async function buildFee(
  t: TestApp,
  options: {
    orgId: string;
    status?: 'paid' | 'pending' | 'exempt';
    memberId?: string | null;
    period?: string;
  },
) {
  const now = t.clock.now();
  const id = newId();
  const status = options.status ?? 'pending';
  await repo.insertFee(t.db, {
    orgId: options.orgId,
    id,
    memberId: options.memberId ?? null,
    period: options.period ?? '2026',
    amount: 5,
    currency: 'USD',
    status,
    exemptionReason: status === 'exempt' ? 'hardship' : null,
    createdBy: null,
    createdAt: now,
    updatedAt: now,
  });
  return { id };
}

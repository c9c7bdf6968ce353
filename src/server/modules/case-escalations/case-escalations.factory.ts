import { newId } from '../../../domain/ids';
import type { TestApp } from '../../testing/test-app';
import { hrEscalations, hrEscalationSummaryColumn } from './case-escalations.tables';

/** Test factory: a stored escalation package whose summary holds `excerpt`. */
export async function buildEscalation(
  t: TestApp,
  options: { orgId: string; caseId: string; excerpt: string },
): Promise<{ id: string }> {
  const now = t.clock.now();
  const id = newId(now.getTime());
  const summary = {
    title: 'Resumen de caso para escalamiento',
    sections: [{ heading: 'Relato', lines: [options.excerpt] }],
  };
  await t.db.insert(hrEscalations).values({
    orgId: options.orgId,
    id,
    caseId: options.caseId,
    fields: {
      datePrecision: 'month',
      areaLevel: 'none',
      locationType: true,
      actTypes: true,
      perpetratorTypes: true,
      responses: false,
      narrativeExcerpt: true,
    },
    summaryEnc: await t.deps.keyring.encryptText(
      options.orgId,
      JSON.stringify(summary),
      hrEscalationSummaryColumn.aad({ org_id: options.orgId, id }),
    ),
    createdBy: null,
    createdAt: now,
  });
  return { id };
}

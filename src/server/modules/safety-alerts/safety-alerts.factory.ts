import { newId } from '../../../domain/ids';
import type { TestApp } from '../../testing/test-app';
import { safetyAlerts, safetyAlertDescriptionColumn } from './safety-alerts.tables';

/** A published alert that expires `hours` after the test clock's now (default a day). */
export async function buildSafetyAlert(
  t: TestApp,
  options: { orgId: string; publishedBy: string; title?: string; description?: string; hours?: number },
): Promise<{ id: string }> {
  const id = newId();
  const now = t.clock.now();
  await t.db.insert(safetyAlerts).values({
    orgId: options.orgId,
    id,
    kind: 'violent_client',
    title: options.title ?? 'Cliente violento',
    descriptionEnc: await t.deps.keyring.encryptText(
      options.orgId,
      options.description ?? 'Auto gris, se niega a usar condón.',
      safetyAlertDescriptionColumn.aad({ org_id: options.orgId, id }),
    ),
    areaId: null,
    publishedBy: options.publishedBy,
    publishedAt: now,
    expiresAt: new Date(now.getTime() + (options.hours ?? 24) * 3_600_000),
    withdrawnAt: null,
    withdrawnBy: null,
  });
  return { id };
}

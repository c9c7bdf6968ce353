import type { LevelDescriptions, LocalizedText } from '../../../domain/capacity/framework';
import { customItemKey } from '../../../domain/capacity/versioning';
import { newId } from '../../../domain/ids';
import type { TestApp } from '../../testing/test-app';
import * as repo from './capacity-framework.repo';

const same = (s: string): LocalizedText => ({ es: s, 'pt-BR': s, en: s });

/** Level descriptions for test items, all three languages. */
export const testLevels = (prefix = 'Nivel'): LevelDescriptions => ({
  '1': same(`${prefix} 1`),
  '2': same(`${prefix} 2`),
  '3': same(`${prefix} 3`),
  '4': same(`${prefix} 4`),
});

/**
 * Adds an organization item straight into the current version (creating version 1 if needed; a frozen
 * current version is edited anyway — tests only). Returns the framework id and the item's key.
 */
export async function buildCustomCapacityItem(
  t: TestApp,
  options: { orgId: string; domainKey?: string; statement?: string },
): Promise<{ frameworkId: string; itemId: string; itemKey: string; statement: string }> {
  const framework = await repo.getCurrentFramework(t.db, options.orgId);
  const domainKey = options.domainKey ?? 'governance';
  const domain = framework.domains.find((d) => d.key === domainKey);
  if (!domain) throw new Error(`no domain ${domainKey}`);
  const itemId = newId();
  const itemKey = customItemKey(domainKey, itemId);
  const statement = options.statement ?? `Ítem propio ${itemKey}`;
  await repo.insertItem(t.db, {
    orgId: options.orgId,
    id: itemId,
    frameworkId: framework.id,
    domainId: domain.id,
    key: itemKey,
    position: (await repo.maxItemPosition(t.db, options.orgId, domain.id)) + 1,
    statement: same(statement),
    levels: testLevels(),
    custom: true,
  });
  return { frameworkId: framework.id, itemId, itemKey, statement };
}

import { useTranslation } from 'react-i18next';
import type { CapacityFrameworkView } from '../../../domain/capacity-framework.schemas';
import { useFrameworkChanges } from './capacity-framework.resource';

/** One line on what this version changed against the one it came from (nothing for version 1). */
export function FrameworkChangesSummary({
  orgId,
  framework,
}: {
  orgId: string;
  framework: CapacityFrameworkView;
}) {
  const { t } = useTranslation();
  const changes = useFrameworkChanges(orgId, framework.basedOnId ? framework.id : null);
  const data = changes.data;
  if (!framework.basedOnId || !data?.against) return null;
  const parts = [
    ['changesAdded', data.addedItems.length],
    ['changesRemoved', data.removedItems.length],
    ['changesChanged', data.changedItems.length],
    ['changesEnabled', data.enabledDomains.length],
    ['changesDisabled', data.disabledDomains.length],
  ] as const;
  const said = parts
    .filter(([, count]) => count > 0)
    .map(([key, count]) => t(`capacityFramework.${key}`, { count }));
  return (
    <p className="cf-changes small" aria-live="polite">
      {said.length === 0
        ? t('capacityFramework.changesNone', { version: data.against.version })
        : `${t('capacityFramework.changesTitle', { version: data.against.version })}: ${said.join(' · ')}.`}
    </p>
  );
}

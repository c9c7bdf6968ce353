import type { TFunction } from 'i18next';
import type { ChecklistItemView, EventSummary } from '../../../domain/mobilization.schemas';

/** A pre-loaded commemoration keeps its translated name until the organization renames it. */
export function eventTitle(t: TFunction, event: Pick<EventSummary, 'title' | 'commemorationKey'>): string {
  if (event.title) return event.title;
  return event.commemorationKey ? t(`mobilization.commemorations.${event.commemorationKey}`) : '';
}

export function checklistLabel(t: TFunction, item: Pick<ChecklistItemView, 'key' | 'label'>): string {
  return item.key === 'custom' ? (item.label ?? '') : t(`mobilization.checklist.${item.key}`);
}

/** The 409's missing entries (`risk_level`, standard keys, `custom:<id>`) as labels. */
export function missingLabels(
  t: TFunction,
  missing: readonly string[],
  checklist: readonly ChecklistItemView[],
): string[] {
  return missing.map((key) => {
    if (key === 'risk_level') return t('mobilization.riskLevel');
    if (key.startsWith('custom:')) return checklist.find((i) => `custom:${i.id}` === key)?.label ?? key;
    return t(`mobilization.checklist.${key}`);
  });
}

import type { TFunction } from 'i18next';
import { WEEKDAYS, type AreaView, type SiteView } from '../../../domain/sites.schemas';

/** "El Salvador › San Salvador › Mejicanos". */
export const formatAreaPath = (path: readonly string[]) => path.join(' › ');

/** Days in week order, short names ("Vie, Sáb"), or a note that none were given. */
export function formatDays(t: TFunction, days: readonly string[]): string {
  if (days.length === 0) return t('sites.list.anyDay');
  return WEEKDAYS.filter((day) => days.includes(day))
    .map((day) => t(`sites.days.${day}`))
    .join(', ');
}

export function formatHours(t: TFunction, site: Pick<SiteView, 'opensAt' | 'closesAt'>): string | null {
  if (!site.opensAt && !site.closesAt) return null;
  return t('sites.list.hours', { from: site.opensAt ?? '…', to: site.closesAt ?? '…' });
}

/** Areas as select options, ordered by their path, labelled with the whole path. */
export function areaOptions(areas: readonly AreaView[]) {
  return [...areas]
    .sort((a, b) => a.path.join('\u0000').localeCompare(b.path.join('\u0000')))
    .map((area) => ({ value: area.id, label: formatAreaPath(area.path) }));
}

/** The month (`YYYY-MM`) of today in the user's own time zone. */
export function currentMonth(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

/** The first day of the month, for Intl month formatting. */
export const monthDate = (month: string) => new Date(`${month}-01T12:00:00`);

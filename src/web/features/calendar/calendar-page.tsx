import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CalendarEntry, CalendarView } from '../../../domain/calendar.schemas';
import { NAV_ENTRIES } from '../../app/nav-registry';
import { useOrg } from '../../app/org-context';
import { useApiData } from '../../app/use-api-data';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Loading, Page } from '../../ui/page';
import { Tabs } from '../../ui/tabs';
import { agendaRange, calendarUrl, monthRange, SOURCE_PAGES } from './calendar.resource';
import './calendar.css';

type Tab = 'month' | 'agenda';

function EntryItem({ entry }: { entry: CalendarEntry }) {
  const { t } = useTranslation();
  const org = useOrg();
  const path = SOURCE_PAGES[entry.source](entry.recordId);
  // Only link to pages that exist in this build and that the navigation offers.
  const linked = NAV_ENTRIES.some((nav) => path === nav.path || path.startsWith(`${nav.path}/`));
  return (
    <li className={`calendar-entry calendar-entry--${entry.source}`}>
      <span className="calendar-entry__source">{t(`calendar.sources.${entry.source}`)}</span>
      <span className="calendar-entry__title">
        {linked ? <Link href={`~/o/${org.orgId}${path}`}>{entry.title}</Link> : entry.title}
      </span>
    </li>
  );
}

/** Entries grouped by day, one heading per day that has something. */
function DayList({ entries, emptyText }: { entries: CalendarEntry[]; emptyText: string }) {
  const { i18n } = useTranslation();
  const days = useMemo(() => {
    const byDay = new Map<string, CalendarEntry[]>();
    for (const entry of entries) byDay.set(entry.date, [...(byDay.get(entry.date) ?? []), entry]);
    return [...byDay.entries()];
  }, [entries]);
  const dayName = new Intl.DateTimeFormat(i18n.language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
  if (days.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <ol className="calendar-days">
      {days.map(([day, list]) => (
        <li key={day} className="calendar-day">
          <h3 className="calendar-day__date">
            <time dateTime={day}>{dayName.format(new Date(`${day}T00:00:00Z`))}</time>
          </h3>
          <ul className="calendar-day__entries">
            {list.map((entry) => (
              <EntryItem key={`${entry.source}-${entry.recordId}-${entry.title}`} entry={entry} />
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

function Entries({ from, to, emptyText }: { from: string; to: string; emptyText: string }) {
  const { t } = useTranslation();
  const org = useOrg();
  const view = useApiData<CalendarView>(calendarUrl(org.orgId, from, to));
  if (view.error) return <Alert kind="error">{view.error.message}</Alert>;
  if (!view.data) return <Loading label={t('common.loading')} />;
  return <DayList entries={view.data.entries} emptyText={emptyText} />;
}

/** One calendar of trainings, mobilizations, engagements, consultations and deadlines. */
export default function CalendarPage() {
  const { t, i18n } = useTranslation();
  const [tab, setTab] = useState<Tab>('agenda');
  const [offset, setOffset] = useState(0);
  const today = useMemo(() => new Date(), []);
  const month = monthRange(today, offset);
  const agenda = agendaRange(today);
  const monthName = new Intl.DateTimeFormat(i18n.language, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return (
    <Page title={t('calendar.title')} lead={t('calendar.lead')}>
      <Tabs
        idPrefix="calendar"
        label={t('calendar.title')}
        tabs={['agenda', 'month'] as const}
        current={tab}
        labelOf={(id) => t(`calendar.tabs.${id}`)}
        onSelect={setTab}
      >
        {tab === 'month' ? (
          <div className="stack">
            <div className="calendar-month-nav">
              <Button
                variant="secondary"
                aria-label={t('calendar.previous')}
                title={t('calendar.previous')}
                onClick={() => setOffset((n) => n - 1)}
              >
                ‹
              </Button>
              <h2 className="calendar-month-nav__title" aria-live="polite">
                {monthName.format(month.first)}
              </h2>
              <Button
                variant="secondary"
                aria-label={t('calendar.next')}
                title={t('calendar.next')}
                onClick={() => setOffset((n) => n + 1)}
              >
                ›
              </Button>
            </div>
            <Entries from={month.from} to={month.to} emptyText={t('calendar.emptyMonth')} />
          </div>
        ) : (
          <div className="stack">
            <p className="muted">{t('calendar.agendaLead')}</p>
            <Entries from={agenda.from} to={agenda.to} emptyText={t('calendar.emptyAgenda')} />
          </div>
        )}
      </Tabs>
    </Page>
  );
}

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonthStatus, SiteMonthView } from '../../../domain/sites.schemas';
import { useFormat } from '../../app/format';
import { useCan, useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/field';
import { Loading } from '../../ui/page';
import { currentMonth, formatAreaPath, monthDate } from './site-labels';
import { reportNothing, useSiteMonth } from './sites.resource';

const BADGE: Record<MonthStatus, string> = {
  has_contacts: 'badge badge--ok',
  nothing_to_report: 'badge',
  silent: 'badge badge--warn',
};

/** Zero returns: for a month, each site's contacts, "nothing to report", or silence. */
export function MonthPanel() {
  const { t, i18n } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const format = useFormat();
  const thisMonth = currentMonth();
  const [month, setMonth] = useState(thisMonth);
  const valid = /^\d{4}-\d{2}$/.test(month) && month <= thisMonth;
  const data = useSiteMonth(org.orgId, valid ? month : thisMonth);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const monthLabel = useMemo(
    () => new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric' }).format(monthDate(month)),
    [i18n.language, month],
  );
  const sites = data.data?.sites ?? [];
  // Until contacts are recorded, the list tells "nothing to report" from silence only.
  const withContacts = sites.some((site) => site.contactCount !== null);
  const count = (status: MonthStatus) => sites.filter((site) => site.status === status).length;

  async function report(site: SiteMonthView) {
    setBusyId(site.siteId);
    setError(null);
    setNotice(null);
    try {
      const filed = await reportNothing(org.orgId, { siteId: site.siteId, month });
      data.setData(
        (current) =>
          current && {
            ...current,
            sites: current.sites.map((s) =>
              s.siteId === site.siteId
                ? {
                    ...s,
                    report: filed,
                    status: s.status === 'has_contacts' ? s.status : 'nothing_to_report',
                  }
                : s,
            ),
          },
      );
      setNotice(t('sites.month.reported', { name: site.siteName }));
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : t('common.unexpectedError'));
    } finally {
      setBusyId(null);
    }
  }

  return (
    <div className="stack">
      <p className="muted flush">{t('sites.month.lead')}</p>
      <div className="sites-toolbar">
        <TextField
          label={t('sites.month.month')}
          type="month"
          max={thisMonth}
          value={month}
          onValue={(value) => setMonth(value || thisMonth)}
        />
      </div>
      {data.loading ? <Loading label={t('common.loading')} /> : null}
      {data.error ? <Alert kind="error">{data.error.message}</Alert> : null}
      {error ? <Alert kind="error">{error}</Alert> : null}
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {data.data ? (
        <p className="flush" role="status">
          <strong>{monthLabel}</strong>
          {' · '}
          {t(withContacts ? 'sites.month.summary' : 'sites.month.summaryNoContacts', {
            contacts: format.number(count('has_contacts')),
            nothing: format.number(count('nothing_to_report')),
            silent: format.number(count('silent')),
          })}
        </p>
      ) : null}
      {data.data && sites.length === 0 ? <p className="empty">{t('sites.month.empty')}</p> : null}
      <ul className="items">
        {sites.map((site) => (
          <li key={site.siteId} className="item">
            <div className="item__main">
              <p className="item__title">
                {site.siteName}
                <span className={BADGE[site.status]}>{t(`sites.month.statuses.${site.status}`)}</span>
              </p>
              <p className="item__text">
                {formatAreaPath(site.areaPath)} · {t(`sites.typologies.${site.typology}`)}
              </p>
              {site.contactCount ? (
                <p className="item__text">{t('sites.month.contacts', { count: site.contactCount })}</p>
              ) : null}
              {site.report ? (
                <p className="item__text">
                  {t('sites.month.reportedBy', {
                    name: site.report.reportedByName ?? '—',
                    date: format.date(site.report.createdAt),
                  })}
                </p>
              ) : null}
            </div>
            {site.status === 'silent' && can('site_report', 'create') ? (
              <Button
                variant="secondary"
                busy={busyId === site.siteId}
                aria-label={t('sites.month.reportFor', { name: site.siteName, month: monthLabel })}
                onClick={() => void report(site)}
              >
                {t('sites.month.report')}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

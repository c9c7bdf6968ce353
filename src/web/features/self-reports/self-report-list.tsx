import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { SelfReportSummary } from '../../../domain/self-reports.schemas';
import { useFormat } from '../../app/format';
import { Alert } from '../../ui/alert';
import { Loading } from '../../ui/page';
import { SelectField } from '../../ui/field';
import { useSelfReports } from './self-reports.resource';

const FILTERS = ['new', 'in_review', 'converted', 'closed', 'all'] as const;
type Filter = (typeof FILTERS)[number];

function ReportRow({ report }: { report: SelfReportSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const acts = report.actTypes.map((key) => t(`selfReport.acts.${key}`)).join(', ');
  return (
    <li className="item">
      <div className="item__main">
        <p className="item__title">
          <Link href={`/${report.id}`}>
            {t('selfReport.inbox.list.receivedOn', { date: format.dateTime(report.createdAt) })}
          </Link>
          {report.awaitingReply ? (
            <span className="badge badge--warn">{t('selfReport.inbox.list.awaiting')}</span>
          ) : null}
        </p>
        <p className="item__text">{acts || t('selfReport.inbox.list.noActs')}</p>
        <dl className="item__meta">
          <div>
            <dt>{t('selfReport.inbox.list.status')}</dt>
            <dd>{t(`selfReport.status.${report.status}`)}</dd>
          </div>
          <div>
            <dt>{t('selfReport.inbox.list.messages')}</dt>
            <dd>{format.number(report.messageCount)}</dd>
          </div>
          <div>
            <dt>{t('selfReport.inbox.list.wantsContact')}</dt>
            <dd>{report.wantsContact ? t('selfReport.inbox.yes') : t('selfReport.inbox.no')}</dd>
          </div>
        </dl>
      </div>
    </li>
  );
}

/** The inbox by status (new first by default): dates, ticked act types and counts, never the text. */
export function SelfReportList({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>('new');
  const reports = useSelfReports(orgId, filter);
  const rows = reports.data?.selfReports ?? [];
  return (
    <>
      <div className="filters">
        <SelectField
          label={t('selfReport.inbox.list.filter')}
          name="status"
          value={filter}
          onValue={(value) => setFilter(value as Filter)}
          options={FILTERS.map((id) => ({ value: id, label: t(`selfReport.inbox.filters.${id}`) }))}
        />
      </div>
      {reports.error ? <Alert kind="error">{reports.error.message}</Alert> : null}
      {reports.loading ? (
        <Loading label={t('common.loading')} />
      ) : rows.length === 0 ? (
        <p className="empty">{t('selfReport.inbox.list.empty')}</p>
      ) : (
        <ul className="items" aria-label={t('selfReport.inbox.list.label')}>
          {rows.map((report) => (
            <ReportRow key={report.id} report={report} />
          ))}
        </ul>
      )}
    </>
  );
}

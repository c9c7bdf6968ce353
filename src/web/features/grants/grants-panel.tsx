import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_KINDS } from '../../../domain/grants';
import type { GrantReportView, GrantView, TimelinessView } from '../../../domain/grants.schemas';
import { useCan, useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { SelectField, TextField } from '../../ui/field';
import { Loading } from '../../ui/page';
import { GrantForm } from './grant-form';
import { addReport, updateGrant, updateReport, useGrants } from './grants.resource';
import { today, useMoney } from './money';

const STATE_BADGE: Record<GrantReportView['state'], string> = {
  overdue: 'badge badge--warn',
  due_soon: 'badge badge--warn',
  upcoming: 'badge',
  submitted_on_time: 'badge badge--ok',
  submitted_late: 'badge',
};

export function Timeliness({ value }: { value: TimelinessView }) {
  const { t } = useTranslation();
  const { percent } = useMoney();
  if (value.due === 0) return <p className="muted small flush">{t('grants.timeliness.none')}</p>;
  return (
    <p className="flush">
      {t('grants.timeliness.summary', {
        rate: percent(value.rate ?? 0),
        onTime: value.onTime,
        due: value.due,
        late: value.late,
        overdue: value.overdue,
      })}
    </p>
  );
}

/** The grants tab: reporting timeliness, new grant, and each grant with its reporting calendar. */
export function GrantsPanel() {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const grants = useGrants(org.orgId);
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const list = grants.data?.grants ?? [];

  const replace = (grant: GrantView) =>
    grants.setData(
      (current) =>
        current && { ...current, grants: [grant, ...current.grants.filter((g) => g.id !== grant.id)] },
    );

  return (
    <div className="stack">
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {grants.data ? (
        <section className="card" aria-labelledby="grants-timeliness">
          <h2 id="grants-timeliness" className="form__title">
            {t('grants.timeliness.title')}
          </h2>
          <Timeliness value={grants.data.timeliness} />
        </section>
      ) : null}
      {can('grant', 'create') && !creating ? (
        <div>
          <Button
            onClick={() => {
              setCreating(true);
              setNotice(null);
            }}
          >
            {t('grants.list.new')}
          </Button>
        </div>
      ) : null}
      {creating ? (
        <GrantForm
          orgId={org.orgId}
          onCancel={() => setCreating(false)}
          onSaved={(grant) => {
            replace(grant);
            setCreating(false);
            setNotice(t('grants.list.created', { title: grant.title }));
          }}
        />
      ) : null}
      {grants.error ? <Alert kind="error">{grants.error.message}</Alert> : null}
      {grants.loading ? <Loading label={t('common.loading')} /> : null}
      {grants.data && list.length === 0 ? <p className="empty">{t('grants.list.empty')}</p> : null}
      <ul className="items">
        {list.map((grant) => (
          <GrantItem
            key={grant.id}
            grant={grant}
            canEdit={can('grant', 'update')}
            onChanged={() => grants.reload()}
            onClosed={replace}
          />
        ))}
      </ul>
    </div>
  );
}

function GrantItem({
  grant,
  canEdit,
  onChanged,
  onClosed,
}: {
  grant: GrantView;
  canEdit: boolean;
  onChanged: () => void;
  onClosed: (grant: GrantView) => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const { money, day } = useMoney();
  const [adding, setAdding] = useState(false);
  const [dueOn, setDueOn] = useState('');
  const [kind, setKind] = useState<string>('narrative');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(work: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    try {
      await work();
      onChanged();
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : t('common.unexpectedError'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="item item--wrap grants-item">
      <div className="item__main">
        <p className="item__title">
          {grant.title}{' '}
          <span className={grant.status === 'active' ? 'badge badge--ok' : 'badge'}>
            {t(`grants.statuses.${grant.status}`)}
          </span>
        </p>
        <p className="item__text">
          {grant.funder} · <strong>{money(grant.amount, grant.currency)}</strong>
        </p>
        <p className="item__text">
          {t('grants.list.period', { from: day(grant.startsOn), to: day(grant.endsOn) })}
        </p>
        {error ? <Alert kind="error">{error}</Alert> : null}
        {grant.reports.length ? (
          <ul className="grants-reports" aria-label={t('grants.reports.title', { title: grant.title })}>
            {grant.reports.map((report) => (
              <li key={report.id} className="grants-report">
                <span>
                  {t(`grants.reportKinds.${report.kind}`)} · {day(report.dueOn)}{' '}
                  <span className={STATE_BADGE[report.state]}>
                    {t(`grants.reportStates.${report.state}`)}
                  </span>
                  {report.submittedOn ? (
                    <span className="small muted">
                      {' '}
                      {t('grants.reports.sentOn', { date: day(report.submittedOn) })}
                    </span>
                  ) : null}
                </span>
                {canEdit && !report.submittedOn ? (
                  <Button
                    variant="secondary"
                    busy={busy}
                    onClick={() => run(() => updateReport(org.orgId, report.id, { submittedOn: today() }))}
                  >
                    {t('grants.reports.markSent')}
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="item__text muted">{t('grants.reports.none')}</p>
        )}
        {canEdit && adding ? (
          <form
            className="grants-add-report"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (!dueOn) {
                setError(t('grants.reports.dueRequired'));
                return;
              }
              void run(async () => {
                await addReport(org.orgId, grant.id, { dueOn, kind: kind as GrantReportView['kind'] });
                setAdding(false);
                setDueOn('');
              });
            }}
          >
            <TextField label={t('grants.reports.dueOn')} type="date" value={dueOn} onValue={setDueOn} />
            <SelectField
              label={t('grants.form.reportKind')}
              value={kind}
              onValue={setKind}
              options={REPORT_KINDS.map((value) => ({ value, label: t(`grants.reportKinds.${value}`) }))}
            />
            <div className="form__actions">
              <Button type="submit" busy={busy}>
                {t('grants.reports.add')}
              </Button>
              <Button variant="secondary" onClick={() => setAdding(false)}>
                {t('common.cancel')}
              </Button>
            </div>
          </form>
        ) : null}
      </div>
      {canEdit ? (
        <div className="grants-item__actions">
          {!adding ? (
            <Button variant="secondary" onClick={() => setAdding(true)}>
              {t('grants.reports.addOpen')}
            </Button>
          ) : null}
          {grant.status === 'active' ? (
            <Button
              variant="link"
              busy={busy}
              onClick={() =>
                run(async () => onClosed(await updateGrant(org.orgId, grant.id, { status: 'closed' })))
              }
            >
              {t('grants.list.close')}
            </Button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

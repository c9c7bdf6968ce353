import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupervisionRow } from '../../../domain/outreach.schemas';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Loading } from '../../ui/page';
import { CaseloadList } from './caseload-list';
import { useDayFormat } from './outreach-format';
import { useCaseload, useSupervision } from './outreach.resource';
import { PlanPanel } from './plan-panel';

function CaseloadBar({ size, norm }: { size: number; norm: number }) {
  const ratio = norm > 0 ? Math.min(1, size / norm) : 1;
  return (
    <span className="outreach-meter__bar outreach-meter__bar--wide" aria-hidden="true">
      <span
        className={size > norm ? 'outreach-meter__fill outreach-meter__fill--over' : 'outreach-meter__fill'}
        style={{ width: `${Math.round(ratio * 100)}%` }}
      />
    </span>
  );
}

/** One promotora opened by her supervisor: her people and her week, read-only. */
function PromotoraDetail({ orgId, row }: { orgId: string; row: SupervisionRow }) {
  const { t } = useTranslation();
  const caseload = useCaseload(orgId, row.userId);
  const [view, setView] = useState<'people' | 'week'>('people');
  return (
    <div className="stack outreach-detail">
      <div
        className="outreach-switch"
        role="group"
        aria-label={t('outreach.team.detailLabel', { name: row.displayName })}
      >
        <Button
          variant={view === 'people' ? 'primary' : 'secondary'}
          aria-pressed={view === 'people'}
          onClick={() => setView('people')}
        >
          {t('outreach.team.people')}
        </Button>
        <Button
          variant={view === 'week' ? 'primary' : 'secondary'}
          aria-pressed={view === 'week'}
          onClick={() => setView('week')}
        >
          {t('outreach.team.week')}
        </Button>
      </div>
      {view === 'people' ? (
        <>
          {caseload.error ? <Alert kind="error">{caseload.error.message}</Alert> : null}
          {caseload.loading ? <Loading label={t('common.loading')} /> : null}
          {caseload.data ? (
            <CaseloadList caseload={caseload.data} hrefFor={(member) => `/members/${member.id}`} />
          ) : null}
        </>
      ) : (
        <PlanPanel orgId={orgId} userId={row.userId} />
      )}
    </div>
  );
}

/** Supervisors: each promotora's caseload against the norm (about 1:50), who is due, this month's work. */
export function SupervisionPanel({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const format = useDayFormat();
  const supervision = useSupervision(orgId);
  const [openId, setOpenId] = useState<string | null>(null);
  const data = supervision.data;
  return (
    <div className="stack">
      {supervision.error ? <Alert kind="error">{supervision.error.message}</Alert> : null}
      {supervision.loading ? <Loading label={t('common.loading')} /> : null}
      {data ? (
        <>
          <p className="muted">
            {t('outreach.team.norm', { norm: data.caseloadNorm })}{' '}
            {t('outreach.team.dueRule', { count: data.dueAfterDays })}
          </p>
          {data.unassigned > 0 ? (
            <Alert kind="info">{t('outreach.team.unassigned', { count: data.unassigned })}</Alert>
          ) : null}
          {data.promotoras.length === 0 ? <p className="empty">{t('outreach.team.empty')}</p> : null}
          <ul className="items outreach-team">
            {data.promotoras.map((row) => (
              <li key={row.userId} className="item item--wrap outreach-promotora">
                <div className="item__main">
                  <p className="item__title">
                    {row.displayName}
                    {row.role !== 'promotora' ? (
                      <span className="badge">{t(`roles.${row.role}`)}</span>
                    ) : null}
                    {row.overNorm ? (
                      <span className="badge badge--warn">{t('outreach.team.overNorm')}</span>
                    ) : null}
                  </p>
                  <p className="item__text">
                    {t('outreach.team.caseload', {
                      size: format.number(row.caseload),
                      norm: format.number(data.caseloadNorm),
                    })}
                  </p>
                  <CaseloadBar size={row.caseload} norm={data.caseloadNorm} />
                  <dl className="item__meta outreach-meta">
                    <div>
                      <dt>{t('outreach.totals.due')}</dt>
                      <dd>{format.number(row.due)}</dd>
                    </div>
                    <div>
                      <dt>{t('outreach.totals.priority')}</dt>
                      <dd>{format.number(row.priority)}</dd>
                    </div>
                    <div>
                      <dt>{t('outreach.team.contactsThisMonth')}</dt>
                      <dd>{format.number(row.contactsThisMonth)}</dd>
                    </div>
                    <div>
                      <dt>{t('outreach.team.reachedThisMonth')}</dt>
                      <dd>{format.number(row.reachedThisMonth)}</dd>
                    </div>
                  </dl>
                </div>
                <Button
                  variant="secondary"
                  aria-expanded={openId === row.userId}
                  aria-label={t(
                    openId === row.userId ? 'outreach.team.closeTitle' : 'outreach.team.openTitle',
                    {
                      name: row.displayName,
                    },
                  )}
                  onClick={() => setOpenId(openId === row.userId ? null : row.userId)}
                >
                  {openId === row.userId ? t('outreach.team.close') : t('outreach.team.open')}
                </Button>
                {openId === row.userId ? <PromotoraDetail orgId={orgId} row={row} /> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

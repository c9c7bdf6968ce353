import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { URGENT_CHECKLIST } from '../../../domain/cases';
import type { CaseListItem } from '../../../domain/cases.schemas';
import { useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Checkbox, SelectField } from '../../ui/field';
import { Loading } from '../../ui/page';
import { formatOccurred, useActTypeLabel } from './case-labels';
import { caseListUrl, useActTypes, useCaseList, type CaseFilters } from './cases.resource';

/** What to do in the first hours of an urgent case (a reminder, not a form). */
export function UrgentChecklist() {
  const { t } = useTranslation();
  return (
    <details className="case-checklist" open>
      <summary>{t('cases.checklist.title')}</summary>
      <p className="small">{t('cases.checklist.lead')}</p>
      <ul>
        {URGENT_CHECKLIST.map((item) => (
          <li key={item}>{t(`cases.checklist.items.${item}`)}</li>
        ))}
      </ul>
    </details>
  );
}

function CaseRow({ item, actTypeLabel }: { item: CaseListItem; actTypeLabel: (key: string) => string }) {
  const { t, i18n } = useTranslation();
  const occurred = formatOccurred(item.occurredOn, item.occurredPrecision, i18n.language);
  return (
    <li
      className={
        item.urgent && (item.status === 'open' || item.status === 'in_progress')
          ? 'case-row case-row--urgent'
          : 'case-row'
      }
    >
      <Link
        href={`/${item.id}`}
        className="case-row__link"
        aria-label={t('cases.queue.open', { reference: item.reference })}
      >
        <span className="case-row__main">
          <span className="case-row__title">
            <strong>{item.reference}</strong>
            <span className={`badge case-status case-status--${item.status}`}>
              {t(`cases.status.${item.status}`)}
            </span>
            {item.urgent ? <span className="badge badge--warn">{t('cases.detail.urgent')}</span> : null}
          </span>
          <span className="case-row__text">{item.actTypes.map(actTypeLabel).join(' · ') || '—'}</span>
          <span className="case-row__meta muted small">
            {occurred ? t('cases.queue.occurred', { date: occurred }) : null}
            {item.locationType ? ` · ${t(`cases.location.${item.locationType}`)}` : null}
            {' · '}
            {item.assignedToMe
              ? t('cases.queue.assignedToMe')
              : item.assigneeCount === 0
                ? t('cases.queue.nobodyAssigned')
                : null}
          </span>
        </span>
        <span aria-hidden="true" className="case-row__chevron">
          ›
        </span>
      </Link>
    </li>
  );
}

/** The queue (issue 5 §1): urgent active cases on top with the immediate-response checklist. */
export function CaseQueue() {
  const { t } = useTranslation();
  const org = useOrg();
  const [filters, setFilters] = useState<CaseFilters>({
    status: 'active',
    mine: false,
    urgent: false,
    actType: '',
  });
  const list = useCaseList(caseListUrl(org.orgId, filters));
  const actTypes = useActTypes(org.orgId);
  const actTypeLabel = useActTypeLabel(actTypes.data?.actTypes);
  const cases = list.data?.cases ?? [];
  const urgent = cases.filter((c) => c.urgent && (c.status === 'open' || c.status === 'in_progress'));
  const others = cases.filter((c) => !urgent.includes(c));
  const set = (patch: Partial<CaseFilters>) => setFilters((current) => ({ ...current, ...patch }));
  return (
    <>
      <fieldset className="case-filters">
        <legend className="visually-hidden">{t('cases.filters.label')}</legend>
        <SelectField
          label={t('cases.filters.status')}
          value={filters.status}
          onValue={(status) => set({ status: status as CaseFilters['status'] })}
          options={[
            { value: 'active', label: t('cases.filters.active') },
            { value: 'open', label: t('cases.status.open') },
            { value: 'in_progress', label: t('cases.status.in_progress') },
            { value: 'closed', label: t('cases.status.closed') },
            { value: 'archived', label: t('cases.status.archived') },
            { value: 'all', label: t('cases.filters.all') },
          ]}
        />
        <SelectField
          label={t('cases.filters.actType')}
          value={filters.actType}
          onValue={(actType) => set({ actType })}
          options={[
            { value: '', label: t('cases.filters.anyActType') },
            ...(actTypes.data?.actTypes ?? []).map((type) => ({
              value: type.key,
              label: actTypeLabel(type.key),
            })),
          ]}
        />
        <div className="case-filters__checks">
          <Checkbox
            label={t('cases.filters.mine')}
            checked={filters.mine}
            onChecked={(mine) => set({ mine })}
          />
          <Checkbox
            label={t('cases.filters.urgent')}
            checked={filters.urgent}
            onChecked={(value) => set({ urgent: value })}
          />
        </div>
      </fieldset>
      {list.error ? <Alert kind="error">{list.error.message}</Alert> : null}
      {list.loading && !list.data ? <Loading label={t('cases.loading')} /> : null}
      {list.data && cases.length === 0 ? <p className="empty">{t('cases.empty')}</p> : null}
      {urgent.length > 0 ? (
        <section aria-labelledby="urgent-title" className="case-urgent">
          <h2 id="urgent-title">{t('cases.queue.urgentTitle')}</h2>
          <UrgentChecklist />
          <ul className="case-list">
            {urgent.map((item) => (
              <CaseRow key={item.id} item={item} actTypeLabel={actTypeLabel} />
            ))}
          </ul>
        </section>
      ) : null}
      {others.length > 0 ? (
        <section aria-labelledby="others-title">
          {urgent.length > 0 ? (
            <h2 id="others-title">{t('cases.queue.othersTitle')}</h2>
          ) : (
            <h2 id="others-title" className="visually-hidden">
              {t('cases.queue.othersTitle')}
            </h2>
          )}
          <ul className="case-list">
            {others.map((item) => (
              <CaseRow key={item.id} item={item} actTypeLabel={actTypeLabel} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

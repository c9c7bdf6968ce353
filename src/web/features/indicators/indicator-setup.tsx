import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorView } from '../../../domain/indicators.schemas';
import { useCan, useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Loading } from '../../ui/page';
import { IndicatorForm } from './indicator-form';
import { formatMonth } from './month';
import { TargetForm } from './target-form';
import { useIndicators, useSources } from './indicators.resource';

/** The organization's indicators with their targets; managers define them and set targets. */
export function IndicatorSetup() {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const indicators = useIndicators(org.orgId);
  const sources = useSources(org.orgId);
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const canConfigure = can('indicator', 'configure');

  function replace(saved: IndicatorView) {
    indicators.setData(
      (current) =>
        current && {
          indicators: current.indicators.some((row) => row.id === saved.id)
            ? current.indicators.map((row) => (row.id === saved.id ? saved : row))
            : [...current.indicators, saved],
        },
    );
  }

  const active = (indicators.data?.indicators ?? []).filter((row) => !row.archived);
  return (
    <section aria-label={t('indicators.setup.title')}>
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {canConfigure && !creating ? (
        <div className="form__actions indicator-setup__new">
          <Button
            onClick={() => {
              setCreating(true);
              setNotice(null);
            }}
          >
            {t('indicators.setup.new')}
          </Button>
        </div>
      ) : null}
      {creating && sources.data ? (
        <IndicatorForm
          sources={sources.data.sources}
          onSaved={(saved) => {
            replace(saved);
            setCreating(false);
            setNotice(t('indicators.setup.created', { name: saved.name }));
          }}
          onCancel={() => setCreating(false)}
        />
      ) : null}
      {indicators.error ? <Alert kind="error">{indicators.error.message}</Alert> : null}
      {indicators.loading && !indicators.data ? <Loading label={t('common.loading')} /> : null}
      {indicators.data && active.length === 0 ? <p className="empty">{t('indicators.setup.empty')}</p> : null}
      <ul className="items" aria-label={t('indicators.setup.listLabel')}>
        {active.map((indicator) => (
          <IndicatorItem
            key={indicator.id}
            indicator={indicator}
            canConfigure={canConfigure}
            onSaved={replace}
          />
        ))}
      </ul>
    </section>
  );
}

function IndicatorItem({
  indicator,
  canConfigure,
  onSaved,
}: {
  indicator: IndicatorView;
  canConfigure: boolean;
  onSaved: (saved: IndicatorView) => void;
}) {
  const { t, i18n } = useTranslation();
  const [targeting, setTargeting] = useState(false);
  const source = t(`indicators.sources.${indicator.sourceKey}`);
  const filters = Object.keys(indicator.filters).map((key) => t(`indicators.filters.${key}`));
  const unit = indicator.kind === 'ratio' ? ' %' : '';
  return (
    <li className="card indicator-card">
      <h3 className="indicator-card__name">{indicator.name}</h3>
      <p className="small muted">
        {indicator.denominatorSourceKey
          ? t('indicators.review.ratioOf', {
              numerator: source,
              denominator: t(`indicators.sources.${indicator.denominatorSourceKey}`),
            })
          : source}
        {filters.length > 0 ? ` · ${t('indicators.setup.filtered', { filters: filters.join(', ') })}` : ''}
      </p>
      {indicator.targets.length > 0 ? (
        <ul className="indicator-card__targets small">
          {indicator.targets.map((target) => (
            <li key={`${target.periodType}-${target.periodStart}`}>
              {t(`indicators.targets.in.${target.periodType}`, {
                period:
                  target.periodType === 'year'
                    ? target.periodStart.slice(0, 4)
                    : formatMonth(target.periodStart, i18n.language),
              })}
              : {target.target}
              {unit}
            </li>
          ))}
        </ul>
      ) : (
        <p className="small">{t('indicators.targets.none')}</p>
      )}
      {canConfigure ? (
        targeting ? (
          <TargetForm
            indicator={indicator}
            onSaved={(saved) => {
              onSaved(saved);
              setTargeting(false);
            }}
            onCancel={() => setTargeting(false)}
          />
        ) : (
          <Button variant="secondary" onClick={() => setTargeting(true)}>
            {t('indicators.targets.set')}
          </Button>
        )
      ) : null}
    </li>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodFigure, ReviewIndicatorView } from '../../../domain/indicators.schemas';
import { useCan, useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { TextAreaField, TextField } from '../../ui/field';
import { Loading } from '../../ui/page';
import { ReviewActions } from './review-actions';
import { ReviewLessons } from './review-lessons';
import { saveNote, useReview } from './indicators.resource';
import { currentMonth, formatMonth } from './month';

/** The monthly review: each indicator against its targets, what happened, action items and lessons. */
export function ReviewPanel() {
  const { t, i18n } = useTranslation();
  const org = useOrg();
  const [month, setMonth] = useState(currentMonth);
  const review = useReview(org.orgId, month);
  return (
    <section aria-labelledby="review-title">
      <h2 id="review-title" className="visually-hidden">
        {t('indicators.review.title', { month: formatMonth(month, i18n.language) })}
      </h2>
      <div className="filters">
        <TextField
          label={t('indicators.review.month')}
          type="month"
          value={month}
          onValue={(value) => (/^\d{4}-\d{2}$/.test(value) ? setMonth(value) : undefined)}
        />
      </div>
      {review.error ? <Alert kind="error">{review.error.message}</Alert> : null}
      {review.loading && !review.data ? <Loading label={t('common.loading')} /> : null}
      {review.data ? (
        <>
          {review.data.indicators.length === 0 ? (
            <p className="empty">{t('indicators.review.empty')}</p>
          ) : null}
          <ul className="items" aria-label={t('indicators.review.listLabel')}>
            {review.data.indicators.map((indicator) => (
              <IndicatorReviewCard key={`${month}-${indicator.id}`} month={month} indicator={indicator} />
            ))}
          </ul>
          {review.data.indicators.length > 0 ? (
            <p className="small">
              {t('indicators.export.label')}:{' '}
              <a href={`/api/orgs/${org.orgId}/indicator-reviews/${month}/export/csv`} download>
                {t('indicators.export.csv')}
              </a>{' '}
              ·{' '}
              <a href={`/api/orgs/${org.orgId}/indicator-reviews/${month}/export/xlsx`} download>
                {t('indicators.export.xlsx')}
              </a>
            </p>
          ) : null}
          <ReviewActions month={month} review={review.data} onChanged={review.reload} />
          <ReviewLessons month={month} review={review.data} onChanged={review.reload} />
        </>
      ) : null}
    </section>
  );
}

function useFigureText() {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  return (indicator: ReviewIndicatorView, figure: PeriodFigure) => {
    const unit = indicator.kind === 'ratio' ? ' %' : '';
    const value =
      figure.value === null ? t('indicators.review.noValue') : `${number.format(figure.value)}${unit}`;
    if (figure.target === null) return t('indicators.review.valueOnly', { value });
    return t('indicators.review.valueOfTarget', { value, target: `${number.format(figure.target)}${unit}` });
  };
}

function Progress({ figure, label }: { figure: PeriodFigure; label: string }) {
  if (figure.progress === null) return null;
  const shown = Math.min(figure.progress, 100);
  return (
    <div className="indicator-progress">
      <meter min={0} max={100} low={60} high={99} optimum={100} value={shown} aria-label={label} />
      <span className="small">{`${figure.progress} %`}</span>
    </div>
  );
}

function IndicatorReviewCard({ month, indicator }: { month: string; indicator: ReviewIndicatorView }) {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const figureText = useFigureText();
  const [note, setNote] = useState(indicator.note ?? '');
  const [saved, setSaved] = useState(indicator.note ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const canWrite = can('indicator_review', 'update');
  async function save() {
    setBusy(true);
    setError(null);
    try {
      const answer = await saveNote(org.orgId, month, indicator.id, note.trim() ? note : null);
      setSaved(answer.note ?? '');
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }
  const source = t(`indicators.sources.${indicator.sourceKey}`);
  const ratioOf = indicator.denominatorSourceKey
    ? t('indicators.review.ratioOf', {
        numerator: source,
        denominator: t(`indicators.sources.${indicator.denominatorSourceKey}`),
      })
    : source;
  return (
    <li className="card indicator-card">
      <h3 className="indicator-card__name">{indicator.name}</h3>
      <p className="small muted">{ratioOf}</p>
      <p className="indicator-card__value">
        <strong>{figureText(indicator, indicator.month)}</strong>
      </p>
      <Progress
        figure={indicator.month}
        label={t('indicators.review.progressMonth', { name: indicator.name })}
      />
      <dl className="indicator-card__periods small">
        <dt>{t('indicators.review.quarter')}</dt>
        <dd>{figureText(indicator, indicator.quarter)}</dd>
        <dt>{t('indicators.review.year')}</dt>
        <dd>{figureText(indicator, indicator.year)}</dd>
      </dl>
      {canWrite ? (
        <div className="indicator-card__note">
          <TextAreaField
            label={t('indicators.review.note')}
            hint={t('indicators.review.noteHint')}
            rows={3}
            value={note}
            onValue={setNote}
          />
          {error ? <Alert kind="error">{error}</Alert> : null}
          <Button variant="secondary" busy={busy} disabled={note === saved} onClick={() => void save()}>
            {t('indicators.review.saveNote')}
          </Button>
        </div>
      ) : indicator.note ? (
        <div className="indicator-card__note">
          <h4 className="small">{t('indicators.review.note')}</h4>
          <p>{indicator.note}</p>
        </div>
      ) : null}
    </li>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EscalationFields, EscalationPreview } from '../../../domain/case-escalations.schemas';
import { newId } from '../../../domain/ids';
import { useFormat } from '../../app/format';
import { useCan } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Checkbox, SelectField, TextAreaField } from '../../ui/field';
import type { CaseSectionProps } from '../cases/case-detail-sections';
import {
  createEscalation,
  escalationPdfUrl,
  previewEscalation,
  useEscalationOptions,
  useEscalations,
} from './case-analysis.resource';

const BOOLEAN_FIELDS = [
  'locationType',
  'actTypes',
  'perpetratorTypes',
  'responses',
  'narrativeExcerpt',
] as const;

/**
 * Case page section: the consented escalation package. The paralegal picks each field, writes her own
 * redacted account, looks at the preview and saves it; the PDF download is audited.
 */
export default function EscalationSection({ orgId, caseId }: CaseSectionProps) {
  const { t } = useTranslation();
  const can = useCan();
  const format = useFormat();
  const options = useEscalationOptions(orgId, caseId);
  const list = useEscalations(orgId, caseId);
  const [open, setOpen] = useState(false);
  const [id, setId] = useState(() => newId());
  const [fields, setFields] = useState<EscalationFields>({
    datePrecision: 'month',
    areaLevel: 'none',
    locationType: true,
    actTypes: true,
    perpetratorTypes: true,
    responses: true,
    narrativeExcerpt: false,
  });
  const [excerpt, setExcerpt] = useState('');
  const [preview, setPreview] = useState<EscalationPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Not her case (403 case_restricted) or no access: the section stays out of the way.
  if (options.error) return null;
  const o = options.data;
  const change = (next: Partial<EscalationFields>) => {
    setFields({ ...fields, ...next });
    setPreview(null);
  };
  const run = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <section className="card" aria-labelledby={`escalation-${caseId}`}>
      <h2 id={`escalation-${caseId}`} className="form__title">
        {t('caseAnalysis.escalation.title')}
      </h2>
      {o && !o.consented ? <p className="muted">{t('caseAnalysis.escalation.noConsent')}</p> : null}
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {error ? <Alert kind="error">{error}</Alert> : null}
      {o?.consented && !open && can('hr_escalation', 'create') ? (
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {t('caseAnalysis.escalation.open')}
        </Button>
      ) : null}
      {o?.consented && open ? (
        <div className="stack">
          <p className="muted flush">{t('caseAnalysis.escalation.intro')}</p>
          <p className="flush">
            <strong>{t('caseAnalysis.escalation.neverCode')}</strong>
          </p>
          <SelectField
            label={t('caseAnalysis.escalation.datePrecision')}
            name="datePrecision"
            value={fields.datePrecision}
            onValue={(v) => change({ datePrecision: v as EscalationFields['datePrecision'] })}
            options={(o.hasDate ? (['none', 'year', 'month', 'day'] as const) : (['none'] as const)).map(
              (v) => ({
                value: v,
                label: t(`caseAnalysis.escalation.dates.${v}`),
              }),
            )}
          />
          <SelectField
            label={t('caseAnalysis.escalation.areaLevel')}
            name="areaLevel"
            value={fields.areaLevel}
            onValue={(v) => change({ areaLevel: v as EscalationFields['areaLevel'] })}
            options={o.areaLevels.map((v) => ({ value: v, label: t(`caseAnalysis.escalation.areas.${v}`) }))}
          />
          {BOOLEAN_FIELDS.map((key) => (
            <Checkbox
              key={key}
              label={t(`caseAnalysis.escalation.${key}`)}
              checked={fields[key]}
              onChecked={(checked) => change({ [key]: checked })}
            />
          ))}
          {fields.narrativeExcerpt ? (
            <TextAreaField
              label={t('caseAnalysis.escalation.narrativeExcerpt')}
              hint={t('caseAnalysis.escalation.excerptHint')}
              name="excerpt"
              value={excerpt}
              maxLength={2000}
              onValue={(v) => {
                setExcerpt(v);
                setPreview(null);
              }}
            />
          ) : null}
          <div className="form__actions">
            <Button
              variant="secondary"
              onClick={() =>
                run(async () => setPreview(await previewEscalation(orgId, caseId, { fields, excerpt })))
              }
            >
              {t('caseAnalysis.escalation.preview')}
            </Button>
            <Button
              disabled={!preview}
              onClick={() =>
                run(async () => {
                  await createEscalation(orgId, caseId, { id, fields, excerpt });
                  setNotice(t('caseAnalysis.escalation.saved'));
                  setOpen(false);
                  setPreview(null);
                  setExcerpt('');
                  setId(newId());
                  list.reload();
                })
              }
            >
              {t('caseAnalysis.escalation.save')}
            </Button>
          </div>
          {preview ? (
            <div className="card escalation-preview" aria-label={t('caseAnalysis.escalation.preview')}>
              <h3 className="form__title">{preview.title}</h3>
              {preview.sections.map((s) => (
                <div key={s.heading}>
                  <p className="flush">
                    <strong>{s.heading}</strong>
                  </p>
                  {s.lines.map((line, i) => (
                    <p key={i} className="flush">
                      {line}
                    </p>
                  ))}
                </div>
              ))}
            </div>
          ) : null}
        </div>
      ) : null}
      {list.data?.escalations.length ? (
        <>
          <h3>{t('caseAnalysis.escalation.list')}</h3>
          <ul className="items">
            {list.data.escalations.map((e) => (
              <li key={e.id} className="item item--wrap item--compact">
                <div className="item__main">
                  <p className="flush">
                    {t('caseAnalysis.escalation.preparedOn', { date: format.date(e.createdAt) })}
                  </p>
                </div>
                <a className="button button--secondary" href={escalationPdfUrl(orgId, caseId, e.id)} download>
                  {t('caseAnalysis.escalation.download')}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

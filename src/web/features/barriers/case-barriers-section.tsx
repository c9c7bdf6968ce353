import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { SelectField } from '../../ui/field';
import type { CaseSectionProps } from '../cases/case-detail-sections';
import { linkBarrier, unlinkBarrier, useBarriers, useCaseBarriers } from './barriers.resource';

/** Case page section: the structural barriers this case shows (the "closed loop"). */
export default function CaseBarriersSection({ orgId, caseId }: CaseSectionProps) {
  const { t } = useTranslation();
  const can = useCan();
  const linked = useCaseBarriers(orgId, caseId);
  const canLink = can('hr_case', 'update');
  const register = useBarriers(canLink ? orgId : null);
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const linkedIds = new Set(linked.data?.barriers.map((b) => b.id));
  const options = (register.data?.barriers ?? []).filter((b) => !linkedIds.has(b.id));
  return (
    <section className="card" aria-labelledby={`barriers-${caseId}`}>
      <h2 id={`barriers-${caseId}`} className="form__title">
        {t('barriers.section.title')}
      </h2>
      {error ? <Alert kind="error">{error}</Alert> : null}
      {linked.error ? <Alert kind="error">{linked.error.message}</Alert> : null}
      {linked.data && linked.data.barriers.length === 0 ? (
        <p className="muted">{t('barriers.section.none')}</p>
      ) : null}
      <ul className="items">
        {linked.data?.barriers.map((b) => (
          <li key={b.id} className="item item--wrap item--compact">
            <div className="item__main">
              <p className="item__title">
                {b.title} <span className="badge">{t(`barriers.kinds.${b.kind}`)}</span>
              </p>
            </div>
            {canLink ? (
              <Button
                variant="secondary"
                onClick={async () => {
                  setError(null);
                  try {
                    linked.setData(() => undefined);
                    await unlinkBarrier(orgId, caseId, b.id);
                  } catch (e) {
                    setError(e instanceof Error ? e.message : String(e));
                  }
                  linked.reload();
                }}
              >
                {t('barriers.section.unlink')}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {canLink && register.data ? (
        options.length === 0 && register.data.barriers.length === 0 ? (
          <p className="muted flush">{t('barriers.section.noneInRegister')}</p>
        ) : (
          <div className="form__actions">
            <SelectField
              label={t('barriers.section.pick')}
              name="barrierId"
              value={choice}
              onValue={setChoice}
              options={[
                { value: '', label: t('barriers.section.choose') },
                ...options.map((b) => ({ value: b.id, label: b.title })),
              ]}
            />
            <Button
              variant="secondary"
              disabled={!choice}
              onClick={async () => {
                setError(null);
                try {
                  await linkBarrier(orgId, caseId, choice);
                  setChoice('');
                } catch (e) {
                  setError(e instanceof Error ? e.message : String(e));
                }
                linked.reload();
              }}
            >
              {t('barriers.section.link')}
            </Button>
          </div>
        )
      ) : null}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { countText } from '../../../domain/case-analysis.labels';
import { useOrg } from '../../app/org-context';
import { useBarrierLoop } from './advocacy.resource';

/** On a barrier: the cases that fed it and the engagements that took it to the authorities. */
export function BarrierLoopSection({ barrierId }: { barrierId: string }) {
  const { t } = useTranslation();
  const org = useOrg();
  const loop = useBarrierLoop(org.orgId, barrierId);
  const data = loop.data;
  if (!data) return null;
  return (
    <div className="stack small" aria-label={t('advocacy.loop')}>
      <p className="flush">
        <strong>{t('advocacy.loopCases')}:</strong> {countText(data.caseCount, data.threshold)}
        {data.caseReferences?.length ? ` (${data.caseReferences.map((c) => c.reference).join(', ')})` : ''}
      </p>
      <p className="flush">
        <strong>{t('advocacy.loopEngagements')}:</strong>{' '}
        {data.engagements.length === 0
          ? '—'
          : data.engagements
              .map(
                (e) =>
                  `${e.officeTitle} (${e.engagedOn}; ${t(`advocacy.outcomes.${e.outcomeKind}`)}; ${t('advocacy.keptOf', { kept: e.commitments.kept, total: e.commitments.total })})`,
              )
              .join(' · ')}
      </p>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { useOrg } from '../../app/org-context';
import { useBarrierLoop } from './advocacy.resource';

/**
 * On a barrier: the references of the cases that fed it (roles that see the case queue; the register
 * already shows the suppressed count) and the engagements that took it to the authorities.
 */
export function BarrierLoopSection({ barrierId }: { barrierId: string }) {
  const { t } = useTranslation();
  const org = useOrg();
  const loop = useBarrierLoop(org.orgId, barrierId);
  const data = loop.data;
  if (!data) return null;
  return (
    <div className="stack small" aria-label={t('advocacy.loop')}>
      {data.caseReferences?.length ? (
        <p className="flush">
          <strong>{t('advocacy.loopCases')}:</strong> {data.caseReferences.map((c) => c.reference).join(', ')}
        </p>
      ) : null}
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

import { useTranslation } from 'react-i18next';
import {
  DEFAULT_SMALL_CELL_THRESHOLD,
  formatCount,
  isPublished,
  type PublishedCount,
} from '../../../domain/aggregates/suppression';
import type { EvidenceView } from '../../../domain/programme-evidence.schemas';
import { Alert } from '../../ui/alert';
import { Loading } from '../../ui/page';
import { useEvidence } from './capacity-network.resource';
import { domainLabel } from './domain-label';
import './capacity-network.css';

type Fact = EvidenceView['domains'][number]['facts'][number];

function FactLine({ fact }: { fact: Fact }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  // Case facts are small-cell suppressed: '<' reads "<11", '*' is hidden to protect a small one.
  const show = (value: PublishedCount) =>
    isPublished(value)
      ? number.format(value)
      : formatCount(value, fact.threshold ?? DEFAULT_SMALL_CELL_THRESHOLD);
  const text = t(`capacityNetwork.evidence.facts.${fact.key}`, {
    defaultValue: fact.key,
    count: isPublished(fact.value) ? fact.value : undefined,
    value: show(fact.value),
    total: fact.total === null ? '' : show(fact.total),
  });
  return <li>{text}</li>;
}

/**
 * Programme evidence beside the scores: the organization's own data per capacity domain, as context
 * for the discussion — never a score. Give `domainKey` to show one domain (e.g. beside a domain's
 * score on the results page), or nothing to show every domain with data. Renders nothing when the
 * domain has no data.
 */
export function DomainEvidence({ orgId, domainKey }: { orgId: string; domainKey?: string }) {
  const { t } = useTranslation();
  const evidence = useEvidence(orgId);
  if (evidence.loading) return <Loading label={t('common.loading')} />;
  if (evidence.error) return <Alert kind="error">{evidence.error.message}</Alert>;
  if (!evidence.data) return null;
  const domains = evidence.data.domains.filter((d) => domainKey === undefined || d.domainKey === domainKey);
  if (domains.length === 0) return null;
  return (
    <aside className="domain-evidence" aria-label={t('capacityNetwork.evidence.title')}>
      <p className="domain-evidence__title">
        {t('capacityNetwork.evidence.title')}{' '}
        <span className="small muted">{t('capacityNetwork.evidence.context')}</span>
      </p>
      {domains.map((domain) => (
        <div key={domain.domainKey}>
          {domainKey === undefined ? (
            <p className="domain-evidence__domain">{domainLabel(t, domain.domainKey)}</p>
          ) : null}
          <ul className="domain-evidence__facts">
            {domain.facts.map((fact) => (
              <FactLine key={`${fact.provider}-${fact.key}`} fact={fact} />
            ))}
          </ul>
        </div>
      ))}
    </aside>
  );
}

export default DomainEvidence;

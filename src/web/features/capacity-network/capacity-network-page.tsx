import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkPictureView } from '../../../domain/capacity-network.schemas';
import { useCan, useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/field';
import { Loading, Page } from '../../ui/page';
import { updateNetworkSettings, useNetworkPicture } from './capacity-network.resource';
import { domainLabel } from './domain-label';
import './capacity-network.css';

type DomainPicture = NetworkPictureView['domains'][number];

/**
 * The network's capacity picture at the regional secretariat: only organizations that consented;
 * the distribution of domain scores, technical-assistance requests by domain, and "who can help".
 */
export default function CapacityNetworkPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const picture = useNetworkPicture(org.orgId);
  const view = picture.data;
  return (
    <Page title={t('capacityNetwork.title')} lead={t('capacityNetwork.description')}>
      {picture.error ? <Alert kind="error">{picture.error.message}</Alert> : null}
      {picture.loading ? <Loading label={t('common.loading')} /> : null}
      {view ? (
        <div className="stack">
          <dl className="facts card">
            <div>
              <dt>{t('capacityNetwork.summary.organizations')}</dt>
              <dd>{view.networkOrganizations}</dd>
            </div>
            <div>
              <dt>{t('capacityNetwork.summary.sharingScores')}</dt>
              <dd>{view.sharingScores}</dd>
            </div>
            <div>
              <dt>{t('capacityNetwork.summary.withAssessment')}</dt>
              <dd>{view.withCompletedAssessment}</dd>
            </div>
            <div>
              <dt>{t('capacityNetwork.summary.sharingRequests')}</dt>
              <dd>{view.sharingTaRequests}</dd>
            </div>
          </dl>
          {view.namesShown ? (
            <p className="muted small flush">
              {t('capacityNetwork.namesRule', { min: view.minOrganizations })}
            </p>
          ) : (
            <Alert kind="info">{t('capacityNetwork.fewOrganizations', { min: view.minOrganizations })}</Alert>
          )}
          {view.domains.length === 0 ? <p className="empty">{t('capacityNetwork.empty')}</p> : null}
          <ul className="network-domains">
            {view.domains.map((domain) => (
              <DomainCard key={domain.domainKey} domain={domain} min={view.minOrganizations} />
            ))}
          </ul>
          {can('capacity_network', 'configure') ? (
            <MinimumForm current={view.minOrganizations} onSaved={() => picture.reload()} />
          ) : null}
        </div>
      ) : null}
    </Page>
  );
}

function DomainCard({ domain, min }: { domain: DomainPicture; min: number }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const titleId = `network-domain-${domain.domainKey}`;
  const max = Math.max(1, ...(domain.bands ?? []).map((band) => band.count));
  return (
    <li className="card network-domain" aria-labelledby={titleId}>
      <h2 id={titleId} className="form__title">
        {domainLabel(t, domain.domainKey)}
      </h2>
      {domain.organizations === 0 ? (
        <p className="small muted flush">{t('capacityNetwork.domain.noScores')}</p>
      ) : domain.withheld ? (
        <p className="small muted flush">
          {t('capacityNetwork.domain.withheld', { count: domain.organizations, min })}
        </p>
      ) : (
        <>
          <p className="small flush">
            {t('capacityNetwork.domain.scored', { count: domain.organizations })}
            {domain.median !== null
              ? ` · ${t('capacityNetwork.domain.median', { value: number.format(domain.median) })}`
              : ''}
          </p>
          <table className="network-bands">
            <caption className="visually-hidden">
              {t('capacityNetwork.domain.bandsCaption', { domain: domainLabel(t, domain.domainKey) })}
            </caption>
            <thead className="visually-hidden">
              <tr>
                <th scope="col">{t('capacityNetwork.domain.level')}</th>
                <th scope="col">{t('capacityNetwork.domain.organizations')}</th>
              </tr>
            </thead>
            <tbody>
              {domain.bands!.map((band) => (
                <tr key={band.band}>
                  <th scope="row">{t(`capacityNetwork.levels.${band.band}`)}</th>
                  <td>
                    <span
                      className="network-bar"
                      style={{ width: `${(band.count / max) * 100}%` }}
                      aria-hidden="true"
                    />
                    <span className="network-bar__count">{band.count}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p className="small flush">
        {t('capacityNetwork.domain.requests', {
          count: domain.taRequests,
          organizations: domain.askingOrganizations,
        })}
      </p>
      <div className="network-help">
        <div>
          <p className="network-help__title">{t('capacityNetwork.help.strong')}</p>
          {domain.strong ? (
            domain.strong.length ? (
              <ul>
                {domain.strong.map((o) => (
                  <li key={o.id}>{o.name}</li>
                ))}
              </ul>
            ) : (
              <p className="small muted flush">{t('capacityNetwork.help.none')}</p>
            )
          ) : (
            <p className="small muted flush">
              {domain.organizations === 0
                ? t('capacityNetwork.help.none')
                : domain.withheld
                  ? t('capacityNetwork.help.hidden')
                  : t('capacityNetwork.help.count', { count: domain.strongCount })}
            </p>
          )}
        </div>
        <div>
          <p className="network-help__title">{t('capacityNetwork.help.asking')}</p>
          {domain.asking ? (
            domain.asking.length ? (
              <ul>
                {domain.asking.map((o) => (
                  <li key={o.id}>{o.name}</li>
                ))}
              </ul>
            ) : (
              <p className="small muted flush">{t('capacityNetwork.help.none')}</p>
            )
          ) : (
            <p className="small muted flush">
              {t('capacityNetwork.help.count', { count: domain.askingOrganizations })}
            </p>
          )}
        </div>
      </div>
    </li>
  );
}

function MinimumForm({ current, onSaved }: { current: number; onSaved: () => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const [value, setValue] = useState(String(current));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="form card network-minimum"
      noValidate
      aria-label={t('capacityNetwork.settings.title')}
      onSubmit={(event) => {
        event.preventDefault();
        setBusy(true);
        setError(null);
        updateNetworkSettings(org.orgId, { minOrganizations: Number(value) })
          .then(onSaved, (problem: unknown) =>
            setError(problem instanceof Error ? problem.message : t('common.unexpectedError')),
          )
          .finally(() => setBusy(false));
      }}
    >
      <h2 className="form__title">{t('capacityNetwork.settings.title')}</h2>
      {error ? <Alert kind="error">{error}</Alert> : null}
      <TextField
        label={t('capacityNetwork.settings.minimum')}
        hint={t('capacityNetwork.settings.hint')}
        type="number"
        min={2}
        max={50}
        inputMode="numeric"
        value={value}
        onValue={setValue}
      />
      <div className="form__actions">
        <Button type="submit" busy={busy}>
          {t('common.save')}
        </Button>
      </div>
    </form>
  );
}

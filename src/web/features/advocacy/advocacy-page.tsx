import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan, useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Loading, Page } from '../../ui/page';
import { useEngagements } from './advocacy.resource';
import { EngagementDetail } from './engagement-detail';
import { EngagementForm } from './engagement-form';
import { SeatsSection } from './seats-section';

/** Advocacy with authorities (issue 7 §3): engagements, commitments and their follow-up, policy seats. */
export default function AdvocacyPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const engagements = useEngagements(org.orgId);
  const [creating, setCreating] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  if (selected)
    return (
      <Page title={t('advocacy.title')}>
        <EngagementDetail
          engagementId={selected}
          onBack={() => {
            setSelected(null);
            engagements.reload();
          }}
        />
      </Page>
    );
  return (
    <Page
      title={t('advocacy.title')}
      lead={t('advocacy.intro')}
      actions={
        can('advocacy_engagement', 'create') && !creating ? (
          <Button onClick={() => setCreating(true)}>{t('advocacy.newEngagement')}</Button>
        ) : null
      }
    >
      {creating ? (
        <EngagementForm
          orgId={org.orgId}
          onSaved={(id) => {
            setCreating(false);
            setSelected(id);
          }}
          onCancel={() => setCreating(false)}
        />
      ) : null}
      <h2>{t('advocacy.engagements')}</h2>
      {engagements.loading && !engagements.data ? <Loading label={t('common.loading')} /> : null}
      {engagements.error ? <Alert kind="error">{engagements.error.message}</Alert> : null}
      {engagements.data?.engagements.length === 0 ? (
        <p className="empty">{t('advocacy.noEngagements')}</p>
      ) : null}
      <ul className="items">
        {engagements.data?.engagements.map((e) => (
          <li key={e.id} className="item item--wrap">
            <div className="item__main">
              <p className="item__title">
                {e.officeTitle} <span className="badge">{t(`advocacy.authorities.${e.authorityType}`)}</span>
              </p>
              <p className="small muted flush">
                {e.engagedOn} ·{' '}
                {t('advocacy.tally', {
                  total: e.commitments.total,
                  kept: e.commitments.kept,
                  partly: e.commitments.partlyKept,
                  pending: e.commitments.pending,
                })}
              </p>
            </div>
            <div className="actions-list">
              <Button
                variant="secondary"
                onClick={() => setSelected(e.id)}
                aria-label={t('advocacy.openEngagement', { office: e.officeTitle })}
              >
                {t('advocacy.open')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
      <SeatsSection />
    </Page>
  );
}

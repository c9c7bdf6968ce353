import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan, useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Loading, Page } from '../../ui/page';
import { AlertCard } from './alert-card';
import { AlertForm } from './alert-form';
import { useActiveAlerts, withdrawAlert } from './safety-alerts.resource';
import './safety-alerts.css';

/** The alert board ("ugly mugs"): active warnings for the organization's staff; paralegals publish. */
export default function SafetyAlertsPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const alerts = useActiveAlerts(org.orgId);
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const list = alerts.data?.alerts ?? [];

  return (
    <Page
      title={t('safetyAlerts.title')}
      lead={t('safetyAlerts.description')}
      actions={
        can('safety_alert', 'create') && !creating ? (
          <Button
            onClick={() => {
              setCreating(true);
              setNotice(null);
            }}
          >
            {t('safetyAlerts.new')}
          </Button>
        ) : null
      }
    >
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {error || alerts.error ? <Alert kind="error">{error ?? alerts.error?.message}</Alert> : null}
      {creating ? (
        <AlertForm
          orgId={org.orgId}
          onCancel={() => setCreating(false)}
          onPublished={(alert) => {
            alerts.setData((current) => ({ alerts: [alert, ...(current?.alerts ?? [])] }));
            setCreating(false);
            setNotice(t('safetyAlerts.published', { title: alert.title }));
          }}
        />
      ) : null}
      {alerts.loading ? (
        <Loading label={t('common.loading')} />
      ) : list.length === 0 ? (
        <p className="empty">{t('safetyAlerts.board.empty')}</p>
      ) : (
        <ul className="items" aria-label={t('safetyAlerts.board.label')}>
          {list.map((alert) => (
            <AlertCard
              key={alert.id}
              alert={alert}
              onWithdraw={
                can('safety_alert', 'update')
                  ? async () => {
                      setError(null);
                      try {
                        await withdrawAlert(org.orgId, alert.id);
                        alerts.setData((current) => ({
                          alerts: (current?.alerts ?? []).filter((a) => a.id !== alert.id),
                        }));
                        setNotice(t('safetyAlerts.withdrawn', { title: alert.title }));
                      } catch (reason) {
                        setError(reason instanceof Error ? reason.message : t('common.unexpectedError'));
                      }
                    }
                  : undefined
              }
            />
          ))}
        </ul>
      )}
    </Page>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { orgPath, useCan, useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Loading, Page } from '../../ui/page';
import { updateFollowUp, useFollowUpQueue } from './case-responses.resource';
import { FollowUpLine } from './follow-up-line';
import './case-responses.css';

/** "Seguimientos": the caller's follow-up tasks of every case, overdue first (coordinators: everyone's). */
export default function FollowUpsPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const coordinator = org.role === 'coordinator';
  const [scope, setScope] = useState<'mine' | 'all'>('mine');
  const [status, setStatus] = useState<'open' | 'done'>('open');
  const queue = useFollowUpQueue(org.orgId, scope, status);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const list = queue.data?.followUps ?? [];
  const overdue = list.filter((f) => f.overdue).length;

  return (
    <Page
      title={t('caseResponses.queue.title')}
      lead={t('caseResponses.queue.lead')}
      actions={
        <div className="form__actions">
          {coordinator ? (
            <Button
              variant="secondary"
              aria-pressed={scope === 'all'}
              onClick={() => setScope(scope === 'all' ? 'mine' : 'all')}
            >
              {scope === 'all' ? t('caseResponses.queue.showMine') : t('caseResponses.queue.showAll')}
            </Button>
          ) : null}
          <Button
            variant="secondary"
            aria-pressed={status === 'done'}
            onClick={() => setStatus(status === 'done' ? 'open' : 'done')}
          >
            {status === 'done' ? t('caseResponses.queue.showOpen') : t('caseResponses.queue.showDone')}
          </Button>
        </div>
      }
    >
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
      {queue.error ? <Alert kind="error">{queue.error.message}</Alert> : null}
      {queue.loading ? <Loading label={t('common.loading')} /> : null}
      {status === 'open' && overdue > 0 ? (
        <Alert kind="info">{t('caseResponses.queue.overdueCount', { count: overdue })}</Alert>
      ) : null}
      {queue.data && list.length === 0 ? (
        <p className="empty">
          {status === 'open' ? t('caseResponses.queue.empty') : t('caseResponses.queue.emptyDone')}
        </p>
      ) : null}
      <ul className="items">
        {list.map((followUp) => (
          <FollowUpLine
            key={followUp.id}
            followUp={followUp}
            canUpdate={can('hr_case_response', 'update')}
            caseLink={
              <Link href={`~${orgPath(org.orgId, `/cases/${followUp.caseId}`)}`}>
                {followUp.caseReference}
                {followUp.caseUrgent ? ` · ${t('caseResponses.queue.urgent')}` : ''}
              </Link>
            }
            onDone={async (done) => {
              try {
                await updateFollowUp(org.orgId, followUp.caseId, followUp.id, { done });
                setMessage({
                  kind: 'success',
                  text: t(done ? 'caseResponses.followUps.doneSaved' : 'caseResponses.saved'),
                });
                queue.reload();
              } catch (error) {
                setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
              }
            }}
          />
        ))}
      </ul>
    </Page>
  );
}

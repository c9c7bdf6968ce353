import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../../domain/auth.schemas';
import { useFormat } from '../../app/format';
import { useSession } from '../../app/session';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Loading, Page } from '../../ui/page';
import { endOwnSession, useOwnSessions } from './account.resource';

function SessionItem({ item, onEnd }: { item: SessionView; onEnd: (item: SessionView) => Promise<void> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [busy, setBusy] = useState(false);
  return (
    <li className="item">
      <div className="item__main">
        <p className="item__title">
          {item.device || t('sessions.unknownDevice')}
          {item.current ? <span className="badge badge--ok">{t('sessions.current')}</span> : null}
        </p>
        <dl className="item__meta">
          <div>
            <dt>{t('sessions.started')}</dt>
            <dd>{format.dateTime(item.createdAt)}</dd>
          </div>
          <div>
            <dt>{t('sessions.lastSeen')}</dt>
            <dd>{format.dateTime(item.lastSeenAt)}</dd>
          </div>
          <div>
            <dt>{t('sessions.expires')}</dt>
            <dd>{format.dateTime(item.expiresAt)}</dd>
          </div>
        </dl>
      </div>
      <Button
        variant="secondary"
        busy={busy}
        onClick={() => {
          setBusy(true);
          void onEnd(item).finally(() => setBusy(false));
        }}
      >
        {item.current ? t('sessions.endCurrent') : t('sessions.end')}
      </Button>
    </li>
  );
}

/** "Mis sesiones": where the account is signed in, and a way to end any of those sessions. */
export default function SessionsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const sessions = useOwnSessions();
  const [error, setError] = useState<string | null>(null);

  async function end(item: SessionView) {
    setError(null);
    try {
      if (item.current) return await session.signOut(); // ending this session is signing out
      await endOwnSession(item.id);
      sessions.setData((list) => list && { sessions: list.sessions.filter((s) => s.id !== item.id) });
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : t('common.unexpectedError'));
    }
  }

  return (
    <Page title={t('sessions.title')} lead={t('sessions.lead')}>
      {error ? <Alert kind="error">{error}</Alert> : null}
      {sessions.error ? <Alert kind="error">{sessions.error.message}</Alert> : null}
      {sessions.loading ? <Loading label={t('common.loading')} /> : null}
      {sessions.data ? (
        <ul className="items">
          {sessions.data.sessions.map((item) => (
            <SessionItem key={item.id} item={item} onEnd={end} />
          ))}
        </ul>
      ) : null}
      <Button variant="secondary" onClick={() => void session.signOut()}>
        {t('account.signOut')}
      </Button>
    </Page>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ConsultationDetail, PriorityResults } from '../../../domain/priorities.schemas';
import { ApiError } from '../../app/api-client';
import { useCan, useOrg } from '../../app/org-context';
import { useApiData } from '../../app/use-api-data';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/field';
import { Loading } from '../../ui/page';
import { ballotLink, changeVoting, openPriorityBallot, resultsUrl } from './priorities.resource';

/** A ballot for a participant's own phone: its link is shown once, here, and stored nowhere. */
function LinkBallot({ consultationId }: { consultationId: string }) {
  const { t } = useTranslation();
  const org = useOrg();
  const [link, setLink] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const open = async () => {
    setBusy(true);
    setError(null);
    try {
      setLink(ballotLink((await openPriorityBallot(org.orgId, consultationId)).token));
    } catch (reason) {
      setError(reason instanceof ApiError ? reason.message : String(reason));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="stack">
      <Button variant="secondary" onClick={() => void open()} busy={busy}>
        {link ? t('priorities.voting.anotherLink') : t('priorities.voting.link')}
      </Button>
      {link ? (
        <div>
          <p className="small muted">{t('priorities.voting.linkHint')}</p>
          <p className="priority-link" aria-label={t('priorities.voting.linkLabel')}>
            {link}
          </p>
        </div>
      ) : null}
      {error ? <Alert kind="error">{error}</Alert> : null}
    </div>
  );
}

function Results({ consultationId }: { consultationId: string }) {
  const { t } = useTranslation();
  const org = useOrg();
  const results = useApiData<PriorityResults>(resultsUrl(org.orgId, consultationId));
  if (results.error) return <Alert kind="error">{results.error.message}</Alert>;
  if (!results.data) return <Loading label={t('common.loading')} />;
  const r = results.data;
  if (r.rows.length === 0)
    return (
      <Alert kind="info">
        {t('priorities.results.tooFew', { count: r.submitted, minimum: r.minimumBallots })}
      </Alert>
    );
  return (
    <div className="stack">
      <p className="muted">{t('priorities.results.method', { count: r.submitted })}</p>
      <div className="priority-results-wrap">
        <table className="priority-results">
          <caption className="visually-hidden">{t('priorities.results.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('priorities.results.need')}</th>
              <th scope="col" className="num">
                {t('priorities.results.points')}
              </th>
              <th scope="col" className="num">
                {t('priorities.results.firsts')}
              </th>
            </tr>
          </thead>
          <tbody>
            {r.rows.map((row) => (
              <tr key={row.needId}>
                <td>
                  <span className="priority-results__rank">{row.rank}.</span> {row.text}
                </td>
                <td className="num">{row.points}</td>
                <td className="num">{row.firstChoices}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** The anonymous vote: open it (top N, how many ballots), hand out ballots, close it, see the result. */
export function VotingPanel({
  detail,
  onChanged,
}: {
  detail: ConsultationDetail;
  onChanged: (d: ConsultationDetail) => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const facilitator = can('consultation', 'facilitate');
  const [topN, setTopN] = useState('3');
  const [participants, setParticipants] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async (input: Parameters<typeof changeVoting>[2]) => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await changeVoting(org.orgId, detail.id, input));
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : new ApiError(0, 'internal', String(reason)));
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (field: string) => (error?.field === field ? error.message : undefined);
  return (
    <section className="card stack" aria-labelledby="voting-heading">
      <h2 id="voting-heading">{t('priorities.voting.title')}</h2>
      <p>
        <span className={detail.votingStatus === 'open' ? 'badge badge--warn' : 'badge'}>
          {t(`priorities.voting.status.${detail.votingStatus}`)}
        </span>
      </p>
      <p className="muted">{t('priorities.voting.anonymity')}</p>
      {detail.votingStatus === 'not_started' && facilitator ? (
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            void send({ status: 'open', topN: Number(topN), participants: Number(participants) });
          }}
        >
          <TextField
            label={t('priorities.voting.topN')}
            hint={t('priorities.voting.topNHint')}
            type="number"
            inputMode="numeric"
            min={1}
            max={10}
            value={topN}
            onValue={setTopN}
            error={fieldError('topN')}
            required
          />
          <TextField
            label={t('priorities.voting.participants')}
            hint={t('priorities.voting.participantsHint')}
            type="number"
            inputMode="numeric"
            min={1}
            max={500}
            value={participants}
            onValue={setParticipants}
            error={fieldError('participants')}
            required
          />
          <div className="actions-list">
            <Button type="submit" busy={busy} disabled={detail.needs.length < 2}>
              {t('priorities.voting.open')}
            </Button>
          </div>
          {detail.needs.length < 2 ? <p className="small muted">{t('priorities.voting.needTwo')}</p> : null}
        </form>
      ) : null}
      {detail.votingStatus !== 'not_started' ? (
        <p>
          {t('priorities.voting.counts', {
            submitted: detail.ballots.submitted,
            opened: detail.ballots.opened,
            participants: detail.participants ?? 0,
          })}
        </p>
      ) : null}
      {detail.votingStatus === 'open' && facilitator ? (
        <div className="stack">
          <div className="actions-list">
            <Link href={`/${detail.id}/dispositivo`} className="button button--primary">
              {t('priorities.voting.sharedDevice')}
            </Link>
          </div>
          <LinkBallot consultationId={detail.id} />
          <div className="actions-list">
            <Button variant="danger" busy={busy} onClick={() => void send({ status: 'closed' })}>
              {t('priorities.voting.close')}
            </Button>
          </div>
        </div>
      ) : null}
      {error && !fieldError('topN') && !fieldError('participants') ? (
        <Alert kind="error">{error.message}</Alert>
      ) : null}
      {detail.votingStatus === 'closed' ? <Results consultationId={detail.id} /> : null}
    </section>
  );
}

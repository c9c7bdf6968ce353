import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SELF_REPORT_LIMITS } from '../../../domain/self-reports';
import { ClaimInput, ClaimMessageInput, type ClaimView } from '../../../domain/self-reports.schemas';
import { validateWith } from '../../app/form-errors';
import { useFormat } from '../../app/format';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { TextAreaField, TextField } from '../../ui/field';
import { openClaim, writeToTeam } from './self-report.resource';

function Conversation({ view }: { view: ClaimView }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (view.messages.length === 0) return <p className="muted">{t('selfReport.claim.noAnswerYet')}</p>;
  return (
    <ol className="self-report__thread" aria-label={t('selfReport.claim.conversation')}>
      {view.messages.map((message, index) => (
        <li key={index} className={`self-report__message self-report__message--${message.sender}`}>
          <p className="small muted">
            {message.sender === 'staff'
              ? t('selfReport.claim.fromTeam', { organization: view.organizationName })
              : t('selfReport.claim.fromYou')}{' '}
            · {format.dateTime(message.createdAt)}
          </p>
          <p className="self-report__body">{message.body}</p>
        </li>
      ))}
    </ol>
  );
}

/** The reporter comes back with her code: the status, the answers, and a box to write back. */
export function ClaimPanel({ initialCode }: { initialCode: string }) {
  const { t } = useTranslation();
  const [code, setCode] = useState(initialCode);
  const [view, setView] = useState<ClaimView | null>(null);
  const [reply, setReply] = useState('');
  const [sent, setSent] = useState(false);
  const open = useForm(['code']);
  const write = useForm(['body']);

  const onOpen = open.handle(
    () => validateWith(ClaimInput, { code }),
    async (input) => {
      setSent(false);
      setView(await openClaim(input.code));
    },
  );
  const onWrite = write.handle(
    () => validateWith(ClaimMessageInput, { code, body: reply }),
    async (input) => {
      setView(await writeToTeam(input));
      setReply('');
      setSent(true);
    },
  );

  return (
    <div className="stack">
      <form
        ref={open.ref}
        className="form card"
        onSubmit={onOpen}
        noValidate
        aria-label={t('selfReport.claim.title')}
      >
        {open.formError ? <Alert kind="error">{open.formError}</Alert> : null}
        <TextField
          label={t('selfReport.claim.code')}
          hint={t('selfReport.claim.codeHint')}
          name="code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          value={code}
          onValue={setCode}
          error={open.fieldErrors.code}
        />
        <div className="form__actions">
          <Button type="submit" busy={open.busy}>
            {t('selfReport.claim.open')}
          </Button>
        </div>
      </form>
      {view ? (
        <section className="card" aria-labelledby="claim-status">
          <h2 id="claim-status" className="form__title">
            {t(`selfReport.status.${view.status}`)}
          </h2>
          <p className="muted">{t(`selfReport.statusHelp.${view.status}`)}</p>
          <Conversation view={view} />
          {view.status === 'closed' ? null : (
            <form
              ref={write.ref}
              className="form"
              onSubmit={onWrite}
              noValidate
              aria-label={t('selfReport.claim.write')}
            >
              {write.formError ? <Alert kind="error">{write.formError}</Alert> : null}
              {sent ? <Alert kind="success">{t('selfReport.claim.sent')}</Alert> : null}
              <TextAreaField
                label={t('selfReport.claim.write')}
                name="body"
                rows={3}
                maxLength={SELF_REPORT_LIMITS.messageMax}
                value={reply}
                onValue={setReply}
                error={write.fieldErrors.body}
              />
              <div className="form__actions">
                <Button type="submit" busy={write.busy}>
                  {t('selfReport.claim.send')}
                </Button>
              </div>
            </form>
          )}
        </section>
      ) : null}
    </div>
  );
}

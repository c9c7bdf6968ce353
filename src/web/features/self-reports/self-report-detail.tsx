import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { newId } from '../../../domain/ids';
import { SELF_REPORT_LIMITS } from '../../../domain/self-reports';
import { StaffReplyInput, type SelfReportDetail as Detail } from '../../../domain/self-reports.schemas';
import { validateWith } from '../../app/form-errors';
import { useFormat } from '../../app/format';
import { orgPath, useCan, useOrg } from '../../app/org-context';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ConfirmAction } from '../../ui/confirm-action';
import { TextAreaField } from '../../ui/field';
import { Loading, Page } from '../../ui/page';
import { ConvertPanel } from './convert-panel';
import { closeReport, fetchSelfReport, replyToReport } from './self-reports.resource';

function Thread({ report }: { report: Detail }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (report.messages.length === 0) return <p className="muted">{t('selfReport.inbox.detail.noMessages')}</p>;
  return (
    <ol className="self-report__thread" aria-label={t('selfReport.inbox.detail.conversation')}>
      {report.messages.map((message) => (
        <li key={message.id} className={`self-report__message self-report__message--${message.sender}`}>
          <p className="small muted">
            {message.sender === 'staff'
              ? (message.staffName ?? t('selfReport.inbox.detail.team'))
              : t('selfReport.inbox.detail.reporter')}{' '}
            · {format.dateTime(message.createdAt)}
          </p>
          <p className="self-report__body">{message.body}</p>
        </li>
      ))}
    </ol>
  );
}

function ReplyForm({ report, onSaved }: { report: Detail; onSaved: (next: Detail) => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const [id, setId] = useState(() => newId());
  const [body, setBody] = useState('');
  const form = useForm(['body']);
  const onSubmit = form.handle(
    () => validateWith(StaffReplyInput, { id, body }),
    async (input) => {
      onSaved(await replyToReport(org.orgId, report.id, input));
      setBody('');
      setId(newId());
    },
  );
  return (
    <form
      ref={form.ref}
      className="form"
      onSubmit={onSubmit}
      noValidate
      aria-label={t('selfReport.inbox.detail.reply')}
    >
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <TextAreaField
        label={t('selfReport.inbox.detail.reply')}
        hint={t('selfReport.inbox.detail.replyHint')}
        name="body"
        rows={3}
        maxLength={SELF_REPORT_LIMITS.messageMax}
        value={body}
        onValue={setBody}
        error={form.fieldErrors.body}
      />
      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {t('selfReport.inbox.detail.send')}
        </Button>
      </div>
    </form>
  );
}

/** One report: her words, what she ticked, the conversation, and what to do with it. */
export function SelfReportDetail({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const format = useFormat();
  const [report, setReport] = useState<Detail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [caseId, setCaseId] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    fetchSelfReport(org.orgId, reportId).then(
      (view) => live && setReport(view),
      (reason: unknown) => live && setError(reason instanceof Error ? reason.message : String(reason)),
    );
    return () => {
      live = false;
    };
  }, [org.orgId, reportId]);

  const act = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : t('common.unexpectedError'));
    }
  };

  const open = report && (report.status === 'new' || report.status === 'in_review');
  const linkedCase = caseId ?? report?.caseId ?? null;
  return (
    <Page
      title={
        report
          ? t('selfReport.inbox.detail.title', { date: format.dateTime(report.createdAt) })
          : t('selfReport.inbox.title')
      }
      lead={report ? t(`selfReport.status.${report.status}`) : undefined}
      actions={
        <Link href="/" className="button button--secondary">
          {t('selfReport.inbox.detail.back')}
        </Link>
      }
    >
      {error ? <Alert kind="error">{error}</Alert> : null}
      {!report && !error ? <Loading label={t('common.loading')} /> : null}
      {report ? (
        <div className="stack">
          <section className="card" aria-labelledby="what-happened">
            <h2 id="what-happened" className="form__title">
              {t('selfReport.inbox.detail.whatHappened')}
            </h2>
            <p className="self-report__body">{report.whatHappened}</p>
            <dl className="item__meta">
              <div>
                <dt>{t('selfReport.inbox.detail.when')}</dt>
                <dd>
                  {report.occurredOn
                    ? `${report.occurredOn} (${t(`selfReport.precision.${report.occurredPrecision}`)})`
                    : t('selfReport.inbox.detail.unknown')}
                </dd>
              </div>
              <div>
                <dt>{t('selfReport.inbox.detail.where')}</dt>
                <dd>{report.areaText ?? t('selfReport.inbox.detail.unknown')}</dd>
              </div>
              <div>
                <dt>{t('selfReport.inbox.list.wantsContact')}</dt>
                <dd>{report.wantsContact ? t('selfReport.inbox.yes') : t('selfReport.inbox.no')}</dd>
              </div>
            </dl>
            {report.actTypes.length ? (
              <ul className="self-reports__acts">
                {report.actTypes.map((key) => (
                  <li key={key} className="badge">
                    {t(`selfReport.acts.${key}`)}
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
          <section className="card" aria-labelledby="conversation">
            <h2 id="conversation" className="form__title">
              {t('selfReport.inbox.detail.conversation')}
            </h2>
            <p className="small muted">{t('selfReport.inbox.detail.conversationHelp')}</p>
            <Thread report={report} />
            {report.status !== 'closed' && can('hr_self_report', 'update') ? (
              <ReplyForm report={report} onSaved={setReport} />
            ) : null}
          </section>
          {linkedCase ? (
            <Alert kind="success">
              {t('selfReport.inbox.detail.converted')}{' '}
              <Link href={`~${orgPath(org.orgId, `/cases/${linkedCase}`)}`}>
                {t('selfReport.inbox.detail.openCase')}
              </Link>
            </Alert>
          ) : null}
          {open && can('hr_self_report', 'update') ? (
            <div className="form__actions">
              {can('hr_case', 'create') ? (
                <ConvertPanel
                  orgId={org.orgId}
                  reportId={report.id}
                  onConverted={async (result) => {
                    setCaseId(result.caseId);
                    setReport(await fetchSelfReport(org.orgId, report.id));
                  }}
                />
              ) : null}
              <ConfirmAction
                label={t('selfReport.inbox.detail.close')}
                question={t('selfReport.inbox.detail.closeQuestion')}
                confirmLabel={t('selfReport.inbox.detail.closeYes')}
                cancelLabel={t('common.cancel')}
                onConfirm={() => act(async () => setReport(await closeReport(org.orgId, report.id)))}
              />
            </div>
          ) : null}
        </div>
      ) : null}
    </Page>
  );
}

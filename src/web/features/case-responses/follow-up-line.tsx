import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpView } from '../../../domain/case-responses.schemas';
import { Button } from '../../ui/button';
import { useResponseFormat } from './response-format';

/** One follow-up task: what, when (overdue marked), who, and the "done" button. */
export function FollowUpLine({
  followUp,
  canUpdate,
  onDone,
  caseLink,
}: {
  followUp: FollowUpView;
  canUpdate: boolean;
  onDone: (done: boolean) => Promise<void>;
  caseLink?: ReactNode;
}) {
  const { t } = useTranslation();
  const format = useResponseFormat();
  const [busy, setBusy] = useState(false);
  const done = followUp.doneAt !== null;
  return (
    <li className="item item--wrap case-responses__item">
      <div className="item__main">
        <p className="item__title case-responses__notes">
          {followUp.task}
          {followUp.overdue ? (
            <span className="badge case-responses__overdue">{t('caseResponses.followUps.overdue')}</span>
          ) : null}
          {done ? <span className="badge badge--ok">{t('caseResponses.followUps.done')}</span> : null}
        </p>
        <dl className="item__meta">
          <div>
            <dt>{t('caseResponses.followUps.dueOn')}</dt>
            <dd>{format.day(followUp.dueOn)}</dd>
          </div>
          {followUp.assignedName ? (
            <div>
              <dt>{t('caseResponses.followUps.assigned')}</dt>
              <dd>{followUp.assignedName}</dd>
            </div>
          ) : null}
          {caseLink ? (
            <div>
              <dt>{t('caseResponses.followUps.case')}</dt>
              <dd>{caseLink}</dd>
            </div>
          ) : null}
        </dl>
      </div>
      {canUpdate ? (
        <Button
          variant={done ? 'secondary' : 'primary'}
          busy={busy}
          aria-label={t(done ? 'caseResponses.followUps.reopenFor' : 'caseResponses.followUps.markDoneFor', {
            task: followUp.task,
          })}
          onClick={() => {
            setBusy(true);
            void onDone(!done).finally(() => setBusy(false));
          }}
        >
          {t(done ? 'caseResponses.followUps.reopen' : 'caseResponses.followUps.markDone')}
        </Button>
      ) : null}
    </li>
  );
}

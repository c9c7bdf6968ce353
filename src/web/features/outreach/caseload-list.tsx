import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDisplayCode } from '../../../domain/members';
import type { CaseloadMember, CaseloadView } from '../../../domain/outreach.schemas';
import { Button } from '../../ui/button';
import { CondomMeter } from './condom-meter';
import { useDayFormat } from './outreach-format';

interface CaseloadListProps {
  caseload: CaseloadView;
  /** "Add to my week", for her own caseload; absent when a supervisor looks. */
  onPlan?: (member: CaseloadMember) => void;
  plannedIds?: ReadonlySet<string>;
  /** The member's page, when the caller may open it. */
  hrefFor?: (member: CaseloadMember) => string;
}

/** "Último contacto: 3 mar 2026 (hace 40 días)", or that she was never contacted. */
function LastContact({ member }: { member: CaseloadMember }) {
  const { t } = useTranslation();
  const format = useDayFormat();
  if (member.lastContactOn === null) return <>{t('outreach.neverContacted')}</>;
  const date = format.day(member.lastContactOn);
  const days = member.daysSinceContact ?? 0;
  if (days <= 0) return <>{t('outreach.lastContactToday', { date })}</>;
  if (days === 1) return <>{t('outreach.lastContactYesterday', { date })}</>;
  return <>{t('outreach.lastContact', { date, days: format.number(days) })}</>;
}

function MemberLine({
  member,
  onPlan,
  planned,
  href,
}: {
  member: CaseloadMember;
  onPlan?: () => void;
  planned: boolean;
  href?: string;
}) {
  const { t } = useTranslation();
  const code = formatDisplayCode(member.displayCode);
  return (
    <li className={member.due ? 'item outreach-person outreach-person--due' : 'item outreach-person'}>
      <div className="item__main">
        <p className="item__title">
          {href ? (
            <Link href={href} className="outreach-code" aria-label={t('outreach.openMember', { code })}>
              {code}
            </Link>
          ) : (
            <span className="outreach-code">{code}</span>
          )}
          {member.priority ? <span className="badge badge--warn">{t('outreach.priority')}</span> : null}
        </p>
        <p className="item__text">
          <LastContact member={member} />
        </p>
        <p className="item__text">
          <CondomMeter given={member.condomsGiven} needed={member.condomsNeeded} />
        </p>
      </div>
      {onPlan ? (
        planned ? (
          <span className="badge badge--ok">{t('outreach.inThisWeek')}</span>
        ) : (
          <Button variant="secondary" aria-label={t('outreach.planMemberTitle', { code })} onClick={onPlan}>
            {t('outreach.planMember')}
          </Button>
        )
      ) : null}
    </li>
  );
}

/** "Mis personas": a summary, then who is due for contact (priority first), then who is up to date. */
export function CaseloadList({ caseload, onPlan, plannedIds, hrefFor }: CaseloadListProps) {
  const { t } = useTranslation();
  const format = useDayFormat();
  const due = caseload.members.filter((member) => member.due);
  const upToDate = caseload.members.filter((member) => !member.due);
  const { totals } = caseload;
  const section = (id: string, title: string, list: CaseloadMember[], empty: string) => (
    <section className="outreach-section" aria-labelledby={id}>
      <h2 id={id} className="outreach-section__title">
        {title} <span className="outreach-count">{format.number(list.length)}</span>
      </h2>
      {list.length === 0 ? <p className="empty">{empty}</p> : null}
      <ul className="items">
        {list.map((member) => (
          <MemberLine
            key={member.id}
            member={member}
            planned={plannedIds?.has(member.id) ?? false}
            {...(hrefFor ? { href: hrefFor(member) } : {})}
            {...(onPlan ? { onPlan: () => onPlan(member) } : {})}
          />
        ))}
      </ul>
    </section>
  );
  return (
    <>
      <dl className="facts outreach-facts">
        <div>
          <dt>{t('outreach.totals.members')}</dt>
          <dd>{format.number(totals.members)}</dd>
        </div>
        <div>
          <dt>{t('outreach.totals.due')}</dt>
          <dd>{format.number(totals.due)}</dd>
        </div>
        <div>
          <dt>{t('outreach.totals.priority')}</dt>
          <dd>{format.number(totals.priority)}</dd>
        </div>
        <div className="outreach-facts__wide">
          <dt>{t('outreach.totals.condoms')}</dt>
          <dd>
            <CondomMeter given={totals.condomsGiven} needed={totals.condomsNeeded} />
          </dd>
        </div>
      </dl>
      {totals.withoutNeed > 0 ? (
        <p className="muted small">{t('outreach.withoutNeed', { count: totals.withoutNeed })}</p>
      ) : null}
      {caseload.members.length === 0 ? (
        <p className="empty">{t('outreach.emptyCaseload')}</p>
      ) : (
        <>
          {section(
            'outreach-due',
            t('outreach.dueTitle'),
            due,
            t('outreach.noneDue', { days: caseload.dueAfterDays }),
          )}
          <p className="muted small">{t('outreach.dueRule', { count: caseload.dueAfterDays })}</p>
          {section('outreach-up-to-date', t('outreach.upToDateTitle'), upToDate, t('outreach.noneUpToDate'))}
        </>
      )}
    </>
  );
}

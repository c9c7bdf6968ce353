import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDisplayCode } from '../../../domain/members';
import { addDays } from '../../../domain/outreach';
import type { CaseloadMember } from '../../../domain/outreach.schemas';
import { ApiError } from '../../app/api-client';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Loading } from '../../ui/page';
import { useDayFormat } from './outreach-format';
import { savePlan, usePlan } from './outreach.resource';
import { PlanAddForm } from './plan-add-form';
import { groupByDay, toPlanInput, type PlanLine } from './plan-items';

interface PlanPanelProps {
  orgId: string;
  /** Her caseload, to pick members from (absent when a supervisor reads someone's plan). */
  members?: readonly CaseloadMember[];
  sites?: readonly { id: string; name: string }[];
  /** Set when a supervisor reads this promotora's plan: read-only. */
  userId?: string;
}

/** A line as text (for button labels): code, site, note. */
function lineTitle(line: PlanLine, t: (key: string) => string): string {
  const parts = [
    line.memberDisplayCode ? formatDisplayCode(line.memberDisplayCode) : null,
    line.siteName,
    line.note,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : t('outreach.plan.emptyLine');
}

/** A line as shown: the member's code in the code face, then site and note. */
function LineText({ line }: { line: PlanLine }) {
  const { t } = useTranslation();
  const rest = [line.siteName, line.note].filter(Boolean).join(' · ');
  return (
    <>
      {line.memberDisplayCode ? (
        <span className="outreach-code">{formatDisplayCode(line.memberDisplayCode)}</span>
      ) : null}
      {line.memberDisplayCode && rest ? ' · ' : null}
      {rest}
      {line.memberPriority ? <span className="badge badge--warn">{t('outreach.priority')}</span> : null}
    </>
  );
}

/** The weekly plan: week by week, lines by day; she ticks what is done; every change is saved at once. */
export function PlanPanel({ orgId, members = [], sites = [], userId }: PlanPanelProps) {
  const { t } = useTranslation();
  const format = useDayFormat();
  const readOnly = userId !== undefined;
  const [weekStart, setWeekStart] = useState<string | null>(null);
  const [thisWeek, setThisWeek] = useState<string | null>(null);
  const plan = usePlan(orgId, weekStart, userId);
  const [lines, setLines] = useState<PlanLine[]>([]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (!plan.data) return;
    setLines(plan.data.items);
    if (weekStart === null) setThisWeek(plan.data.weekStart);
  }, [plan.data, weekStart]);

  const shown = plan.data?.weekStart ?? weekStart;

  /** Shows the change at once (a ticked box stays ticked), saves it, and puts it back if saving fails. */
  async function save(next: PlanLine[]) {
    if (!shown) return;
    const previous = lines;
    setLines(next);
    setSaving(true);
    setError(null);
    setSaved(false);
    try {
      const stored = await savePlan(orgId, shown, toPlanInput(next));
      setLines(stored.items);
      setSaved(true);
    } catch (reason) {
      setLines(previous);
      setError(reason instanceof ApiError ? reason.message : t('outreach.plan.saveFailed'));
    } finally {
      setSaving(false);
    }
  }

  const move = (days: number) => {
    if (!shown) return;
    setSaved(false);
    setError(null);
    setWeekStart(addDays(shown, days));
  };

  return (
    <div className="stack">
      <div className="outreach-week" role="group" aria-label={t('outreach.plan.weekNav')}>
        <Button variant="secondary" onClick={() => move(-7)} aria-label={t('outreach.plan.previous')}>
          ‹
        </Button>
        <p className="outreach-week__label" aria-live="polite">
          {shown ? t('outreach.plan.weekOf', { range: format.range(shown, addDays(shown, 6)) }) : ''}
        </p>
        <Button variant="secondary" onClick={() => move(7)} aria-label={t('outreach.plan.next')}>
          ›
        </Button>
      </div>
      {thisWeek && shown !== thisWeek ? (
        <Button variant="link" onClick={() => setWeekStart(thisWeek)}>
          {t('outreach.plan.backToThisWeek')}
        </Button>
      ) : null}
      {plan.error ? <Alert kind="error">{plan.error.message}</Alert> : null}
      {error ? <Alert kind="error">{error}</Alert> : null}
      {plan.loading ? <Loading label={t('common.loading')} /> : null}
      {saving ? <Loading label={t('outreach.plan.saving')} /> : null}
      {saved && !saving ? (
        <p className="muted small" role="status">
          {t('outreach.plan.saved')}
        </p>
      ) : null}
      {plan.data && lines.length === 0 ? (
        <p className="empty">{readOnly ? t('outreach.plan.emptyOther') : t('outreach.plan.empty')}</p>
      ) : null}
      {shown
        ? groupByDay(lines, shown)
            .filter((group) => group.lines.length > 0)
            .map((group) => (
              <section key={group.day ?? 'undated'} className="outreach-day">
                <h3 className="outreach-day__title">
                  {group.day ? format.weekday(group.day) : t('outreach.plan.undated')}
                </h3>
                <ul className="items">
                  {group.lines.map(({ line, index }) => (
                    <li key={line.id ?? `new-${index}`} className="item outreach-line">
                      {readOnly ? (
                        <span className="outreach-line__text">
                          <LineText line={line} />
                          {line.done ? (
                            <span className="badge badge--ok">{t('outreach.plan.done')}</span>
                          ) : null}
                        </span>
                      ) : (
                        <label className="choice outreach-line__check">
                          <input
                            type="checkbox"
                            checked={line.done}
                            disabled={saving}
                            onChange={(event) =>
                              void save(
                                lines.map((l, i) => (i === index ? { ...l, done: event.target.checked } : l)),
                              )
                            }
                          />
                          <span
                            className={
                              line.done
                                ? 'outreach-line__text outreach-line__text--done'
                                : 'outreach-line__text'
                            }
                          >
                            <LineText line={line} />
                          </span>
                        </label>
                      )}
                      {readOnly ? null : (
                        <Button
                          variant="secondary"
                          disabled={saving}
                          aria-label={t('outreach.plan.removeTitle', { line: lineTitle(line, t) })}
                          onClick={() => void save(lines.filter((_, i) => i !== index))}
                        >
                          {t('outreach.plan.remove')}
                        </Button>
                      )}
                    </li>
                  ))}
                </ul>
              </section>
            ))
        : null}
      {!readOnly && shown ? (
        <PlanAddForm
          weekStart={shown}
          members={members}
          sites={sites}
          busy={saving}
          onAdd={(line) => void save([...lines, line])}
        />
      ) : null}
    </div>
  );
}

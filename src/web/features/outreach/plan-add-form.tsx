import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDisplayCode } from '../../../domain/members';
import { addDays } from '../../../domain/outreach';
import type { CaseloadMember } from '../../../domain/outreach.schemas';
import { OUTREACH_LIMITS } from '../../../domain/outreach.schemas';
import { Button } from '../../ui/button';
import { SelectField, TextField } from '../../ui/field';
import { useDayFormat } from './outreach-format';
import type { PlanLine } from './plan-items';

interface PlanAddFormProps {
  weekStart: string;
  members: readonly CaseloadMember[];
  sites: readonly { id: string; name: string }[];
  busy: boolean;
  onAdd: (line: PlanLine) => void;
}

/** Adds a line to the week: a member of her caseload, a site, or a short note, on a day or not. */
export function PlanAddForm({ weekStart, members, sites, busy, onAdd }: PlanAddFormProps) {
  const { t } = useTranslation();
  const format = useDayFormat();
  const [memberId, setMemberId] = useState('');
  const [siteId, setSiteId] = useState('');
  const [day, setDay] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const days = Array.from({ length: 7 }, (_, offset) => addDays(weekStart, offset));
  /** A change of any field clears the "choose something" error. */
  const edit = (set: (value: string) => void) => (value: string) => {
    set(value);
    setError(undefined);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const member = members.find((m) => m.id === memberId);
    const site = sites.find((s) => s.id === siteId);
    if (!member && !site && !note.trim()) {
      setError(t('outreach.plan.addEmpty'));
      return;
    }
    setError(undefined);
    onAdd({
      memberId: member?.id ?? null,
      memberDisplayCode: member?.displayCode ?? null,
      memberPriority: member?.priority ?? null,
      siteId: site?.id ?? null,
      siteName: site?.name ?? null,
      plannedDay: day || null,
      note: note.trim() || null,
      done: false,
    });
    setMemberId('');
    setSiteId('');
    setNote('');
  }

  const memberLabel = (member: CaseloadMember) =>
    [
      formatDisplayCode(member.displayCode),
      member.priority ? t('outreach.priority') : null,
      member.due ? t('outreach.dueShort') : null,
    ]
      .filter(Boolean)
      .join(' · ');

  return (
    <form className="card form outreach-add" onSubmit={submit} noValidate>
      <h2 className="form__title">{t('outreach.plan.addTitle')}</h2>
      <SelectField
        label={t('outreach.plan.member')}
        value={memberId}
        onValue={edit(setMemberId)}
        options={[
          { value: '', label: t('outreach.plan.noMember') },
          ...members.map((member) => ({ value: member.id, label: memberLabel(member) })),
        ]}
        error={error}
      />
      <SelectField
        label={t('outreach.plan.site')}
        value={siteId}
        onValue={edit(setSiteId)}
        options={[
          { value: '', label: t('outreach.plan.noSite') },
          ...sites.map((site) => ({ value: site.id, label: site.name })),
        ]}
      />
      <SelectField
        label={t('outreach.plan.day')}
        value={day}
        onValue={setDay}
        options={[
          { value: '', label: t('outreach.plan.noDay') },
          ...days.map((value) => ({ value, label: format.weekday(value) })),
        ]}
      />
      <TextField
        label={t('outreach.plan.note')}
        hint={t('outreach.plan.noteHint', { max: OUTREACH_LIMITS.planNoteMax })}
        value={note}
        onValue={edit(setNote)}
        maxLength={OUTREACH_LIMITS.planNoteMax}
        autoComplete="off"
      />
      <div className="form__actions">
        <Button type="submit" disabled={busy}>
          {t('outreach.plan.add')}
        </Button>
      </div>
    </form>
  );
}

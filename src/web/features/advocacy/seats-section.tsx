import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { POLICY_SPACE_KINDS, SeatCreateInput } from '../../../domain/advocacy.schemas';
import type { OrgUserView } from '../../../domain/users.schemas';
import { formatDisplayCode } from '../../../domain/members';
import { newId } from '../../../domain/ids';
import { validateWith } from '../../app/form-errors';
import { useCan, useOrg } from '../../app/org-context';
import { useApiData } from '../../app/use-api-data';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { RadioGroup, SelectField, TextAreaField, TextField } from '../../ui/field';
import { Loading } from '../../ui/page';
import { addSeatMeeting, createSeat, useMembersByCode, useSeats } from './advocacy.resource';

function SeatForm({
  orgId,
  onSaved,
  onCancel,
}: {
  orgId: string;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const staff = useApiData<{ users: OrgUserView[] }>(`/api/orgs/${orgId}/users`);
  const [id] = useState(() => newId());
  const [spaceKind, setSpaceKind] = useState<string>('ccm');
  const [spaceName, setSpaceName] = useState('');
  const [holderKind, setHolderKind] = useState('user');
  const [userId, setUserId] = useState('');
  const [code, setCode] = useState('');
  const members = useMembersByCode(orgId, holderKind === 'member' ? code.trim() : '');
  const [heldSince, setHeldSince] = useState('');
  const form = useForm(['spaceKind', 'spaceName', 'holder', 'heldSince']);
  const memberId = members.data?.members[0]?.id ?? '';
  const onSubmit = form.handle(
    () =>
      validateWith(SeatCreateInput, {
        id,
        spaceKind,
        spaceName,
        holder: holderKind === 'user' ? { userId } : { memberId },
        heldSince,
      }),
    async (input) => {
      await createSeat(orgId, input);
      onSaved();
    },
  );
  return (
    <form ref={form.ref} className="form card" onSubmit={onSubmit} noValidate>
      <h3 className="form__title">{t('advocacy.newSeat')}</h3>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <SelectField
        label={t('advocacy.spaceKind')}
        name="spaceKind"
        value={spaceKind}
        onValue={setSpaceKind}
        options={POLICY_SPACE_KINDS.map((k) => ({ value: k, label: t(`advocacy.spaces.${k}`) }))}
      />
      <TextField
        label={t('advocacy.spaceName')}
        name="spaceName"
        value={spaceName}
        onValue={setSpaceName}
        error={form.fieldErrors.spaceName}
      />
      <RadioGroup
        legend={t('advocacy.holder')}
        name="holderKind"
        value={holderKind}
        onValue={setHolderKind}
        options={[
          { value: 'user', label: t('advocacy.holderStaff') },
          { value: 'member', label: t('advocacy.holderMember') },
        ]}
      />
      {holderKind === 'user' ? (
        <SelectField
          label={t('advocacy.staffPick')}
          name="userId"
          value={userId}
          onValue={setUserId}
          options={[
            { value: '', label: t('advocacy.choose') },
            ...(staff.data?.users ?? [])
              .filter((u) => !u.disabled)
              .map((u) => ({ value: u.userId, label: u.displayName })),
          ]}
          error={form.fieldErrors.holder}
        />
      ) : (
        <TextField
          label={t('advocacy.memberCode')}
          hint={
            memberId ? formatDisplayCode(members.data!.members[0]!.displayCode) : t('advocacy.memberCodeHint')
          }
          name="memberCode"
          value={code}
          onValue={setCode}
          error={form.fieldErrors.holder}
        />
      )}
      <TextField
        label={t('advocacy.heldSince')}
        name="heldSince"
        type="date"
        value={heldSince}
        onValue={setHeldSince}
        error={form.fieldErrors.heldSince}
      />
      <div className="form__actions">
        <Button type="submit" disabled={form.busy}>
          {t('advocacy.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('advocacy.cancel')}
        </Button>
      </div>
    </form>
  );
}

function MeetingForm({ orgId, seatId, onSaved }: { orgId: string; seatId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const [metOn, setMetOn] = useState('');
  const [positions, setPositions] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="stack">
      {error ? <Alert kind="error">{error}</Alert> : null}
      <TextField
        label={t('advocacy.metOn')}
        name={`metOn-${seatId}`}
        type="date"
        value={metOn}
        onValue={setMetOn}
      />
      <TextAreaField
        label={t('advocacy.positions')}
        name={`positions-${seatId}`}
        value={positions}
        onValue={setPositions}
      />
      <Button
        variant="secondary"
        disabled={!metOn}
        onClick={() =>
          void addSeatMeeting(orgId, seatId, { metOn, positions })
            .then(() => {
              setMetOn('');
              setPositions('');
              onSaved();
            })
            .catch((e: Error) => setError(e.message))
        }
      >
        {t('advocacy.addMeeting')}
      </Button>
    </div>
  );
}

/** Seats the organization holds in policy spaces, with the meetings attended. */
export function SeatsSection() {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const seats = useSeats(org.orgId);
  const [creating, setCreating] = useState(false);
  const canWrite = can('policy_seat', 'update');
  return (
    <section className="stack" aria-labelledby="seats-title">
      <h2 id="seats-title">{t('advocacy.seats')}</h2>
      <p className="muted">{t('advocacy.seatsIntro')}</p>
      {can('policy_seat', 'create') && !creating ? (
        <Button onClick={() => setCreating(true)}>{t('advocacy.newSeat')}</Button>
      ) : null}
      {creating ? (
        <SeatForm
          orgId={org.orgId}
          onSaved={() => {
            setCreating(false);
            seats.reload();
          }}
          onCancel={() => setCreating(false)}
        />
      ) : null}
      {seats.loading && !seats.data ? <Loading label={t('common.loading')} /> : null}
      {seats.data?.seats.length === 0 ? <p className="empty">{t('advocacy.noSeats')}</p> : null}
      <ul className="items">
        {seats.data?.seats.map((s) => (
          <li key={s.id} className="item item--wrap">
            <div className="item__main">
              <p className="item__title">
                {s.spaceName} <span className="badge">{t(`advocacy.spaces.${s.spaceKind}`)}</span>{' '}
                {s.active ? <span className="badge badge--ok">{t('advocacy.seatActive')}</span> : null}
              </p>
              <p className="small muted flush">
                {s.holder.label} · {t('advocacy.since', { date: s.heldSince })}
                {s.heldUntil ? ` · ${t('advocacy.until', { date: s.heldUntil })}` : ''}
              </p>
              {s.meetings.length ? (
                <ul className="small">
                  {s.meetings.map((m) => (
                    <li key={m.id}>
                      {m.metOn}
                      {m.positions ? `: ${m.positions}` : ''}
                    </li>
                  ))}
                </ul>
              ) : null}
              {canWrite ? <MeetingForm orgId={org.orgId} seatId={s.id} onSaved={seats.reload} /> : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUTHORITY_TYPES, EngagementCreateInput } from '../../../domain/advocacy.schemas';
import { newId } from '../../../domain/ids';
import { useCountryOptions } from '../../app/countries';
import { validateWith } from '../../app/form-errors';
import { useCan } from '../../app/org-context';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Checkbox, SelectField, TextAreaField, TextField } from '../../ui/field';
import { useBarriers } from '../barriers/barriers.resource';
import { createEngagement, useLinkableCases } from './advocacy.resource';

const toggle = (ids: string[], id: string, on: boolean) => (on ? [...ids, id] : ids.filter((x) => x !== id));

/** A new engagement with an authority: office, asks, a first commitment and the cases and barriers behind it. */
export function EngagementForm({
  orgId,
  onSaved,
  onCancel,
}: {
  orgId: string;
  onSaved: (id: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const can = useCan();
  const countries = useCountryOptions();
  const barriers = useBarriers(orgId);
  const cases = useLinkableCases(orgId, can('hr_case', 'list'));
  const [id] = useState(() => newId());
  const [authorityType, setAuthorityType] = useState<string>('mayor');
  const [officeTitle, setOfficeTitle] = useState('');
  const [countryCode, setCountryCode] = useState(countries[0]?.value ?? '');
  const [engagedOn, setEngagedOn] = useState('');
  const [asks, setAsks] = useState('');
  const [commitment, setCommitment] = useState('');
  const [followUpOn, setFollowUpOn] = useState('');
  const [barrierIds, setBarrierIds] = useState<string[]>([]);
  const [caseIds, setCaseIds] = useState<string[]>([]);
  const form = useForm(['authorityType', 'officeTitle', 'countryCode', 'engagedOn', 'asks', 'commitments']);
  const onSubmit = form.handle(
    () =>
      validateWith(EngagementCreateInput, {
        id,
        authorityType,
        officeTitle,
        countryCode,
        engagedOn,
        asks,
        commitments: commitment.trim() ? [{ description: commitment, followUpOn }] : [],
        caseIds,
        barrierIds,
      }),
    async (input) => {
      await createEngagement(orgId, input);
      onSaved(id);
    },
  );
  return (
    <form ref={form.ref} className="form card" onSubmit={onSubmit} noValidate>
      <h2 className="form__title">{t('advocacy.newEngagement')}</h2>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <SelectField
        label={t('advocacy.authorityType')}
        name="authorityType"
        value={authorityType}
        onValue={setAuthorityType}
        options={AUTHORITY_TYPES.map((a) => ({ value: a, label: t(`advocacy.authorities.${a}`) }))}
        error={form.fieldErrors.authorityType}
      />
      <TextField
        label={t('advocacy.officeTitle')}
        hint={t('advocacy.officeHint')}
        name="officeTitle"
        value={officeTitle}
        onValue={setOfficeTitle}
        error={form.fieldErrors.officeTitle}
      />
      <SelectField
        label={t('advocacy.country')}
        name="countryCode"
        value={countryCode}
        onValue={setCountryCode}
        options={countries}
        error={form.fieldErrors.countryCode}
      />
      <TextField
        label={t('advocacy.engagedOn')}
        name="engagedOn"
        type="date"
        value={engagedOn}
        onValue={setEngagedOn}
        error={form.fieldErrors.engagedOn}
      />
      <TextAreaField
        label={t('advocacy.asks')}
        name="asks"
        value={asks}
        onValue={setAsks}
        error={form.fieldErrors.asks}
      />
      <fieldset className="stack">
        <legend>{t('advocacy.firstCommitment')}</legend>
        <TextField
          label={t('advocacy.commitment')}
          name="commitment"
          value={commitment}
          onValue={setCommitment}
          error={form.fieldErrors['commitments.0.description']}
        />
        <TextField
          label={t('advocacy.followUpOn')}
          name="followUpOn"
          type="date"
          value={followUpOn}
          onValue={setFollowUpOn}
          error={form.fieldErrors['commitments.0.followUpOn']}
        />
      </fieldset>
      <fieldset className="stack">
        <legend>{t('advocacy.linkedBarriers')}</legend>
        {barriers.data?.barriers.length === 0 ? (
          <p className="small muted">{t('advocacy.noBarriers')}</p>
        ) : null}
        {barriers.data?.barriers.map((b) => (
          <Checkbox
            key={b.id}
            label={b.title}
            checked={barrierIds.includes(b.id)}
            onChecked={(on) => setBarrierIds(toggle(barrierIds, b.id, on))}
          />
        ))}
      </fieldset>
      {cases.data ? (
        <fieldset className="stack">
          <legend>{t('advocacy.linkedCases')}</legend>
          <p className="small muted">{t('advocacy.casesHint')}</p>
          {cases.data.cases.map((c) => (
            <Checkbox
              key={c.id}
              label={c.reference}
              checked={caseIds.includes(c.id)}
              onChecked={(on) => setCaseIds(toggle(caseIds, c.id, on))}
            />
          ))}
        </fieldset>
      ) : null}
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

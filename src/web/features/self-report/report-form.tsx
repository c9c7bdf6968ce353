import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SELF_REPORT_ACT_TYPES, SELF_REPORT_LIMITS } from '../../../domain/self-reports';
import {
  OCCURRED_PRECISIONS,
  SelfReportInput,
  type OccurredPrecision,
  type SelfReportActType,
} from '../../../domain/self-reports.schemas';
import { validateWith } from '../../app/form-errors';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Checkbox, RadioGroup, TextAreaField, TextField } from '../../ui/field';
import { sendReport } from './self-report.resource';

/** What happened, in her words; everything else is optional. No name, no phone, no address. */
export function ReportForm({ token, onSent }: { token: string; onSent: (claimCode: string) => void }) {
  const { t } = useTranslation();
  const [whatHappened, setWhatHappened] = useState('');
  const [actTypes, setActTypes] = useState<SelfReportActType[]>([]);
  const [occurredOn, setOccurredOn] = useState('');
  const [precision, setPrecision] = useState<OccurredPrecision>('approximate');
  const [areaText, setAreaText] = useState('');
  const [wantsContact, setWantsContact] = useState(true);
  const form = useForm(['whatHappened', 'actTypes', 'occurredOn', 'occurredPrecision', 'areaText']);

  const toggle = (key: SelfReportActType, on: boolean) =>
    setActTypes((current) => (on ? [...current, key] : current.filter((k) => k !== key)));

  const onSubmit = form.handle(
    () =>
      validateWith(SelfReportInput, {
        whatHappened,
        actTypes,
        occurredOn: occurredOn || null,
        occurredPrecision: precision,
        ...(areaText.trim() ? { areaText } : {}),
        wantsContact,
      }),
    async (input) => {
      const receipt = await sendReport(token, input);
      onSent(receipt.claimCode);
    },
  );

  return (
    <form
      ref={form.ref}
      className="form card"
      onSubmit={onSubmit}
      noValidate
      aria-label={t('selfReport.form.title')}
    >
      <p className="muted">{t('selfReport.form.privacy')}</p>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <TextAreaField
        label={t('selfReport.form.whatHappened')}
        hint={t('selfReport.form.whatHappenedHint')}
        name="whatHappened"
        rows={6}
        maxLength={SELF_REPORT_LIMITS.textMax}
        value={whatHappened}
        onValue={setWhatHappened}
        error={form.fieldErrors.whatHappened}
      />
      <fieldset className="field self-report__acts">
        <legend className="field__label">{t('selfReport.form.actTypes')}</legend>
        {SELF_REPORT_ACT_TYPES.map((key) => (
          <Checkbox
            key={key}
            label={t(`selfReport.acts.${key}`)}
            checked={actTypes.includes(key)}
            onChecked={(on) => toggle(key, on)}
          />
        ))}
      </fieldset>
      <TextField
        label={t('selfReport.form.occurredOn')}
        hint={t('selfReport.form.optional')}
        name="occurredOn"
        type="date"
        value={occurredOn}
        onValue={setOccurredOn}
        error={form.fieldErrors.occurredOn}
      />
      {occurredOn ? (
        <RadioGroup
          legend={t('selfReport.form.precision')}
          name="occurredPrecision"
          value={precision}
          onValue={(value) => setPrecision(value as OccurredPrecision)}
          options={OCCURRED_PRECISIONS.map((value) => ({
            value,
            label: t(`selfReport.precision.${value}`),
          }))}
        />
      ) : null}
      <TextField
        label={t('selfReport.form.areaText')}
        hint={t('selfReport.form.areaTextHint')}
        name="areaText"
        maxLength={SELF_REPORT_LIMITS.areaTextMax}
        value={areaText}
        onValue={setAreaText}
        error={form.fieldErrors.areaText}
      />
      <Checkbox
        label={t('selfReport.form.wantsContact')}
        checked={wantsContact}
        onChecked={setWantsContact}
      />
      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {t('selfReport.form.send')}
        </Button>
      </div>
    </form>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../domain/ids';
import {
  SAFETY_ALERT_KINDS,
  SAFETY_ALERT_LIMITS,
  SafetyAlertCreateInput,
  type SafetyAlertKind,
  type SafetyAlertView,
} from '../../../domain/safety-alerts.schemas';
import { validateWith } from '../../app/form-errors';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { RadioGroup, SelectField, TextAreaField, TextField } from '../../ui/field';
import { publishAlert, useAlertAreas } from './safety-alerts.resource';

/** How long an alert stays on the board, in hours. */
const DURATIONS = [24, 72, 168, 720] as const;

/** A warning with no victim data: the form says so, and has no field for a person or a case. */
export function AlertForm({
  orgId,
  onPublished,
  onCancel,
}: {
  orgId: string;
  onPublished: (alert: SafetyAlertView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [id] = useState(() => newId());
  const [kind, setKind] = useState<SafetyAlertKind>('violent_client');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [areaId, setAreaId] = useState('');
  const [hours, setHours] = useState<string>('72');
  const areas = useAlertAreas(orgId, true);
  const form = useForm(['kind', 'title', 'description', 'areaId', 'expiresAt']);

  const onSubmit = form.handle(
    () =>
      validateWith(SafetyAlertCreateInput, {
        id,
        kind,
        title,
        description,
        areaId: areaId || null,
        expiresAt: new Date(Date.now() + Number(hours) * 3_600_000).toISOString(),
      }),
    async (input) => onPublished(await publishAlert(orgId, input)),
  );

  return (
    <form
      ref={form.ref}
      className="form card"
      onSubmit={onSubmit}
      noValidate
      aria-label={t('safetyAlerts.form.title')}
    >
      <h2 className="form__title">{t('safetyAlerts.form.title')}</h2>
      <Alert kind="info">{t('safetyAlerts.form.noVictimData')}</Alert>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <RadioGroup
        legend={t('safetyAlerts.form.kind')}
        name="kind"
        value={kind}
        onValue={(value) => setKind(value as SafetyAlertKind)}
        options={SAFETY_ALERT_KINDS.map((value) => ({
          value,
          label: t(`safetyAlerts.kinds.${value}`),
          hint: t(`safetyAlerts.kindHints.${value}`),
        }))}
        error={form.fieldErrors.kind}
      />
      <TextField
        label={t('safetyAlerts.form.alertTitle')}
        hint={t('safetyAlerts.form.alertTitleHint')}
        name="title"
        maxLength={SAFETY_ALERT_LIMITS.titleMax}
        value={title}
        onValue={setTitle}
        error={form.fieldErrors.title}
      />
      <TextAreaField
        label={t('safetyAlerts.form.description')}
        hint={t(`safetyAlerts.form.descriptionHint.${kind}`)}
        name="description"
        rows={4}
        maxLength={SAFETY_ALERT_LIMITS.descriptionMax}
        value={description}
        onValue={setDescription}
        error={form.fieldErrors.description}
      />
      <SelectField
        label={t('safetyAlerts.form.area')}
        name="areaId"
        value={areaId}
        onValue={setAreaId}
        options={[
          { value: '', label: t('safetyAlerts.form.noArea') },
          ...(areas.data?.areas ?? []).map((area) => ({ value: area.id, label: area.path.join(' › ') })),
        ]}
        error={form.fieldErrors.areaId}
      />
      <SelectField
        label={t('safetyAlerts.form.duration')}
        name="expiresAt"
        value={hours}
        onValue={setHours}
        options={DURATIONS.map((value) => ({
          value: String(value),
          label: t(`safetyAlerts.durations.h${value}`),
        }))}
        error={form.fieldErrors.expiresAt}
      />
      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {t('safetyAlerts.form.publish')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

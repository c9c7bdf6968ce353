import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REGISTRY_SETTINGS_LIMITS as L, RISK_FLAGS_MAX } from '../../../domain/registry-settings';
import type { RegistrySettingsView } from '../../../domain/registry-settings.schemas';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Checkbox, TextField } from '../../ui/field';
import { Loading } from '../../ui/page';
import { RiskFlagFields } from './risk-flag-fields';
import {
  canAddFlag,
  defaultFlagValues,
  errorMessageFor,
  emptyFlag,
  REGISTRY_SETTINGS_FIELDS,
  toFormValues,
  validateRegistrySettings,
  type RegistrySettingsValues,
} from './registry-settings-values';
import { saveRegistrySettings, useRegistrySettings } from './registry-settings.resource';
import { UicRecipeField } from './uic-recipe-field';
import './registry-settings.css';

/** The registry settings of the organization, for its administrators (shown on the settings page). */
export function RegistrySettingsSection({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const settings = useRegistrySettings(orgId);
  if (settings.error) return <Alert kind="error">{settings.error.message}</Alert>;
  if (!settings.data) return <Loading label={t('common.loading')} />;
  return (
    <RegistrySettingsForm
      orgId={orgId}
      saved={settings.data}
      onSaved={(view) => settings.setData(() => view)}
    />
  );
}

interface FormProps {
  orgId: string;
  saved: RegistrySettingsView;
  onSaved: (view: RegistrySettingsView) => void;
}

function RegistrySettingsForm({ orgId, saved, onSaved }: FormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => toFormValues(saved));
  const [done, setDone] = useState(false);
  const form = useForm(REGISTRY_SETTINGS_FIELDS);
  const errorAt = (path: string): string | undefined => {
    const message = form.fieldErrors[path];
    if (!message) return undefined;
    const own = errorMessageFor(path);
    return own ? t(own.key, own.params) : message;
  };
  const set = (change: Partial<RegistrySettingsValues>) => {
    setDone(false);
    setValues((current) => ({ ...current, ...change }));
  };
  const setFlags = (
    update: (flags: RegistrySettingsValues['riskFlags']) => RegistrySettingsValues['riskFlags'],
  ) => set({ riskFlags: update(values.riskFlags) });

  const onSubmit = form.handle(
    () => validateRegistrySettings(saved, values),
    async (input) => {
      const view = await saveRegistrySettings(orgId, input);
      onSaved(view);
      setValues(toFormValues(view));
      setDone(true);
    },
  );

  return (
    <form
      ref={form.ref}
      className="form card"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="registry-settings-title"
    >
      <h2 className="form__title" id="registry-settings-title">
        {t('registrySettings.title')}
      </h2>
      <p className="muted flush">{t('registrySettings.intro')}</p>
      {saved.updatedAt === null ? (
        <p className="muted small flush">{t('registrySettings.usingDefaults')}</p>
      ) : null}
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}

      <fieldset className="fieldset">
        <legend>{t('registrySettings.planning')}</legend>
        <TextField
          label={t('registrySettings.dueAfterDays')}
          hint={t('registrySettings.dueAfterDaysHint')}
          name="dueAfterDays"
          type="number"
          inputMode="numeric"
          min={L.dueAfterDaysMin}
          max={L.dueAfterDaysMax}
          value={values.dueAfterDays}
          onValue={(dueAfterDays) => set({ dueAfterDays })}
          error={errorAt('dueAfterDays')}
        />
        <TextField
          label={t('registrySettings.caseloadNorm')}
          hint={t('registrySettings.caseloadNormHint')}
          name="caseloadNorm"
          type="number"
          inputMode="numeric"
          min={L.caseloadNormMin}
          max={L.caseloadNormMax}
          value={values.caseloadNorm}
          onValue={(caseloadNorm) => set({ caseloadNorm })}
          error={errorAt('caseloadNorm')}
        />
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('registrySettings.optionalFields')}</legend>
        <p className="muted small flush">{t('registrySettings.optionalFieldsHint')}</p>
        <Checkbox
          label={
            <>
              {t('registrySettings.recordMigrantStatus')}
              <span className="choice__hint">{t('registrySettings.recordMigrantStatusHint')}</span>
            </>
          }
          checked={values.recordMigrantStatus}
          onChecked={(recordMigrantStatus) => set({ recordMigrantStatus })}
        />
        <Checkbox
          label={
            <>
              {t('registrySettings.recordContactChannel')}
              <span className="choice__hint">{t('registrySettings.recordContactChannelHint')}</span>
            </>
          }
          checked={values.recordContactChannel}
          onChecked={(recordContactChannel) => set({ recordContactChannel })}
        />
      </fieldset>

      <section className="stack" aria-labelledby="risk-flags-title">
        <h3 className="flush" id="risk-flags-title">
          {t('registrySettings.riskFlags')}
        </h3>
        <p className="muted small flush">{t('registrySettings.riskFlagsHint', { max: RISK_FLAGS_MAX })}</p>
        {errorAt('riskFlags') ? <Alert kind="error">{errorAt('riskFlags')}</Alert> : null}
        {values.riskFlags.map((flag, index) => (
          <RiskFlagFields
            key={flag.key || `new-${index}`}
            index={index}
            flag={flag}
            errorAt={errorAt}
            onChange={(next) => setFlags((flags) => flags.map((f, i) => (i === index ? next : f)))}
            onRemove={() => setFlags((flags) => flags.filter((_, i) => i !== index))}
          />
        ))}
        <div className="form__actions">
          <Button
            variant="secondary"
            disabled={!canAddFlag(values)}
            onClick={() => setFlags((flags) => [...flags, emptyFlag()])}
          >
            {t('registrySettings.addRiskFlag')}
          </Button>
          <Button variant="link" onClick={() => setFlags(() => defaultFlagValues())}>
            {t('registrySettings.restoreDefaults')}
          </Button>
        </div>
      </section>

      <UicRecipeField
        value={values.uicRecipeId}
        saved={saved.uicRecipeId}
        canChange={saved.canChangeUicRecipe}
        networkHasMembers={saved.networkHasMembers}
        confirmed={values.confirmUicRecipeChange}
        error={form.fieldErrors.uicRecipeId}
        onValue={(uicRecipeId) => set({ uicRecipeId, confirmUicRecipeChange: false })}
        onConfirmed={(confirmUicRecipeChange) => set({ confirmUicRecipeChange })}
      />

      {done ? <Alert kind="success">{t('registrySettings.saved')}</Alert> : null}
      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {t('registrySettings.save')}
        </Button>
      </div>
    </form>
  );
}

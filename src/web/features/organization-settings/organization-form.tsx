import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../domain/limits';
import type { OrganizationView } from '../../../domain/organizations.schemas';
import { useCountryOptions } from '../../app/countries';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { SelectField, TextField } from '../../ui/field';
import { toFormValues, validateOrganizationChanges } from './organization-changes';
import { updateOrganization } from './organization-settings.resource';

interface OrganizationFormProps {
  organization: OrganizationView;
  /** `null` when nothing had changed, so nothing was sent. */
  onSaved: (organization: OrganizationView | null) => void;
}

/** An administrator edits the organization's name and country. */
export function OrganizationForm({ organization, onSaved }: OrganizationFormProps) {
  const { t } = useTranslation();
  const countryOptions = useCountryOptions();
  const [values, setValues] = useState(() => toFormValues(organization));
  const form = useForm(['name', 'countryCode']);

  const onSubmit = form.handle(
    () => validateOrganizationChanges(organization, values),
    async (changes) => {
      if (Object.keys(changes).length === 0) return onSaved(null);
      const saved = await updateOrganization(organization.id, changes);
      setValues(toFormValues(saved));
      onSaved(saved);
    },
  );

  return (
    <form
      ref={form.ref}
      className="form card"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="organization-form-title"
    >
      <h2 className="form__title" id="organization-form-title">
        {t('settings.formTitle')}
      </h2>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <TextField
        label={t('setup.orgName')}
        hint={t('settings.nameHint')}
        name="name"
        required
        maxLength={LIMITS.nameMax}
        value={values.name}
        onValue={(name) => setValues((current) => ({ ...current, name }))}
        error={form.fieldErrors.name}
      />
      <SelectField
        label={t('setup.country')}
        name="countryCode"
        value={values.countryCode}
        onValue={(countryCode) => setValues((current) => ({ ...current, countryCode }))}
        options={[{ value: '', label: t('common.noCountry') }, ...countryOptions]}
        error={form.fieldErrors.countryCode}
      />
      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {t('common.save')}
        </Button>
      </div>
    </form>
  );
}

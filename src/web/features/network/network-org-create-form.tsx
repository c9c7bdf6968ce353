import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../domain/ids';
import { LIMITS } from '../../../domain/limits';
import type { OrganizationCreateInput, OrganizationView } from '../../../domain/organizations.schemas';
import type { OrgLevel } from '../../../domain/roles';
import { useCountryOptions } from '../../app/countries';
import type { FieldErrors } from '../../app/form-errors';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { RadioGroup, SelectField, TextField } from '../../ui/field';
import { generateTemporaryPassword } from '../staff/temporary-password';
import { FirstAdminFields } from './first-admin-fields';
import {
  NETWORK_ORG_FIELDS,
  validateNetworkOrgForm,
  type FirstAdminKind,
  type NetworkOrgFormValues,
} from './network-org-form';
import { createMemberOrganization } from './network.resource';

interface NetworkOrgCreateFormProps {
  orgId: string;
  onCreated: (organization: OrganizationView, input: OrganizationCreateInput) => void;
  onCancel: () => void;
}

/** Errors about the first administrator belong to the choice they were made for. */
function errorsFor(errors: FieldErrors, kind: FirstAdminKind, checkedKind: FirstAdminKind): FieldErrors {
  if (kind === checkedKind) return errors;
  return Object.fromEntries(Object.entries(errors).filter(([field]) => !field.startsWith('firstAdmin.')));
}

/** A regional administrator adds a member organization to the network with its first administrator. */
export function NetworkOrgCreateForm({ orgId, onCreated, onCancel }: NetworkOrgCreateFormProps) {
  const { t } = useTranslation();
  const countryOptions = useCountryOptions();
  const [values, setValues] = useState<NetworkOrgFormValues>(() => ({
    id: newId(),
    name: '',
    countryCode: '',
    level: 'national',
    firstAdminKind: 'new',
    newAdmin: { username: '', displayName: '', temporaryPassword: generateTemporaryPassword() },
    existingUsername: '',
  }));
  const [checkedKind, setCheckedKind] = useState<FirstAdminKind>('new');
  const form = useForm(NETWORK_ORG_FIELDS);
  const errors = errorsFor(form.fieldErrors, values.firstAdminKind, checkedKind);
  const set = (change: Partial<NetworkOrgFormValues>) => setValues((current) => ({ ...current, ...change }));

  const onSubmit = form.handle(
    () => {
      setCheckedKind(values.firstAdminKind);
      return validateNetworkOrgForm(values);
    },
    async (input) => {
      onCreated(await createMemberOrganization(orgId, input), input);
    },
  );

  return (
    <form
      ref={form.ref}
      className="form card"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="network-new-title"
    >
      <h2 className="form__title" id="network-new-title">
        {t('network.new')}
      </h2>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <fieldset className="fieldset">
        <legend>{t('network.organizationSection')}</legend>
        <TextField
          label={t('setup.orgName')}
          name="name"
          required
          maxLength={LIMITS.nameMax}
          value={values.name}
          onValue={(name) => set({ name })}
          error={errors.name}
        />
        <SelectField
          label={t('setup.country')}
          name="countryCode"
          value={values.countryCode}
          onValue={(countryCode) => set({ countryCode })}
          options={[{ value: '', label: t('common.noCountry') }, ...countryOptions]}
          error={errors.countryCode}
        />
        <RadioGroup
          legend={t('setup.level')}
          name="level"
          value={values.level}
          onValue={(level) => set({ level: level as OrgLevel })}
          options={[
            { value: 'national', label: t('levels.national'), hint: t('setup.levelNationalHint') },
            { value: 'regional', label: t('levels.regional'), hint: t('setup.levelRegionalHint') },
          ]}
          error={errors.level}
        />
      </fieldset>
      <FirstAdminFields
        values={values}
        onKind={(firstAdminKind) => set({ firstAdminKind })}
        onNewAdmin={(change) =>
          setValues((current) => ({ ...current, newAdmin: { ...current.newAdmin, ...change } }))
        }
        onExistingUsername={(existingUsername) => set({ existingUsername })}
        errors={errors}
      />
      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {t('network.create')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

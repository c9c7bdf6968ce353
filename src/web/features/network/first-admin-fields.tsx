import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../domain/limits';
import type { FieldErrors } from '../../app/form-errors';
import { Button } from '../../ui/button';
import { RadioGroup, TextField } from '../../ui/field';
import { generateTemporaryPassword } from '../staff/temporary-password';
import type { FirstAdminKind, NetworkOrgFormValues } from './network-org-form';

interface FirstAdminFieldsProps {
  values: Pick<NetworkOrgFormValues, 'firstAdminKind' | 'newAdmin' | 'existingUsername'>;
  onKind: (kind: FirstAdminKind) => void;
  onNewAdmin: (change: Partial<NetworkOrgFormValues['newAdmin']>) => void;
  onExistingUsername: (username: string) => void;
  errors: FieldErrors;
}

/**
 * Who will administer the new organization. A new account is the usual choice: the secretariat then
 * has no access to the member's records. Choosing her own account gives it that access.
 */
export function FirstAdminFields({
  values,
  onKind,
  onNewAdmin,
  onExistingUsername,
  errors,
}: FirstAdminFieldsProps) {
  const { t } = useTranslation();
  const { newAdmin } = values;
  return (
    <fieldset className="fieldset">
      <legend>{t('network.adminSection')}</legend>
      <RadioGroup
        legend={t('network.firstAdmin')}
        name="firstAdmin.kind"
        value={values.firstAdminKind}
        onValue={(kind) => onKind(kind as FirstAdminKind)}
        options={[
          { value: 'new', label: t('network.firstAdminNew'), hint: t('network.firstAdminNewHint') },
          {
            value: 'existing',
            label: t('network.firstAdminExisting'),
            hint: t('network.firstAdminExistingHint'),
          },
        ]}
        error={errors['firstAdmin.kind']}
      />
      {values.firstAdminKind === 'new' ? (
        <>
          <TextField
            label={t('staff.displayName')}
            hint={t('staff.displayNameHint')}
            name="firstAdmin.displayName"
            required
            maxLength={LIMITS.nameMax}
            value={newAdmin.displayName}
            onValue={(displayName) => onNewAdmin({ displayName })}
            error={errors['firstAdmin.displayName']}
          />
          <TextField
            label={t('staff.username')}
            hint={t('setup.usernameHint')}
            name="firstAdmin.username"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={newAdmin.username}
            onValue={(username) => onNewAdmin({ username })}
            error={errors['firstAdmin.username']}
          />
          <TextField
            label={t('staff.temporaryPassword')}
            hint={t('network.temporaryPasswordHint')}
            name="firstAdmin.temporaryPassword"
            autoComplete="off"
            spellCheck={false}
            required
            value={newAdmin.temporaryPassword}
            onValue={(temporaryPassword) => onNewAdmin({ temporaryPassword })}
            error={errors['firstAdmin.temporaryPassword']}
          />
          <Button
            variant="link"
            onClick={() => onNewAdmin({ temporaryPassword: generateTemporaryPassword() })}
          >
            {t('staff.generate')}
          </Button>
        </>
      ) : (
        <TextField
          label={t('staff.username')}
          hint={t('network.existingUsernameHint')}
          name="firstAdmin.username"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={values.existingUsername}
          onValue={onExistingUsername}
          error={errors['firstAdmin.username']}
        />
      )}
    </fieldset>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../domain/ids';
import type { LocalGroupView } from '../../../domain/organizations.schemas';
import type { Role } from '../../../domain/roles';
import { OrgUserAddExistingInput, type OrgUserView } from '../../../domain/users.schemas';
import { validateWith } from '../../app/form-errors';
import { useForm, type Validation } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/field';
import { RoleGroupFields } from './role-group-fields';
import { addExistingStaffAccount } from './staff.resource';

interface StaffAddExistingFormProps {
  orgId: string;
  localGroups: readonly LocalGroupView[];
  onAdded: (user: OrgUserView) => void;
  onCancel: () => void;
}

/**
 * Gives an account the administrator already manages in another organization a role here (staff who
 * work for two organizations, or a secretariat supporting a member). Her password stays hers.
 */
export function StaffAddExistingForm({ orgId, localGroups, onAdded, onCancel }: StaffAddExistingFormProps) {
  const { t } = useTranslation();
  const [id] = useState(() => newId());
  const [username, setUsername] = useState('');
  const [role, setRole] = useState<Role>('promotora');
  const [localGroupId, setLocalGroupId] = useState('');
  const form = useForm(['username', 'role', 'localGroupId']);

  const onSubmit = form.handle(
    (): Validation<OrgUserAddExistingInput> =>
      validateWith(OrgUserAddExistingInput, { id, username, role, localGroupId: localGroupId || null }),
    async (input) => {
      onAdded(await addExistingStaffAccount(orgId, input));
    },
  );

  return (
    <form
      ref={form.ref}
      className="form card"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="staff-add-existing-title"
    >
      <h2 className="form__title" id="staff-add-existing-title">
        {t('staff.addExisting')}
      </h2>
      <p className="muted">{t('staff.addExistingLead')}</p>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <TextField
        label={t('staff.username')}
        name="username"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={username}
        onValue={setUsername}
        error={form.fieldErrors.username}
      />
      <RoleGroupFields
        role={role}
        onRole={setRole}
        localGroupId={localGroupId}
        onLocalGroupId={setLocalGroupId}
        localGroups={localGroups}
        errors={form.fieldErrors}
      />
      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {t('staff.addExistingSubmit')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

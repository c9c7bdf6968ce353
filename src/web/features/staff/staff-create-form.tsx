import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../domain/ids';
import { LIMITS } from '../../../domain/limits';
import type { LocalGroupView } from '../../../domain/organizations.schemas';
import { findPasswordProblem } from '../../../domain/password-policy';
import type { Role } from '../../../domain/roles';
import { OrgUserCreateInput, type OrgUserView } from '../../../domain/users.schemas';
import { validateWith, weakPasswordMessage } from '../../app/form-errors';
import { useForm, type Validation } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/field';
import { RoleGroupFields } from './role-group-fields';
import { createStaffAccount } from './staff.resource';
import { generateTemporaryPassword } from './temporary-password';

interface StaffCreateFormProps {
  orgId: string;
  localGroups: readonly LocalGroupView[];
  onCreated: (user: OrgUserView, temporaryPassword: string) => void;
  onCancel: () => void;
}

/** An administrator opens an account with a role and a temporary password to hand over in person. */
export function StaffCreateForm({ orgId, localGroups, onCreated, onCancel }: StaffCreateFormProps) {
  const { t } = useTranslation();
  const [id] = useState(() => newId());
  const [displayName, setDisplayName] = useState('');
  const [username, setUsername] = useState('');
  const [role, setRole] = useState<Role>('promotora');
  const [localGroupId, setLocalGroupId] = useState('');
  const [temporaryPassword, setTemporaryPassword] = useState(() => generateTemporaryPassword());
  const form = useForm(['displayName', 'username', 'role', 'localGroupId', 'temporaryPassword']);

  const onSubmit = form.handle(
    (): Validation<OrgUserCreateInput> => {
      const result = validateWith(OrgUserCreateInput, {
        id,
        displayName,
        username,
        role,
        localGroupId: localGroupId || null,
        temporaryPassword,
      });
      if (!result.ok) return result;
      const problem = findPasswordProblem(temporaryPassword, result.data.username);
      return problem ? { ok: false, errors: { temporaryPassword: weakPasswordMessage(problem) } } : result;
    },
    async (input) => {
      onCreated(await createStaffAccount(orgId, input), input.temporaryPassword);
    },
  );

  return (
    <form
      ref={form.ref}
      className="form card"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="staff-create-title"
    >
      <h2 className="form__title" id="staff-create-title">
        {t('staff.new')}
      </h2>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <TextField
        label={t('staff.displayName')}
        hint={t('staff.displayNameHint')}
        name="displayName"
        required
        maxLength={LIMITS.nameMax}
        value={displayName}
        onValue={setDisplayName}
        error={form.fieldErrors.displayName}
      />
      <TextField
        label={t('staff.username')}
        hint={t('setup.usernameHint')}
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
      <TextField
        label={t('staff.temporaryPassword')}
        hint={t('staff.temporaryPasswordHint')}
        name="temporaryPassword"
        autoComplete="off"
        spellCheck={false}
        required
        value={temporaryPassword}
        onValue={setTemporaryPassword}
        error={form.fieldErrors.temporaryPassword}
      />
      <Button variant="link" onClick={() => setTemporaryPassword(generateTemporaryPassword())}>
        {t('staff.generate')}
      </Button>
      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {t('staff.create')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

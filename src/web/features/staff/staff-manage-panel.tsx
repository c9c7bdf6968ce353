import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalGroupView } from '../../../domain/organizations.schemas';
import { ROLES, type Role } from '../../../domain/roles';
import type { OrgUserUpdateInput, OrgUserView } from '../../../domain/users.schemas';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ConfirmAction } from '../../ui/confirm-action';
import { SelectField } from '../../ui/field';
import { updateStaffAccount } from './staff.resource';
import { generateTemporaryPassword } from './temporary-password';

interface StaffManagePanelProps {
  orgId: string;
  user: OrgUserView;
  localGroups: readonly LocalGroupView[];
  onChanged: (user: OrgUserView, message: string) => void;
  onClose: () => void;
}

/** An administrator's actions on one account: role and group, password, second factor, disable. */
export function StaffManagePanel({ orgId, user, localGroups, onChanged, onClose }: StaffManagePanelProps) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>(user.role);
  const [localGroupId, setLocalGroupId] = useState(user.localGroupId ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = user.displayName;

  async function apply(input: OrgUserUpdateInput, message: string): Promise<void> {
    setError(null);
    try {
      onChanged(await updateStaffAccount(orgId, user.membershipId, input), message);
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : t('common.unexpectedError'));
    }
  }

  const roleChanged = role !== user.role || (localGroupId || null) !== user.localGroupId;

  return (
    <div className="card stack" role="region" aria-label={t('staff.manageTitle', { name })}>
      <h3 className="form__title">{t('staff.manageTitle', { name })}</h3>
      <p className="muted small">{t('staff.sessionsNote')}</p>
      {error ? <Alert kind="error">{error}</Alert> : null}
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!roleChanged) return;
          setBusy(true);
          void apply(
            { role, localGroupId: localGroupId || null },
            t('staff.roleChanged', { name, role: t(`roles.${role}`) }),
          ).finally(() => setBusy(false));
        }}
      >
        <SelectField
          label={t('staff.role')}
          value={role}
          onValue={(value) => setRole(value as Role)}
          options={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
        />
        {localGroups.length ? (
          <SelectField
            label={t('staff.localGroup')}
            value={localGroupId}
            onValue={setLocalGroupId}
            options={[
              { value: '', label: t('staff.noLocalGroup') },
              ...localGroups.map((group) => ({ value: group.id, label: group.name })),
            ]}
          />
        ) : null}
        <Button type="submit" busy={busy} disabled={!roleChanged}>
          {t('staff.saveRole')}
        </Button>
      </form>
      <div className="actions-list">
        <ConfirmAction
          label={t('staff.resetPassword')}
          question={t('staff.resetPasswordConfirm', { name })}
          confirmLabel={t('staff.resetPasswordYes')}
          cancelLabel={t('common.cancel')}
          onConfirm={() => {
            const temporaryPassword = generateTemporaryPassword();
            return apply(
              { temporaryPassword },
              t('staff.passwordReset', { name, password: temporaryPassword }),
            );
          }}
        />
        {user.totpEnabled ? (
          <ConfirmAction
            label={t('staff.resetTotp')}
            question={t('staff.resetTotpConfirm', { name })}
            confirmLabel={t('staff.resetTotpYes')}
            cancelLabel={t('common.cancel')}
            onConfirm={() => apply({ resetTotp: true }, t('staff.totpReset', { name }))}
          />
        ) : null}
        {user.disabled ? (
          <ConfirmAction
            label={t('staff.enable')}
            question={t('staff.enableConfirm', { name })}
            confirmLabel={t('staff.enable')}
            cancelLabel={t('common.cancel')}
            onConfirm={() => apply({ disabled: false }, t('staff.enabled', { name }))}
          />
        ) : (
          <ConfirmAction
            danger
            label={t('staff.disable')}
            question={t('staff.disableConfirm', { name })}
            confirmLabel={t('staff.disableYes')}
            cancelLabel={t('common.cancel')}
            onConfirm={() => apply({ disabled: true }, t('staff.disabled', { name }))}
          />
        )}
      </div>
      <Button variant="link" onClick={onClose}>
        {t('common.close')}
      </Button>
    </div>
  );
}

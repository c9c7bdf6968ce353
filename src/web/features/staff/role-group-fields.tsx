import { useTranslation } from 'react-i18next';
import type { LocalGroupView } from '../../../domain/organizations.schemas';
import { ROLES, type Role } from '../../../domain/roles';
import { SelectField } from '../../ui/field';

interface RoleGroupFieldsProps {
  role: Role;
  onRole: (role: Role) => void;
  localGroupId: string;
  onLocalGroupId: (id: string) => void;
  localGroups: readonly LocalGroupView[];
  errors: Partial<Record<'role' | 'localGroupId', string>>;
}

/** The role of an account in this organization and, when there are local groups, its group. */
export function RoleGroupFields({
  role,
  onRole,
  localGroupId,
  onLocalGroupId,
  localGroups,
  errors,
}: RoleGroupFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        label={t('staff.role')}
        name="role"
        value={role}
        onValue={(value) => onRole(value as Role)}
        options={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
        error={errors.role}
      />
      {localGroups.length ? (
        <SelectField
          label={t('staff.localGroup')}
          name="localGroupId"
          value={localGroupId}
          onValue={onLocalGroupId}
          options={[
            { value: '', label: t('staff.noLocalGroup') },
            ...localGroups.map((group) => ({ value: group.id, label: group.name })),
          ]}
          error={errors.localGroupId}
        />
      ) : null}
    </>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACTION_LIMITS,
  ACTION_STATUSES,
  ActionCreateInput,
  ActionUpdateInput,
  type ActionView,
} from '../../../domain/capacity-actions.schemas';
import { newId } from '../../../domain/ids';
import { validateWith } from '../../app/form-errors';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { SelectField, TextAreaField, TextField } from '../../ui/field';
import { createAction, updateAction } from './action-plan.resource';
import type { DomainOption } from './framework-items';
import { ItemPicker } from './item-picker';

interface ActionFormProps {
  orgId: string;
  domains: DomainOption[];
  /** The action to edit; absent to create one. */
  action?: ActionView;
  /** A new action's starting items and assessment (from an assessment's results: `?itemKey=…&assessmentId=…`). */
  initialItemKeys?: string[];
  assessmentId?: string | null;
  onSaved: (action: ActionView) => void;
  onCancel: () => void;
}

/** Create or edit an action: what, which items it improves, who, support, resources, due day. */
export function ActionForm({
  orgId,
  domains,
  action,
  initialItemKeys = [],
  assessmentId = null,
  onSaved,
  onCancel,
}: ActionFormProps) {
  const { t } = useTranslation();
  const [id] = useState(() => action?.id ?? newId());
  const [title, setTitle] = useState(action?.title ?? '');
  const [itemKeys, setItemKeys] = useState<string[]>(action?.itemKeys ?? initialItemKeys);
  const [responsibleRole, setResponsibleRole] = useState(action?.responsibleRole ?? '');
  const [supportNeeded, setSupportNeeded] = useState(action?.supportNeeded ?? '');
  const [resources, setResources] = useState(action?.resources ?? '');
  const [dueOn, setDueOn] = useState(action?.dueOn ?? '');
  const [status, setStatus] = useState<string>(action?.status ?? 'planned');
  const form = useForm([
    'title',
    'itemKeys',
    'responsibleRole',
    'supportNeeded',
    'resources',
    'dueOn',
    'status',
  ]);
  const heading = action ? t('actionPlan.editTitle', { title: action.title }) : t('actionPlan.new');

  const onSubmit = form.handle(
    () => {
      const fields = {
        title,
        itemKeys,
        responsibleRole,
        supportNeeded: supportNeeded.trim() ? supportNeeded : null,
        resources: resources.trim() ? resources : null,
        dueOn,
        status,
      };
      return action
        ? validateWith(ActionUpdateInput, fields)
        : validateWith(ActionCreateInput, assessmentId ? { id, assessmentId, ...fields } : { id, ...fields });
    },
    async (input) => {
      const saved = action
        ? await updateAction(orgId, action.id, input)
        : await createAction(orgId, input as ActionCreateInput);
      onSaved(saved);
    },
  );

  return (
    <form ref={form.ref} className="form card" onSubmit={onSubmit} noValidate aria-label={heading}>
      <h2 className="form__title">{heading}</h2>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <TextField
        label={t('actionPlan.fields.title')}
        hint={t('actionPlan.fields.titleHint')}
        name="title"
        required
        maxLength={ACTION_LIMITS.titleMax}
        value={title}
        onValue={setTitle}
        error={form.fieldErrors.title}
      />
      <ItemPicker
        domains={domains}
        value={itemKeys}
        onValue={setItemKeys}
        error={form.fieldErrors.itemKeys}
      />
      <TextField
        label={t('actionPlan.fields.responsibleRole')}
        hint={t('actionPlan.fields.responsibleRoleHint')}
        name="responsibleRole"
        required
        maxLength={ACTION_LIMITS.roleMax}
        value={responsibleRole}
        onValue={setResponsibleRole}
        error={form.fieldErrors.responsibleRole}
      />
      <TextAreaField
        label={t('actionPlan.fields.supportNeeded')}
        hint={t('actionPlan.fields.supportNeededHint')}
        name="supportNeeded"
        rows={3}
        maxLength={ACTION_LIMITS.textMax}
        value={supportNeeded}
        onValue={setSupportNeeded}
        error={form.fieldErrors.supportNeeded}
      />
      <TextAreaField
        label={t('actionPlan.fields.resources')}
        hint={t('actionPlan.fields.resourcesHint')}
        name="resources"
        rows={2}
        maxLength={ACTION_LIMITS.textMax}
        value={resources}
        onValue={setResources}
        error={form.fieldErrors.resources}
      />
      <TextField
        label={t('actionPlan.fields.dueOn')}
        name="dueOn"
        type="date"
        required
        value={dueOn}
        onValue={setDueOn}
        error={form.fieldErrors.dueOn}
      />
      <SelectField
        label={t('actionPlan.fields.status')}
        name="status"
        value={status}
        onValue={setStatus}
        options={ACTION_STATUSES.map((value) => ({ value, label: t(`actionPlan.status.${value}`) }))}
        error={form.fieldErrors.status}
      />
      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {action ? t('common.save') : t('actionPlan.create')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

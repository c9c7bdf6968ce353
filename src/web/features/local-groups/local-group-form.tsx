import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../domain/ids';
import { LIMITS } from '../../../domain/limits';
import {
  LocalGroupCreateInput,
  LocalGroupUpdateInput,
  type LocalGroupView,
} from '../../../domain/organizations.schemas';
import { validateWith } from '../../app/form-errors';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { TextAreaField, TextField } from '../../ui/field';
import { Loading } from '../../ui/page';
import {
  createLocalGroup,
  deleteLocalGroup,
  fetchLocalGroup,
  updateLocalGroup,
} from './local-groups.resource';

interface LocalGroupFormProps {
  orgId: string;
  /** The group to edit; absent to create one. */
  group?: LocalGroupView;
  /** Whether this role may read and write the (encrypted) notes. */
  withNotes: boolean;
  canDelete: boolean;
  onSaved: (group: LocalGroupView) => void;
  onDeleted: (group: LocalGroupView) => void;
  onCancel: () => void;
}

export function LocalGroupForm({
  orgId,
  group,
  withNotes,
  canDelete,
  onSaved,
  onDeleted,
  onCancel,
}: LocalGroupFormProps) {
  const { t } = useTranslation();
  const [id] = useState(() => group?.id ?? newId()); // client-made id: a retried create is not duplicated
  const [name, setName] = useState(group?.name ?? '');
  const [notes, setNotes] = useState('');
  const [loadedNotes, setLoadedNotes] = useState<string | null>(null);
  const [notesLoading, setNotesLoading] = useState(Boolean(group && withNotes));
  const [confirmDelete, setConfirmDelete] = useState(false);
  const form = useForm(['name', 'notes']);

  useEffect(() => {
    if (!group || !withNotes) return;
    // Notes are only fetched when someone opens the group to edit it (the read is audited).
    let live = true;
    fetchLocalGroup(orgId, group.id).then(
      (full) => {
        if (!live) return;
        setNotes(full.notes ?? '');
        setLoadedNotes(full.notes ?? '');
        setNotesLoading(false);
      },
      (error: unknown) => {
        if (!live) return;
        form.setFormError(error instanceof Error ? error.message : t('common.unexpectedError'));
        setNotesLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [orgId, group?.id, withNotes]);

  const onSubmit = form.handle(
    () => {
      if (!group)
        return validateWith(LocalGroupCreateInput, withNotes && notes ? { id, name, notes } : { id, name });
      const changes: Record<string, unknown> = {};
      if (name !== group.name) changes.name = name;
      if (withNotes && loadedNotes !== null && notes !== loadedNotes)
        changes.notes = notes === '' ? null : notes;
      return validateWith(LocalGroupUpdateInput, changes);
    },
    async (input) => {
      if (group && Object.keys(input).length === 0) return onSaved(group); // nothing changed
      const saved = group
        ? await updateLocalGroup(orgId, group.id, input)
        : await createLocalGroup(orgId, input as LocalGroupCreateInput);
      onSaved(saved);
    },
  );

  async function remove() {
    if (!group) return;
    try {
      await deleteLocalGroup(orgId, group.id);
      onDeleted(group);
    } catch (error) {
      form.setFormError(error instanceof Error ? error.message : t('common.unexpectedError'));
    }
  }

  return (
    <form
      ref={form.ref}
      className="form card"
      onSubmit={onSubmit}
      noValidate
      aria-label={group ? t('localGroups.editTitle', { name: group.name }) : t('localGroups.new')}
    >
      <h2 className="form__title">
        {group ? t('localGroups.editTitle', { name: group.name }) : t('localGroups.new')}
      </h2>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <TextField
        label={t('localGroups.name')}
        name="name"
        required
        maxLength={LIMITS.nameMax}
        value={name}
        onValue={setName}
        error={form.fieldErrors.name}
      />
      {withNotes ? (
        notesLoading ? (
          <Loading label={t('common.loading')} />
        ) : (
          <TextAreaField
            label={t('localGroups.notes')}
            hint={t('localGroups.notesHint')}
            name="notes"
            rows={4}
            maxLength={LIMITS.notesMax}
            value={notes}
            onValue={setNotes}
            error={form.fieldErrors.notes}
          />
        )
      ) : null}
      <div className="form__actions">
        <Button type="submit" busy={form.busy} disabled={notesLoading}>
          {group ? t('common.save') : t('localGroups.create')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
      {group && canDelete ? (
        <div className="danger-zone">
          {confirmDelete ? (
            <>
              <p>{t('localGroups.deleteConfirm', { name: group.name })}</p>
              <div className="form__actions">
                <Button variant="danger" onClick={() => void remove()}>
                  {t('localGroups.deleteYes')}
                </Button>
                <Button variant="secondary" onClick={() => setConfirmDelete(false)}>
                  {t('common.cancel')}
                </Button>
              </div>
            </>
          ) : (
            <Button variant="link" onClick={() => setConfirmDelete(true)}>
              {t('localGroups.delete')}
            </Button>
          )}
        </div>
      ) : null}
    </form>
  );
}

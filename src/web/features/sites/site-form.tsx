import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../domain/ids';
import { LIMITS } from '../../../domain/limits';
import {
  SITE_TYPOLOGIES,
  SiteCreateInput,
  SiteUpdateInput,
  WEEKDAYS,
  type AreaView,
  type SiteView,
  type Weekday,
} from '../../../domain/sites.schemas';
import { validateWith } from '../../app/form-errors';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ConfirmAction } from '../../ui/confirm-action';
import { SelectField, TextAreaField, TextField } from '../../ui/field';
import { Loading } from '../../ui/page';
import { areaOptions } from './site-labels';
import { createSite, deleteSite, fetchSite, updateSite, useLocalGroupChoices } from './sites.resource';

interface SiteFormProps {
  orgId: string;
  areas: readonly AreaView[];
  /** The site to edit; absent to create one. */
  site?: SiteView;
  withNotes: boolean;
  canDelete: boolean;
  onSaved: (site: SiteView) => void;
  onDeleted: (site: SiteView) => void;
  onCancel: () => void;
}

const FIELDS = ['areaId', 'name', 'typology', 'activityDays', 'opensAt', 'closesAt', 'localGroupId', 'notes'];

export function SiteForm({
  orgId,
  areas,
  site,
  withNotes,
  canDelete,
  onSaved,
  onDeleted,
  onCancel,
}: SiteFormProps) {
  const { t } = useTranslation();
  const [id] = useState(() => site?.id ?? newId()); // client-made id: a retried create is not duplicated
  const [areaId, setAreaId] = useState(site?.areaId ?? '');
  const [name, setName] = useState(site?.name ?? '');
  const [typology, setTypology] = useState<string>(site?.typology ?? 'street');
  const [days, setDays] = useState<Weekday[]>(site?.activityDays ?? []);
  const [opensAt, setOpensAt] = useState(site?.opensAt ?? '');
  const [closesAt, setClosesAt] = useState(site?.closesAt ?? '');
  const [localGroupId, setLocalGroupId] = useState(site?.localGroupId ?? '');
  const [notes, setNotes] = useState('');
  const [loadedNotes, setLoadedNotes] = useState<string | null>(null);
  const [notesLoading, setNotesLoading] = useState(Boolean(site && withNotes));
  const groups = useLocalGroupChoices(orgId);
  const form = useForm(FIELDS);

  useEffect(() => {
    if (!site || !withNotes) return;
    // Notes are read only when someone opens the site to edit it (the read is audited).
    let live = true;
    fetchSite(orgId, site.id).then(
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
  }, [orgId, site?.id, withNotes]);

  const toggleDay = (day: Weekday) =>
    setDays((current) => (current.includes(day) ? current.filter((d) => d !== day) : [...current, day]));

  const onSubmit = form.handle(
    () => {
      const fields = {
        areaId,
        name,
        typology,
        activityDays: WEEKDAYS.filter((day) => days.includes(day)),
        opensAt: opensAt || null,
        closesAt: closesAt || null,
        localGroupId: localGroupId || null,
      };
      if (!site)
        return validateWith(SiteCreateInput, { id, ...fields, ...(withNotes && notes ? { notes } : {}) });
      const changes: Record<string, unknown> = { ...fields };
      if (withNotes && loadedNotes !== null && notes !== loadedNotes)
        changes.notes = notes === '' ? null : notes;
      return validateWith(SiteUpdateInput, changes);
    },
    async (input) => {
      const saved = site
        ? await updateSite(orgId, site.id, input)
        : await createSite(orgId, input as SiteCreateInput);
      onSaved(saved);
    },
  );

  const title = site ? t('sites.form.editTitle', { name: site.name }) : t('sites.form.newTitle');
  return (
    <form ref={form.ref} className="form card" onSubmit={onSubmit} noValidate aria-label={title}>
      <h2 className="form__title">{title}</h2>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <TextField
        label={t('sites.form.name')}
        hint={t('sites.form.nameHint')}
        name="name"
        required
        maxLength={LIMITS.nameMax}
        value={name}
        onValue={setName}
        error={form.fieldErrors.name}
      />
      <SelectField
        label={t('sites.form.area')}
        name="areaId"
        value={areaId}
        onValue={setAreaId}
        options={[{ value: '', label: t('sites.form.chooseArea') }, ...areaOptions(areas)]}
        error={form.fieldErrors.areaId}
      />
      <SelectField
        label={t('sites.form.typology')}
        name="typology"
        value={typology}
        onValue={setTypology}
        options={SITE_TYPOLOGIES.map((value) => ({ value, label: t(`sites.typologies.${value}`) }))}
        error={form.fieldErrors.typology}
      />
      <fieldset className="field">
        <legend className="field__label">{t('sites.form.days')}</legend>
        <div className="sites-days">
          {WEEKDAYS.map((day) => (
            <label key={day} className="sites-day">
              <input type="checkbox" checked={days.includes(day)} onChange={() => toggleDay(day)} />
              <span aria-hidden="true">{t(`sites.days.${day}`)}</span>
              <span className="visually-hidden">{t(`sites.daysLong.${day}`)}</span>
            </label>
          ))}
        </div>
        {form.fieldErrors.activityDays ? (
          <p className="field__error">{form.fieldErrors.activityDays}</p>
        ) : null}
      </fieldset>
      <div className="sites-pair">
        <TextField
          label={t('sites.form.opensAt')}
          name="opensAt"
          type="time"
          value={opensAt}
          onValue={setOpensAt}
          error={form.fieldErrors.opensAt}
        />
        <TextField
          label={t('sites.form.closesAt')}
          name="closesAt"
          type="time"
          value={closesAt}
          onValue={setClosesAt}
          error={form.fieldErrors.closesAt}
        />
      </div>
      <SelectField
        label={t('sites.form.localGroup')}
        name="localGroupId"
        value={localGroupId}
        onValue={setLocalGroupId}
        options={[
          { value: '', label: t('sites.form.noLocalGroup') },
          ...(groups.data?.localGroups ?? []).map((group) => ({ value: group.id, label: group.name })),
        ]}
        error={form.fieldErrors.localGroupId}
      />
      {withNotes ? (
        notesLoading ? (
          <Loading label={t('common.loading')} />
        ) : (
          <TextAreaField
            label={t('sites.form.notes')}
            hint={t('sites.form.notesHint')}
            name="notes"
            rows={3}
            maxLength={LIMITS.notesMax}
            value={notes}
            onValue={setNotes}
            error={form.fieldErrors.notes}
          />
        )
      ) : null}
      <div className="form__actions">
        <Button type="submit" busy={form.busy} disabled={notesLoading}>
          {site ? t('common.save') : t('sites.form.create')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
      {site && canDelete ? (
        <div className="danger-zone">
          <ConfirmAction
            label={t('sites.form.delete')}
            question={t('sites.form.deleteConfirm', { name: site.name })}
            confirmLabel={t('sites.form.deleteYes')}
            cancelLabel={t('common.cancel')}
            danger
            onConfirm={async () => {
              try {
                await deleteSite(orgId, site.id);
                onDeleted(site);
              } catch (error) {
                form.setFormError(error instanceof Error ? error.message : t('common.unexpectedError'));
              }
            }}
          />
        </div>
      ) : null}
    </form>
  );
}

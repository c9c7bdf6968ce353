import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../domain/ids';
import { LIMITS } from '../../../domain/limits';
import {
  AreaCreateInput,
  AreaUpdateInput,
  childLevelOf,
  type AreaLevel,
  type AreaView,
} from '../../../domain/sites.schemas';
import { useCountryOptions } from '../../app/countries';
import { validateWith } from '../../app/form-errors';
import { useCan, useOrg } from '../../app/org-context';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ConfirmAction } from '../../ui/confirm-action';
import { SelectField, TextField } from '../../ui/field';
import { Loading } from '../../ui/page';
import { createArea, deleteArea, renameArea, useAreas } from './sites.resource';

type Editing =
  { kind: 'create'; level: AreaLevel; parent: AreaView | null } | { kind: 'rename'; area: AreaView };

function AreaForm({
  orgId,
  editing,
  onSaved,
  onCancel,
}: {
  orgId: string;
  editing: Editing;
  onSaved: (area: AreaView, created: boolean) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const countries = useCountryOptions();
  const [id] = useState(() => newId());
  const [name, setName] = useState(editing.kind === 'rename' ? editing.area.name : '');
  const [countryCode, setCountryCode] = useState('');
  const form = useForm(['name', 'countryCode', 'parentId']);
  const isCountry = editing.kind === 'create' && editing.level === 'country';
  const title =
    editing.kind === 'rename'
      ? t('sites.areas.renameTitle', { name: editing.area.name })
      : editing.parent
        ? t(`sites.areas.addIn.${editing.level}`, { name: editing.parent.name })
        : t('sites.areas.newCountry');

  const onSubmit = form.handle(
    () => {
      if (editing.kind === 'rename') return validateWith(AreaUpdateInput, { name });
      return validateWith(AreaCreateInput, {
        id,
        level: editing.level,
        name:
          isCountry && !name && countryCode
            ? (countries.find((c) => c.value === countryCode)?.label ?? '')
            : name,
        ...(isCountry ? { countryCode: countryCode || undefined } : { parentId: editing.parent?.id }),
      });
    },
    async (input) => {
      if (editing.kind === 'rename') onSaved(await renameArea(orgId, editing.area.id, input), false);
      else onSaved(await createArea(orgId, input as AreaCreateInput), true);
    },
  );

  return (
    <form ref={form.ref} className="form card" onSubmit={onSubmit} noValidate aria-label={title}>
      <h3 className="form__title">{title}</h3>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      {isCountry ? (
        <SelectField
          label={t('sites.areas.country')}
          name="countryCode"
          value={countryCode}
          onValue={setCountryCode}
          options={[{ value: '', label: '—' }, ...countries]}
          error={form.fieldErrors.countryCode}
        />
      ) : null}
      <TextField
        label={t('sites.areas.name')}
        name="name"
        required={!isCountry}
        maxLength={LIMITS.nameMax}
        value={name}
        onValue={setName}
        error={form.fieldErrors.name ?? form.fieldErrors.parentId}
      />
      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {editing.kind === 'rename' ? t('common.save') : t('sites.areas.create')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** Areas in tree order: each followed by its children, indented by level. */
function treeOrder(areas: readonly AreaView[]): AreaView[] {
  return [...areas].sort((a, b) => a.path.join('\u0000').localeCompare(b.path.join('\u0000')));
}

/** The areas tab: country → province → municipality, managed by coordinators. */
export function AreasPanel() {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const areas = useAreas(org.orgId);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const list = treeOrder(areas.data?.areas ?? []);
  const formFor = (key: string) =>
    editing &&
    (editing.kind === 'rename' ? editing.area.id : (editing.parent?.id ?? 'root')) === key &&
    (editing.kind === 'rename' ? 'rename' : 'create');

  const form = editing ? (
    <AreaForm
      orgId={org.orgId}
      editing={editing}
      onCancel={() => setEditing(null)}
      onSaved={(area, created) => {
        setEditing(null);
        areas.reload();
        setNotice(t(created ? 'sites.areas.created' : 'sites.areas.saved', { name: area.name }));
      }}
    />
  ) : null;

  return (
    <div className="stack">
      <p className="muted flush">{t('sites.areas.lead')}</p>
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {error ? <Alert kind="error">{error}</Alert> : null}
      {can('area', 'create') && !editing ? (
        <div className="sites-toolbar">
          <Button
            onClick={() => {
              setEditing({ kind: 'create', level: 'country', parent: null });
              setNotice(null);
            }}
          >
            {t('sites.areas.newCountry')}
          </Button>
        </div>
      ) : null}
      {formFor('root') ? form : null}
      {areas.loading ? <Loading label={t('common.loading')} /> : null}
      {areas.error ? <Alert kind="error">{areas.error.message}</Alert> : null}
      {areas.data && list.length === 0 ? <p className="empty">{t('sites.areas.empty')}</p> : null}
      <ul className="items sites-tree">
        {list.map((area) => {
          const child = childLevelOf(area.level);
          return (
            <li key={area.id} className={`item item--wrap item--compact sites-tree__${area.level}`}>
              <div className="item__main">
                <p className="item__title">
                  {area.name}
                  <span className="badge">{t(`sites.levels.${area.level}`)}</span>
                </p>
              </div>
              {!editing ? (
                <div className="actions-list">
                  {child && can('area', 'create') ? (
                    <Button
                      variant="secondary"
                      aria-label={t(`sites.areas.addIn.${child}`, { name: area.name })}
                      onClick={() => {
                        setEditing({ kind: 'create', level: child, parent: area });
                        setNotice(null);
                      }}
                    >
                      {t(`sites.areas.add.${child}`)}
                    </Button>
                  ) : null}
                  {can('area', 'update') ? (
                    <Button
                      variant="secondary"
                      aria-label={t('sites.areas.renameTitle', { name: area.name })}
                      onClick={() => setEditing({ kind: 'rename', area })}
                    >
                      {t('sites.areas.rename')}
                    </Button>
                  ) : null}
                  {can('area', 'delete') ? (
                    <ConfirmAction
                      label={t('sites.areas.delete')}
                      question={t('sites.areas.deleteConfirm', { name: area.name })}
                      confirmLabel={t('sites.areas.deleteYes')}
                      cancelLabel={t('common.cancel')}
                      danger
                      onConfirm={async () => {
                        setError(null);
                        try {
                          await deleteArea(org.orgId, area.id);
                          areas.reload();
                          setNotice(t('sites.areas.deleted', { name: area.name }));
                        } catch (reason) {
                          setError(reason instanceof Error ? reason.message : t('common.unexpectedError'));
                        }
                      }}
                    />
                  ) : null}
                </div>
              ) : null}
              {formFor(area.id) ? form : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

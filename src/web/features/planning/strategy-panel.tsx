import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../domain/ids';
import {
  ObjectiveCreateInput,
  PLANNING_LIMITS,
  StrategyUpdateInput,
  type ObjectiveView,
  type StrategyView,
} from '../../../domain/planning.schemas';
import { useFormat } from '../../app/format';
import { validateWith } from '../../app/form-errors';
import { useCan, useOrg } from '../../app/org-context';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { TextAreaField, TextField } from '../../ui/field';
import { Loading } from '../../ui/page';
import { createObjective, updateObjective, updateStrategy, useStrategy } from './planning.resource';

/** Vision, mission and strategic objectives. */
export function StrategyPanel() {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const format = useFormat();
  const strategy = useStrategy(org.orgId);
  const canEdit = can('org_strategy', 'update');
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const data = strategy.data;
  const replaceObjective = (saved: ObjectiveView) =>
    strategy.setData(
      (current) =>
        current && {
          ...current,
          objectives: current.objectives.some((o) => o.id === saved.id)
            ? current.objectives.map((o) => (o.id === saved.id ? saved : o))
            : [...current.objectives, saved],
        },
    );

  async function toggle(objective: ObjectiveView) {
    setError(null);
    try {
      replaceObjective(await updateObjective(org.orgId, objective.id, { active: !objective.active }));
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : t('common.unexpectedError'));
    }
  }

  if (strategy.error) return <Alert kind="error">{strategy.error.message}</Alert>;
  if (!data) return <Loading label={t('common.loading')} />;
  const active = data.objectives.filter((o) => o.active);
  const inactive = data.objectives.filter((o) => !o.active);

  return (
    <div className="stack">
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {error ? <Alert kind="error">{error}</Alert> : null}
      {editing ? (
        <StrategyForm
          strategy={data}
          onSaved={(saved) => {
            strategy.setData(() => saved);
            setEditing(false);
            setNotice(t('planning.strategy.saved'));
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <section className="card planning-strategy" aria-labelledby="planning-vision">
          <h2 id="planning-vision">{t('planning.strategy.vision')}</h2>
          <p className="planning-strategy__text">{data.vision ?? t('planning.strategy.none')}</p>
          <h2>{t('planning.strategy.mission')}</h2>
          <p className="planning-strategy__text">{data.mission ?? t('planning.strategy.none')}</p>
          {data.updatedAt ? (
            <p className="small muted">
              {t('planning.strategy.updated', { date: format.date(data.updatedAt) })}
            </p>
          ) : null}
          {canEdit ? (
            <Button variant="secondary" onClick={() => setEditing(true)}>
              {t('planning.strategy.edit')}
            </Button>
          ) : null}
        </section>
      )}
      <div className="page__head">
        <h2>{t('planning.objectives.title')}</h2>
        {canEdit && !adding ? (
          <Button variant="secondary" onClick={() => setAdding(true)}>
            {t('planning.objectives.new')}
          </Button>
        ) : null}
      </div>
      {adding ? (
        <ObjectiveForm
          onSaved={(saved) => {
            replaceObjective(saved);
            setAdding(false);
            setNotice(t('planning.objectives.created', { title: saved.title }));
          }}
          onCancel={() => setAdding(false)}
        />
      ) : null}
      {data.objectives.length === 0 ? <p className="empty">{t('planning.objectives.empty')}</p> : null}
      <ol className="items planning-objectives">
        {[...active, ...inactive].map((objective) => (
          <li key={objective.id} className="item">
            <div className="item__main">
              <p className="item__title">
                {objective.title}
                {!objective.active ? (
                  <span className="badge">{t('planning.objectives.inactive')}</span>
                ) : null}
              </p>
              {objective.description ? <p className="item__text">{objective.description}</p> : null}
            </div>
            {canEdit ? (
              <Button variant="link" onClick={() => void toggle(objective)}>
                {objective.active ? t('planning.objectives.deactivate') : t('planning.objectives.activate')}
              </Button>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}

function StrategyForm({
  strategy,
  onSaved,
  onCancel,
}: {
  strategy: StrategyView;
  onSaved: (saved: StrategyView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const [vision, setVision] = useState(strategy.vision ?? '');
  const [mission, setMission] = useState(strategy.mission ?? '');
  const form = useForm(['vision', 'mission']);
  const onSubmit = form.handle(
    () =>
      validateWith(StrategyUpdateInput, {
        vision: vision.trim() ? vision : null,
        mission: mission.trim() ? mission : null,
      }),
    async (input) => onSaved(await updateStrategy(org.orgId, input)),
  );
  return (
    <form
      ref={form.ref}
      className="form card"
      onSubmit={onSubmit}
      noValidate
      aria-label={t('planning.strategy.edit')}
    >
      <h2 className="form__title">{t('planning.strategy.edit')}</h2>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <TextAreaField
        label={t('planning.strategy.vision')}
        hint={t('planning.strategy.visionHint')}
        name="vision"
        rows={3}
        maxLength={PLANNING_LIMITS.textMax}
        value={vision}
        onValue={setVision}
        error={form.fieldErrors.vision}
      />
      <TextAreaField
        label={t('planning.strategy.mission')}
        hint={t('planning.strategy.missionHint')}
        name="mission"
        rows={3}
        maxLength={PLANNING_LIMITS.textMax}
        value={mission}
        onValue={setMission}
        error={form.fieldErrors.mission}
      />
      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {t('common.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

function ObjectiveForm({
  onSaved,
  onCancel,
}: {
  onSaved: (saved: ObjectiveView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const [id] = useState(() => newId());
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const form = useForm(['title', 'description']);
  const onSubmit = form.handle(
    () =>
      validateWith(ObjectiveCreateInput, {
        id,
        title,
        description: description.trim() ? description : null,
      }),
    async (input) => onSaved(await createObjective(org.orgId, input)),
  );
  return (
    <form
      ref={form.ref}
      className="form card"
      onSubmit={onSubmit}
      noValidate
      aria-label={t('planning.objectives.new')}
    >
      <h3 className="form__title">{t('planning.objectives.new')}</h3>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <TextField
        label={t('planning.objectives.titleField')}
        name="title"
        required
        maxLength={PLANNING_LIMITS.titleMax}
        value={title}
        onValue={setTitle}
        error={form.fieldErrors.title}
      />
      <TextAreaField
        label={t('planning.objectives.descriptionField')}
        name="description"
        rows={2}
        maxLength={PLANNING_LIMITS.textMax}
        value={description}
        onValue={setDescription}
        error={form.fieldErrors.description}
      />
      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {t('planning.objectives.create')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

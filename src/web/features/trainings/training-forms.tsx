import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../domain/ids';
import {
  CourseCreateInput,
  SessionCreateInput,
  TRAINING_KINDS,
  type CourseView,
} from '../../../domain/trainings.schemas';
import { validateWith } from '../../app/form-errors';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { SelectField, TextAreaField, TextField } from '../../ui/field';
import { createCourse, createSession } from './trainings.resource';

export function CourseForm({
  orgId,
  onSaved,
  onCancel,
}: {
  orgId: string;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [id] = useState(() => newId());
  const [kind, setKind] = useState<string>('leadership');
  const [title, setTitle] = useState('');
  const form = useForm(['kind', 'title']);
  const onSubmit = form.handle(
    () => validateWith(CourseCreateInput, { id, kind, title }),
    async (input) => {
      await createCourse(orgId, input);
      onSaved();
    },
  );
  return (
    <form ref={form.ref} className="form card" onSubmit={onSubmit} noValidate>
      <h2 className="form__title">{t('trainings.newCourse')}</h2>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <SelectField
        label={t('trainings.kind')}
        name="kind"
        value={kind}
        onValue={setKind}
        options={TRAINING_KINDS.map((k) => ({ value: k, label: t(`trainings.kinds.${k}`) }))}
        error={form.fieldErrors.kind}
      />
      <TextField
        label={t('trainings.courseTitle')}
        name="title"
        value={title}
        onValue={setTitle}
        error={form.fieldErrors.title}
      />
      <div className="form__actions">
        <Button type="submit" disabled={form.busy}>
          {t('trainings.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('trainings.cancel')}
        </Button>
      </div>
    </form>
  );
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export function SessionForm({
  orgId,
  courses,
  onSaved,
  onCancel,
}: {
  orgId: string;
  courses: readonly CourseView[];
  onSaved: (sessionId: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [id] = useState(() => newId());
  const [courseId, setCourseId] = useState(courses[0]?.id ?? '');
  const [heldOn, setHeldOn] = useState(() => new Date().toISOString().slice(0, 10));
  const [startTime, setStartTime] = useState('');
  const [place, setPlace] = useState('');
  const [roles, setRoles] = useState('');
  const [links, setLinks] = useState('');
  const form = useForm(['courseId', 'heldOn', 'startTime', 'place', 'facilitatorRoles', 'materialLinks']);
  const onSubmit = form.handle(
    () =>
      validateWith(SessionCreateInput, {
        id,
        courseId,
        heldOn,
        startTime: startTime || null,
        place,
        facilitatorRoles: lines(roles),
        materialLinks: lines(links),
      }),
    async (input) => {
      await createSession(orgId, input);
      onSaved(id);
    },
  );
  return (
    <form ref={form.ref} className="form card" onSubmit={onSubmit} noValidate>
      <h2 className="form__title">{t('trainings.newSession')}</h2>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <SelectField
        label={t('trainings.course')}
        name="courseId"
        value={courseId}
        onValue={setCourseId}
        options={courses.map((c) => ({ value: c.id, label: c.title }))}
        error={form.fieldErrors.courseId}
      />
      <TextField
        label={t('trainings.heldOn')}
        type="date"
        name="heldOn"
        value={heldOn}
        onValue={setHeldOn}
        error={form.fieldErrors.heldOn}
      />
      <TextField
        label={t('trainings.startTime')}
        type="time"
        name="startTime"
        value={startTime}
        onValue={setStartTime}
        error={form.fieldErrors.startTime}
      />
      <TextField
        label={t('trainings.place')}
        hint={t('trainings.placeHint')}
        name="place"
        value={place}
        onValue={setPlace}
        error={form.fieldErrors.place}
      />
      <TextAreaField
        label={t('trainings.facilitatorRoles')}
        hint={t('trainings.facilitatorRolesHint')}
        name="facilitatorRoles"
        rows={2}
        value={roles}
        onValue={setRoles}
        error={form.fieldErrors.facilitatorRoles}
      />
      <TextAreaField
        label={t('trainings.materials')}
        hint={t('trainings.materialsHint')}
        name="materialLinks"
        rows={2}
        value={links}
        onValue={setLinks}
        error={form.fieldErrors.materialLinks}
      />
      <div className="form__actions">
        <Button type="submit" disabled={form.busy}>
          {t('trainings.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('trainings.cancel')}
        </Button>
      </div>
    </form>
  );
}

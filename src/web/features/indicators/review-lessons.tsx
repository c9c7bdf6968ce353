import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LessonCreateInput, type ReviewView } from '../../../domain/indicators.schemas';
import { newId } from '../../../domain/ids';
import { validateWith } from '../../app/form-errors';
import { useCan, useOrg } from '../../app/org-context';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { TextAreaField } from '../../ui/field';
import { addLesson } from './indicators.resource';
import { LessonItem } from './lesson-item';

/** Lessons learned in the month; coordinators add them (encrypted, searchable in the lessons tab). */
export function ReviewLessons({
  month,
  review,
  onChanged,
}: {
  month: string;
  review: ReviewView;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const [id, setId] = useState(() => newId());
  const [text, setText] = useState('');
  const form = useForm(['text']);
  const onSubmit = form.handle(
    () => validateWith(LessonCreateInput, { id, text }),
    async (input) => {
      await addLesson(org.orgId, month, input);
      setText('');
      setId(newId());
      onChanged();
    },
  );
  return (
    <section className="review-section" aria-labelledby="review-lessons-title">
      <h2 id="review-lessons-title" className="form__title">
        {t('indicators.lessons.title')}
      </h2>
      {review.lessons.length === 0 ? <p className="empty">{t('indicators.lessons.emptyMonth')}</p> : null}
      <ul className="items" aria-label={t('indicators.lessons.title')}>
        {review.lessons.map((lesson) => (
          <LessonItem key={lesson.id} lesson={lesson} />
        ))}
      </ul>
      {can('indicator_review', 'update') ? (
        <form
          ref={form.ref}
          className="form card"
          onSubmit={onSubmit}
          noValidate
          aria-label={t('indicators.lessons.add')}
        >
          {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
          <TextAreaField
            label={t('indicators.lessons.add')}
            hint={t('indicators.lessons.hint')}
            rows={3}
            value={text}
            onValue={setText}
            error={form.fieldErrors.text}
          />
          <div className="form__actions">
            <Button type="submit" busy={form.busy}>
              {t('indicators.lessons.save')}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { LessonView } from '../../../domain/indicators.schemas';
import { formatMonth } from './month';

export function LessonItem({ lesson }: { lesson: LessonView }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="card lesson">
      <p className="lesson__text">{lesson.text}</p>
      <p className="small muted">
        {t('indicators.lessons.meta', {
          month: formatMonth(lesson.month, i18n.language),
          author: lesson.authorName ?? '—',
        })}
      </p>
    </li>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { INDICATOR_LIMITS } from '../../../domain/indicators.schemas';
import { useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/field';
import { Loading } from '../../ui/page';
import { useLessonSearch } from './indicators.resource';
import { LessonItem } from './lesson-item';

/** Search every lesson learned by words (each search is an audited read on the server). */
export function LessonSearch() {
  const { t } = useTranslation();
  const org = useOrg();
  const [words, setWords] = useState('');
  const [query, setQuery] = useState<string | null>(null);
  const result = useLessonSearch(org.orgId, query);
  function search(event: FormEvent) {
    event.preventDefault();
    setQuery(words.trim());
  }
  return (
    <section aria-label={t('indicators.lessons.searchTitle')}>
      <form className="form card" role="search" onSubmit={search}>
        <TextField
          label={t('indicators.lessons.searchLabel')}
          hint={t('indicators.lessons.searchHint')}
          type="search"
          maxLength={INDICATOR_LIMITS.searchMax}
          value={words}
          onValue={setWords}
        />
        <div className="form__actions">
          <Button type="submit">{t('indicators.lessons.search')}</Button>
        </div>
      </form>
      {result.error ? <Alert kind="error">{result.error.message}</Alert> : null}
      {result.loading && !result.data ? <Loading label={t('common.loading')} /> : null}
      {result.data ? (
        <>
          <p role="status">{t('indicators.lessons.found', { count: result.data.lessons.length })}</p>
          <ul className="items" aria-label={t('indicators.lessons.results')}>
            {result.data.lessons.map((lesson) => (
              <LessonItem key={lesson.id} lesson={lesson} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

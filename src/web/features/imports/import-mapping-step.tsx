import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportJobView, ImportMapping, ImportPreview } from '../../../domain/imports.schemas';
import { getUicRecipe, type UicRecipeId } from '../../../domain/uic';
import { ApiError } from '../../app/api-client';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { SelectField } from '../../ui/field';
import { previewImport } from './imports.resource';

/** The label of a field: the recipe's question for an answer column, else the field's own. */
export function useFieldLabel(recipeId: string) {
  const { t } = useTranslation();
  const recipe = getUicRecipe(recipeId as UicRecipeId);
  return (field: string) => {
    if (field === 'uic.code') return t('imports.fields.uic.code');
    if (field.startsWith('uic.')) {
      const question = recipe.questions.find((q) => `uic.${q.id}` === field);
      return t('imports.fields.uicAnswer', { question: question ? t(question.labelKey) : field });
    }
    return t(`imports.fields.${field}`);
  };
}

/** Step 2: which column holds each field. The server checks every row with this mapping. */
export function ImportMappingStep({
  orgId,
  job,
  onCancel,
  onPreviewed,
}: {
  orgId: string;
  job: ImportJobView;
  onCancel: () => void;
  onPreviewed: (preview: ImportPreview) => void;
}) {
  const { t } = useTranslation();
  const label = useFieldLabel(job.recipeId);
  const [mapping, setMapping] = useState<ImportMapping>(job.mapping);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const recipe = getUicRecipe(job.recipeId as UicRecipeId);
  const columnOptions = useMemo(
    () => [
      { value: '', label: t('imports.map.none') },
      ...job.headers.map((header, index) => ({ value: String(index), label: header })),
    ],
    [job.headers, t],
  );
  const identityFields = job.fields.filter((field) => field.startsWith('uic.'));
  const otherFields = job.fields.filter((field) => !field.startsWith('uic.'));

  function choose(field: string, value: string) {
    setMapping((current) => {
      const next = { ...current };
      if (value === '') delete next[field];
      else next[field] = Number(value);
      return next;
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const identifies = Object.keys(mapping).some((field) => field.startsWith('uic.'));
    if (job.kind === 'members' && !identifies) return setError(t('imports.map.needIdentity'));
    if (job.kind === 'contacts' && mapping.contactedOn === undefined)
      return setError(t('imports.map.needField', { field: label('contactedOn') }));
    setBusy(true);
    try {
      onPreviewed(await previewImport(orgId, job.id, mapping));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  }

  const select = (field: string) => (
    <SelectField
      key={field}
      label={label(field)}
      value={mapping[field] === undefined ? '' : String(mapping[field])}
      onValue={(value) => choose(field, value)}
      options={columnOptions}
    />
  );

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby="import-map-title">
      <h2 className="form__title" id="import-map-title">
        {t('imports.steps.map')}
      </h2>
      <p className="muted flush">{t('imports.map.lead')}</p>
      <fieldset className="imports-group">
        <legend>{t('imports.map.identity')}</legend>
        <p className="field__hint">{t('imports.map.identityHint', { recipe: t(recipe.labelKey) })}</p>
        <div className="imports-grid">{identityFields.map(select)}</div>
      </fieldset>
      <fieldset className="imports-group">
        <legend>{job.kind === 'members' ? t('imports.map.attributes') : t('imports.map.contact')}</legend>
        <div className="imports-grid">{otherFields.map(select)}</div>
      </fieldset>
      {error ? <Alert kind="error">{error}</Alert> : null}
      <div className="form__actions">
        <Button type="submit" busy={busy}>
          {busy ? t('imports.map.checking') : t('imports.map.submit')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('imports.preview.cancel')}
        </Button>
      </div>
    </form>
  );
}

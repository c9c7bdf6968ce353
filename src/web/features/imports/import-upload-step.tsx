import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_LIMITS, type ImportJobView, type ImportKind } from '../../../domain/imports.schemas';
import { ApiError } from '../../app/api-client';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { RadioGroup } from '../../ui/field';
import { readFileBase64, uploadImport } from './imports.resource';

/** Step 1: what the file holds, and the file. Nothing is written to the registry. */
export function ImportUploadStep({
  orgId,
  onUploaded,
}: {
  orgId: string;
  onUploaded: (job: ImportJobView) => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ImportKind>('members');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!file) return setError(t('imports.file.missing'));
    if (!/\.(csv|xlsx)$/i.test(file.name)) return setError(t('imports.file.wrongType'));
    if (file.size > IMPORT_LIMITS.fileBytes) return setError(t('imports.file.tooLarge'));
    setBusy(true);
    try {
      onUploaded(await uploadImport(orgId, kind, file.name, await readFileBase64(file)));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : t('imports.file.wrongType'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby="import-upload-title">
      <h2 className="form__title" id="import-upload-title">
        {t('imports.steps.upload')}
      </h2>
      <RadioGroup
        legend={t('imports.kind.label')}
        name="import-kind"
        value={kind}
        onValue={(value) => setKind(value as ImportKind)}
        options={[
          { value: 'members', label: t('imports.kind.members') },
          { value: 'contacts', label: t('imports.kind.contacts') },
        ]}
      />
      <div className={error ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor="import-file">
          {t('imports.file.label')}
        </label>
        <p className="field__hint" id="import-file-hint">
          {t('imports.file.hint')}
        </p>
        <input
          id="import-file"
          className="field__input imports-file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby="import-file-hint"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
      {error ? <Alert kind="error">{error}</Alert> : null}
      <div className="form__actions">
        <Button type="submit" busy={busy}>
          {busy ? t('imports.uploading') : t('imports.upload')}
        </Button>
      </div>
    </form>
  );
}

import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceView } from '../../../domain/case-responses.schemas';
import {
  ALLOWED_FILE_TYPES,
  FILE_ACCEPT,
  FILE_LIMITS,
  type FileContentType,
} from '../../../domain/files.schemas';
import { newId } from '../../../domain/ids';
import { ApiError } from '../../app/api-client';
import { useCan } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/field';
import { Loading } from '../../ui/page';
import type { CaseSectionProps } from '../cases/case-detail-sections';
import {
  evidenceDownloadUrl,
  readFileAsBase64,
  uploadEvidence,
  useEvidence,
} from './case-responses.resource';
import { useResponseFormat } from './response-format';
import './case-responses.css';

function UploadForm({
  orgId,
  caseId,
  onSaved,
  onCancel,
}: CaseSectionProps & { onSaved: (saved: EvidenceView) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [id] = useState(() => newId());
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!file) return setError(t('evidence.errors.noFile'));
    if (!(ALLOWED_FILE_TYPES as readonly string[]).includes(file.type))
      return setError(t('evidence.errors.type'));
    if (file.size > FILE_LIMITS.fileBytes) return setError(t('evidence.errors.size'));
    setBusy(true);
    try {
      const saved = await uploadEvidence(orgId, caseId, {
        id,
        fileName: file.name.replace(/[/\\]/g, '_').slice(0, FILE_LIMITS.fileNameMax) || 'archivo',
        contentType: file.type as FileContentType,
        contentBase64: await readFileAsBase64(file),
        description: description.trim() || null,
      });
      onSaved(saved);
    } catch (failure) {
      setError(failure instanceof ApiError || failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form card case-responses__form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <p className="form__title">{t('evidence.upload')}</p>
      <p className="small muted">{t('evidence.privacy')}</p>
      {error ? <Alert kind="error">{error}</Alert> : null}
      <div className="field case-responses__file">
        <label className="field__label" htmlFor={`evidence-file-${id}`}>
          {t('evidence.file')}
        </label>
        <p className="field__hint" id={`evidence-file-hint-${id}`}>
          {t('evidence.fileHint')}
        </p>
        <input
          ref={fileInput}
          id={`evidence-file-${id}`}
          type="file"
          accept={FILE_ACCEPT}
          aria-describedby={`evidence-file-hint-${id}`}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
      <TextField
        label={t('evidence.description')}
        hint={t('evidence.descriptionHint')}
        value={description}
        onValue={setDescription}
        maxLength={1000}
      />
      <div className="form__actions">
        <Button type="submit" busy={busy}>
          {busy ? t('evidence.uploading') : t('evidence.send')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('caseResponses.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** Case page section: evidence files (photos, documents), uploaded from a phone, downloaded audited. */
export default function EvidenceSection({ orgId, caseId }: CaseSectionProps) {
  const { t } = useTranslation();
  const can = useCan();
  const format = useResponseFormat();
  const evidence = useEvidence(orgId, caseId);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const list = evidence.data?.evidence ?? [];

  return (
    <section className="card case-responses" aria-labelledby={`evidence-${caseId}`}>
      <div className="case-responses__head">
        <h2 id={`evidence-${caseId}`} className="form__title">
          {t('evidence.title')}
        </h2>
        {can('hr_evidence', 'create') && !adding && !evidence.error ? (
          <Button variant="secondary" onClick={() => setAdding(true)}>
            {t('evidence.upload')}
          </Button>
        ) : null}
      </div>
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {evidence.error ? <Alert kind="error">{evidence.error.message}</Alert> : null}
      {evidence.loading ? <Loading label={t('common.loading')} /> : null}
      {adding ? (
        <UploadForm
          orgId={orgId}
          caseId={caseId}
          onCancel={() => setAdding(false)}
          onSaved={(saved) => {
            setAdding(false);
            setNotice(saved.metadataRemoved ? t('evidence.savedStripped') : t('evidence.saved'));
            evidence.setData((data) => ({ evidence: [...(data?.evidence ?? []), saved] }));
          }}
        />
      ) : null}
      {evidence.data && list.length === 0 ? <p className="empty">{t('evidence.empty')}</p> : null}
      {list.length > 0 ? (
        <ul className="items">
          {list.map((file) => (
            <li key={file.id} className="item item--wrap case-responses__item">
              <div className="item__main">
                <p className="item__title">{file.fileName}</p>
                {file.description ? (
                  <p className="item__text case-responses__notes">{file.description}</p>
                ) : null}
                <dl className="item__meta">
                  <div>
                    <dt>{t('evidence.type')}</dt>
                    <dd>{t(`evidence.types.${file.contentType.replace('/', '_')}`)}</dd>
                  </div>
                  <div>
                    <dt>{t('evidence.size')}</dt>
                    <dd>{format.size(file.sizeBytes)}</dd>
                  </div>
                  <div>
                    <dt>{t('evidence.uploaded')}</dt>
                    <dd>
                      {format.day(file.createdAt)}
                      {file.uploadedByName ? ` · ${file.uploadedByName}` : ''}
                    </dd>
                  </div>
                  {file.metadataRemoved ? (
                    <div>
                      <dt>{t('evidence.metadata')}</dt>
                      <dd>{t('evidence.metadataRemoved')}</dd>
                    </div>
                  ) : null}
                </dl>
                <p className="small muted">
                  {t('evidence.sha256')}{' '}
                  <span className="case-responses__hash" title={file.sha256Original}>
                    {file.sha256Original.slice(0, 16)}…
                  </span>
                </p>
              </div>
              <a
                className="button button--secondary case-responses__download"
                href={evidenceDownloadUrl(orgId, caseId, file.id)}
                download
                aria-label={t('evidence.downloadFor', { name: file.fileName })}
              >
                {t('evidence.download')}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

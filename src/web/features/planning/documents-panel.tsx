import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FILE_ACCEPT, FILE_LIMITS, FileContentType } from '../../../domain/files.schemas';
import { newId } from '../../../domain/ids';
import {
  DOCUMENT_KINDS,
  DocumentCreateInput,
  PLANNING_LIMITS,
  type DocumentView,
} from '../../../domain/planning.schemas';
import { validateWith } from '../../app/form-errors';
import { useCan, useOrg } from '../../app/org-context';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { SelectField, TextField } from '../../ui/field';
import { Loading } from '../../ui/page';
import { readFileBase64 } from '../imports/imports.resource';
import { useDayFormat } from './day-format';
import {
  createDocument,
  documentFileUrl,
  updateDocument,
  uploadDocumentFile,
  useDocuments,
} from './planning.resource';

/** Reads a chosen file into an upload body, or explains why it cannot be sent. */
async function toUpload(file: File, tooLarge: string, wrongType: string) {
  if (file.size > FILE_LIMITS.fileBytes) throw new Error(tooLarge);
  const type = FileContentType.safeParse(file.type);
  if (!type.success) throw new Error(wrongType);
  return { fileName: file.name, contentType: type.data, contentBase64: await readFileBase64(file) };
}

/** Registration documents: expiry state first (expired, then soonest), scans kept encrypted. */
export function DocumentsPanel() {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const documents = useDocuments(org.orgId);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  function replace(saved: DocumentView) {
    documents.setData(
      (current) =>
        current && {
          ...current,
          documents: current.documents.some((d) => d.id === saved.id)
            ? current.documents.map((d) => (d.id === saved.id ? saved : d))
            : [...current.documents, saved],
        },
    );
  }

  const order = { expired: 0, expiring: 1, valid: 2, none: 3 } as const;
  const list = [...(documents.data?.documents ?? [])].sort(
    (a, b) => order[a.expiry] - order[b.expiry] || (a.daysLeft ?? 0) - (b.daysLeft ?? 0),
  );

  return (
    <div className="stack">
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      <div className="page__head">
        <p className="muted">{t('planning.documents.lead')}</p>
        {can('org_document', 'create') && !adding ? (
          <Button onClick={() => setAdding(true)}>{t('planning.documents.new')}</Button>
        ) : null}
      </div>
      {adding ? (
        <DocumentForm
          onSaved={(saved) => {
            replace(saved);
            setAdding(false);
            setNotice(t('planning.documents.created', { title: saved.title }));
          }}
          onCancel={() => setAdding(false)}
        />
      ) : null}
      {documents.error ? <Alert kind="error">{documents.error.message}</Alert> : null}
      {documents.loading && !documents.data ? <Loading label={t('common.loading')} /> : null}
      {documents.data && list.length === 0 ? <p className="empty">{t('planning.documents.empty')}</p> : null}
      <ul className="items">
        {list.map((document) => (
          <DocumentItem key={document.id} document={document} onChanged={replace} />
        ))}
      </ul>
    </div>
  );
}

function ExpiryBadge({ document }: { document: DocumentView }) {
  const { t } = useTranslation();
  if (document.expiry === 'expired')
    return <span className="badge badge--warn">{t('planning.documents.badge.expired')}</span>;
  if (document.expiry === 'expiring')
    return <span className="badge badge--warn">{t('planning.documents.badge.expiring')}</span>;
  if (document.expiry === 'valid')
    return <span className="badge badge--ok">{t('planning.documents.badge.valid')}</span>;
  return null;
}

function expiryText(
  t: (key: string, options?: Record<string, unknown>) => string,
  day: (d: string) => string,
  document: DocumentView,
) {
  if (!document.expiresOn) return t('planning.documents.expiry.none');
  const date = day(document.expiresOn);
  if (document.expiry === 'expired') return t('planning.documents.expiry.expired', { date });
  if (document.expiry === 'expiring')
    return t('planning.documents.expiry.expiring', { date, days: document.daysLeft ?? 0 });
  return t('planning.documents.expiry.valid', { date });
}

function DocumentItem({
  document,
  onChanged,
}: {
  document: DocumentView;
  onChanged: (d: DocumentView) => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const day = useDayFormat();
  const canUpdate = can('org_document', 'update');
  const [renewing, setRenewing] = useState(false);
  const [expiresOn, setExpiresOn] = useState(document.expiresOn ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const titleId = `document-${document.id}-title`;

  async function renew() {
    setBusy(true);
    setError(null);
    try {
      onChanged(await updateDocument(org.orgId, document.id, { expiresOn: expiresOn || null }));
      setRenewing(false);
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : t('common.unexpectedError'));
    } finally {
      setBusy(false);
    }
  }

  async function upload(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const body = await toUpload(file, t('planning.documents.tooLarge'), t('planning.documents.wrongType'));
      onChanged(await uploadDocumentFile(org.orgId, document.id, body));
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : t('common.unexpectedError'));
    } finally {
      setBusy(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  }

  return (
    <li className="item item--wrap" aria-labelledby={titleId}>
      <div className="item__main">
        <p className="item__title" id={titleId}>
          {document.title}
          <ExpiryBadge document={document} />
        </p>
        <p className="item__text">
          {t(`planning.documents.kinds.${document.kind}`)} ·{' '}
          {t('planning.documents.issued', { date: day(document.issuedOn) })}
        </p>
        <p
          className={
            document.expiry === 'expired' || document.expiry === 'expiring'
              ? 'planning-expiry--warn'
              : 'item__text'
          }
        >
          {expiryText(t, day, document)}
        </p>
        {error ? <Alert kind="error">{error}</Alert> : null}
      </div>
      <div className="planning-doc__actions">
        {document.hasFile && can('org_document', 'read') ? (
          <a className="button button--secondary" href={documentFileUrl(org.orgId, document.id)} download>
            {t('planning.documents.download')}
          </a>
        ) : null}
        {canUpdate ? (
          <>
            <label className="button button--secondary planning-doc__upload">
              {document.hasFile ? t('planning.documents.replace') : t('planning.documents.upload')}
              <input
                ref={fileInput}
                type="file"
                accept={FILE_ACCEPT}
                className="visually-hidden"
                disabled={busy}
                onChange={(event) => void upload(event.target.files?.[0])}
              />
            </label>
            <Button variant="secondary" onClick={() => setRenewing(!renewing)} aria-expanded={renewing}>
              {t('planning.documents.renew')}
            </Button>
          </>
        ) : null}
      </div>
      {renewing ? (
        <div className="card planning-doc__renew">
          <TextField
            label={t('planning.documents.renewLabel', { title: document.title })}
            hint={t('planning.documents.expiresHint')}
            type="date"
            value={expiresOn}
            onValue={setExpiresOn}
          />
          <div className="form__actions">
            <Button busy={busy} onClick={() => void renew()}>
              {t('common.save')}
            </Button>
            <Button variant="secondary" onClick={() => setRenewing(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </div>
      ) : null}
    </li>
  );
}

function DocumentForm({
  onSaved,
  onCancel,
}: {
  onSaved: (saved: DocumentView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const [id] = useState(() => newId());
  const [kind, setKind] = useState<string>('statutes');
  const [title, setTitle] = useState('');
  const [issuedOn, setIssuedOn] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const form = useForm([
    'kind',
    'title',
    'issuedOn',
    'expiresOn',
    'fileName',
    'contentType',
    'contentBase64',
  ]);
  const onSubmit = form.handle(
    () => validateWith(DocumentCreateInput, { id, kind, title, issuedOn, expiresOn: expiresOn || null }),
    async (input) => {
      const upload = file
        ? await toUpload(file, t('planning.documents.tooLarge'), t('planning.documents.wrongType'))
        : null;
      let saved = await createDocument(org.orgId, input);
      if (upload) saved = await uploadDocumentFile(org.orgId, saved.id, upload);
      onSaved(saved);
    },
  );
  return (
    <form
      ref={form.ref}
      className="form card"
      onSubmit={onSubmit}
      noValidate
      aria-label={t('planning.documents.new')}
    >
      <h2 className="form__title">{t('planning.documents.new')}</h2>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <SelectField
        label={t('planning.documents.kind')}
        name="kind"
        value={kind}
        onValue={setKind}
        options={DOCUMENT_KINDS.map((value) => ({ value, label: t(`planning.documents.kinds.${value}`) }))}
        error={form.fieldErrors.kind}
      />
      <TextField
        label={t('planning.documents.titleField')}
        name="title"
        required
        maxLength={PLANNING_LIMITS.titleMax}
        value={title}
        onValue={setTitle}
        error={form.fieldErrors.title}
      />
      <div className="planning-dates">
        <TextField
          label={t('planning.documents.issuedOn')}
          name="issuedOn"
          type="date"
          required
          value={issuedOn}
          onValue={setIssuedOn}
          error={form.fieldErrors.issuedOn}
        />
        <TextField
          label={t('planning.documents.expiresOn')}
          hint={t('planning.documents.expiresHint')}
          name="expiresOn"
          type="date"
          value={expiresOn}
          onValue={setExpiresOn}
          error={form.fieldErrors.expiresOn}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`document-file-${id}`}>
          {t('planning.documents.file')}
        </label>
        <p className="field__hint">{t('planning.documents.fileHint')}</p>
        <input
          id={`document-file-${id}`}
          type="file"
          accept={FILE_ACCEPT}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
        {form.fieldErrors.contentBase64 || form.fieldErrors.contentType ? (
          <p className="field__error">{form.fieldErrors.contentBase64 ?? form.fieldErrors.contentType}</p>
        ) : null}
      </div>
      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {t('planning.documents.create')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

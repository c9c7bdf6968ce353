import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ActTypeKey, type ActTypeView } from '../../../domain/cases.schemas';
import { ApiError } from '../../app/api-client';
import { useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Checkbox, TextField } from '../../ui/field';
import { Loading, Page } from '../../ui/page';
import { saveActTypes, useActTypes } from './cases.resource';

type Row = Omit<ActTypeView, 'position'>;

/** "Detención en redada" → "detencion_en_redada": a stable key from the Spanish label. */
function keyFrom(label: string): string {
  const key = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
  return /^[a-z]/.test(key) ? key : `tipo_${key}`;
}

function Editor({ initial }: { initial: readonly ActTypeView[] }) {
  const { t } = useTranslation();
  const org = useOrg();
  const [rows, setRows] = useState<Row[]>(() => initial.map(({ position: _position, ...row }) => row));
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const update = (at: number, patch: Partial<Row>) =>
    setRows((current) => current.map((row, i) => (i === at ? { ...row, ...patch } : row)));
  const [known, setKnown] = useState(() => new Set(initial.map((type) => type.key)));
  const fresh = new Set(rows.map((row) => row.key).filter((key) => !known.has(key)));
  async function save() {
    setBusy(true);
    setMessage(null);
    try {
      const saved = await saveActTypes(org.orgId, {
        actTypes: rows.map((row) => ({
          key: fresh.has(row.key) ? keyFrom(row.labels.es) : row.key,
          labels: row.labels,
          active: row.active,
        })),
      });
      setRows(saved.actTypes.map(({ position: _position, ...row }) => row));
      setKnown(new Set(saved.actTypes.map((type) => type.key)));
      setMessage({ kind: 'success', text: t('cases.actTypes.saved') });
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof ApiError ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  }
  const invalid = rows.some(
    (row) =>
      !row.labels.es.trim() ||
      !row.labels['pt-BR'].trim() ||
      !row.labels.en.trim() ||
      (fresh.has(row.key) && !ActTypeKey.safeParse(keyFrom(row.labels.es)).success),
  );
  return (
    <div className="stack">
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
      {rows.map((row, i) => (
        <fieldset key={row.key} className="card case-wizard__item">
          <legend className="case-wizard__item-title">{row.labels.es || t('cases.actTypes.newType')}</legend>
          <TextField
            label={t('cases.actTypes.labelEs')}
            value={row.labels.es}
            lang="es"
            onValue={(es) => update(i, { labels: { ...row.labels, es } })}
          />
          <TextField
            label={t('cases.actTypes.labelPt')}
            value={row.labels['pt-BR']}
            lang="pt-BR"
            onValue={(pt) => update(i, { labels: { ...row.labels, 'pt-BR': pt } })}
          />
          <TextField
            label={t('cases.actTypes.labelEn')}
            value={row.labels.en}
            lang="en"
            onValue={(en) => update(i, { labels: { ...row.labels, en } })}
          />
          <Checkbox
            label={t('cases.actTypes.active')}
            checked={row.active}
            onChecked={(active) => update(i, { active })}
          />
        </fieldset>
      ))}
      <div className="form__actions">
        <Button
          variant="secondary"
          onClick={() =>
            setRows((current) => [
              ...current,
              { key: `nuevo-${current.length}`, labels: { es: '', 'pt-BR': '', en: '' }, active: true },
            ])
          }
        >
          {t('cases.actTypes.add')}
        </Button>
        <Button busy={busy} disabled={invalid} onClick={() => void save()}>
          {t('cases.actTypes.save')}
        </Button>
      </div>
    </div>
  );
}

/** The organization's list of act types (DOMAIN §4 starter list, adapted by the organization). */
export function CaseActTypes() {
  const { t } = useTranslation();
  const org = useOrg();
  const types = useActTypes(org.orgId);
  return (
    <Page
      title={t('cases.actTypes.title')}
      lead={t('cases.actTypes.lead')}
      actions={
        <Link href="/" className="button button--secondary">
          {t('cases.detail.back')}
        </Link>
      }
      narrow
    >
      {types.error ? <Alert kind="error">{types.error.message}</Alert> : null}
      {types.data ? <Editor initial={types.data.actTypes} /> : <Loading label={t('common.loading')} />}
    </Page>
  );
}

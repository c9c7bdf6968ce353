import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  CoverageExportSettingsInput,
  type CoverageExportSettingsView,
} from '../../../domain/coverage-exports.schemas';
import {
  DEFAULT_INDICATOR_LABELS,
  INDICATOR_CODES,
  type IndicatorCode,
} from '../../../domain/coverage-exports/indicators';
import { LOCALES, type Locale } from '../../../domain/locales';
import type { SiteList } from '../../../domain/sites.schemas';
import { describeApiError, type FieldErrors, validateWith } from '../../app/form-errors';
import { useCan, useOrg } from '../../app/org-context';
import { useApiData } from '../../app/use-api-data';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { TextAreaField, TextField } from '../../ui/field';
import { Loading, Page } from '../../ui/page';
import { saveExportSettings, useExportSettings } from './coverage-dashboard.resource';

type Wording = Record<Locale, string>;
interface FormState {
  labels: Record<IndicatorCode, Wording>;
  dataSet: string;
  elements: Record<IndicatorCode, { dataElement: string; categoryOptionCombo: string }>;
  /** Org unit by site id; '' = the organization. */
  units: Record<string, string>;
}

function formOf(view: CoverageExportSettingsView): FormState {
  const element = (code: IndicatorCode) => view.dataElements.find((d) => d.indicator === code);
  return {
    labels: Object.fromEntries(view.labels.map((l) => [l.indicator, { ...l.labels }])) as FormState['labels'],
    dataSet: view.dataSet ?? '',
    elements: Object.fromEntries(
      INDICATOR_CODES.map((code) => [
        code,
        {
          dataElement: element(code)?.dataElement ?? '',
          categoryOptionCombo: element(code)?.categoryOptionCombo ?? '',
        },
      ]),
    ) as FormState['elements'],
    units: Object.fromEntries(view.orgUnits.map((o) => [o.siteId ?? '', o.orgUnit])),
  };
}

/** Only changed wording is stored (a default stays a default); empty mapping rows are left out. */
function inputOf(form: FormState, siteIds: readonly string[]) {
  const same = (a: Wording, b: Wording) => LOCALES.every((l) => a[l].trim() === b[l]);
  return {
    labels: INDICATOR_CODES.filter((code) => !same(form.labels[code], DEFAULT_INDICATOR_LABELS[code])).map(
      (code) => ({
        indicator: code,
        labels: form.labels[code],
      }),
    ),
    dataSet: form.dataSet.trim() || null,
    dataElements: INDICATOR_CODES.filter((code) => form.elements[code].dataElement.trim()).map((code) => ({
      indicator: code,
      dataElement: form.elements[code].dataElement.trim(),
      categoryOptionCombo: form.elements[code].categoryOptionCombo.trim() || null,
    })),
    orgUnits: ['', ...siteIds]
      .filter((id) => form.units[id]?.trim())
      .map((id) => ({ siteId: id || null, orgUnit: form.units[id]!.trim() })),
  };
}

/** Indicator wording per language and the DHIS2 mapping (coordinators and administrators change it). */
export function ExportSettingsPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const settings = useExportSettings(org.orgId);
  const sites = useApiData<SiteList>(can('site', 'list') ? `/api/orgs/${org.orgId}/sites` : null);
  const [form, setForm] = useState<FormState | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const editable = can('coverage_export_settings', 'configure');
  useEffect(() => {
    if (settings.data) setForm(formOf(settings.data));
  }, [settings.data]);
  const siteList = sites.data?.sites ?? [];

  const submit = async () => {
    if (!form) return;
    setSaved(false);
    const input = inputOf(
      form,
      siteList.map((s) => s.id),
    );
    const checked = validateWith(CoverageExportSettingsInput, input);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    setBusy(true);
    try {
      const view = await saveExportSettings(org.orgId, checked.data);
      settings.setData(() => view);
      setSaved(true);
    } catch (error) {
      const described = describeApiError(error, []);
      setFormError(described.formError);
    } finally {
      setBusy(false);
    }
  };
  const set = (update: (f: FormState) => void) =>
    setForm((f) => {
      if (!f) return f;
      const next = structuredClone(f);
      update(next);
      return next;
    });
  const err = (path: string) => errors[path];
  const elementIndex = (code: IndicatorCode) =>
    form ? inputOf(form, []).dataElements.findIndex((d) => d.indicator === code) : -1;
  const labelIndex = (code: IndicatorCode) =>
    form ? inputOf(form, []).labels.findIndex((l) => l.indicator === code) : -1;
  return (
    <Page
      title={t('coverageDashboard.settings.title')}
      lead={t('coverageDashboard.settings.intro')}
      actions={
        <Link href="/" className="button button--secondary">
          {t('coverageDashboard.settings.back')}
        </Link>
      }
    >
      {settings.loading ? <Loading label={t('common.loading')} /> : null}
      {settings.error ? <Alert kind="error">{settings.error.message}</Alert> : null}
      {form ? (
        <form
          className="coverage-settings"
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <fieldset className="card" disabled={!editable}>
            <legend>{t('coverageDashboard.settings.labels')}</legend>
            {INDICATOR_CODES.map((code) => (
              <div key={code} className="coverage-settings__indicator">
                <h3>{code}</h3>
                {LOCALES.map((locale) => (
                  <TextAreaField
                    rows={2}
                    maxLength={300}
                    key={locale}
                    label={t(`coverageDashboard.settings.language.${locale}`)}
                    name={`label-${code}-${locale}`}
                    value={form.labels[code][locale]}
                    error={err(`labels.${labelIndex(code)}.labels.${locale}`)}
                    onValue={(v) => set((f) => void (f.labels[code][locale] = v))}
                  />
                ))}
              </div>
            ))}
          </fieldset>
          <fieldset className="card" disabled={!editable}>
            <legend>{t('coverageDashboard.settings.dhis2')}</legend>
            <p className="muted flush">{t('coverageDashboard.settings.uidHint')}</p>
            <TextField
              label={t('coverageDashboard.settings.dataSet')}
              name="dataSet"
              value={form.dataSet}
              error={err('dataSet')}
              onValue={(v) => set((f) => void (f.dataSet = v))}
            />
            {INDICATOR_CODES.map((code) => (
              <div key={code} className="coverage-settings__pair">
                <TextField
                  label={t('coverageDashboard.settings.dataElement', { code })}
                  name={`de-${code}`}
                  value={form.elements[code].dataElement}
                  error={err(`dataElements.${elementIndex(code)}.dataElement`)}
                  onValue={(v) => set((f) => void (f.elements[code].dataElement = v))}
                />
                <TextField
                  label={t('coverageDashboard.settings.coc', { code })}
                  name={`coc-${code}`}
                  value={form.elements[code].categoryOptionCombo}
                  error={err(`dataElements.${elementIndex(code)}.categoryOptionCombo`)}
                  onValue={(v) => set((f) => void (f.elements[code].categoryOptionCombo = v))}
                />
              </div>
            ))}
            <h3>{t('coverageDashboard.settings.orgUnits')}</h3>
            {[{ id: '', name: org.orgName }, ...siteList].map((site) => (
              <TextField
                key={site.id || 'org'}
                label={site.id ? site.name : t('coverageDashboard.settings.orgUnitOrg', { name: site.name })}
                name={`ou-${site.id || 'org'}`}
                value={form.units[site.id] ?? ''}
                onValue={(v) => set((f) => void (f.units[site.id] = v))}
              />
            ))}
            {Object.keys(errors).some((k) => k.startsWith('orgUnits')) ? (
              <Alert kind="error">{t('coverageDashboard.settings.orgUnitError')}</Alert>
            ) : null}
          </fieldset>
          {formError ? <Alert kind="error">{formError}</Alert> : null}
          {saved ? <Alert kind="success">{t('coverageDashboard.settings.saved')}</Alert> : null}
          {editable ? (
            <Button type="submit" busy={busy}>
              {t('coverageDashboard.settings.save')}
            </Button>
          ) : null}
        </form>
      ) : null}
    </Page>
  );
}

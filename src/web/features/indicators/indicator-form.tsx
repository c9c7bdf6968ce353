import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REFERRAL_SERVICES } from '../../../domain/contacts.schemas';
import type { IndicatorFilterValues } from '../../../domain/indicator-filters';
import {
  IndicatorCreateInput,
  INDICATOR_KINDS,
  type IndicatorSourceList,
  type IndicatorView,
} from '../../../domain/indicators.schemas';
import { newId } from '../../../domain/ids';
import { WORK_SETTINGS } from '../../../domain/members.schemas';
import { validateWith } from '../../app/form-errors';
import { useOrg } from '../../app/org-context';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { RadioGroup, SelectField, TextField } from '../../ui/field';
import { createIndicator, useLocalGroups, useSites } from './indicators.resource';

type Source = IndicatorSourceList['sources'][number];
type Option = { value: string; label: string };

/** The filters a source accepts, each as a list to pick from (empty = every record). */
function FilterFields({
  source,
  value,
  onValue,
  prefix,
}: {
  source: Source | undefined;
  value: IndicatorFilterValues;
  onValue: (next: IndicatorFilterValues) => void;
  prefix: string;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const keys = source?.filterKeys ?? [];
  const sites = useSites(org.orgId, keys.includes('siteId'));
  const groups = useLocalGroups(org.orgId, keys.includes('localGroupId'));
  const optionsOf = (key: string): Option[] => {
    switch (key) {
      case 'siteId':
        return (sites.data?.sites ?? []).map((site) => ({ value: site.id, label: site.name }));
      case 'localGroupId':
        return (groups.data?.localGroups ?? []).map((group) => ({ value: group.id, label: group.name }));
      case 'service':
        return REFERRAL_SERVICES.map((service) => ({
          value: service,
          label: t(`contacts.services.${service}`),
        }));
      case 'workSetting':
        return WORK_SETTINGS.map((setting) => ({
          value: setting,
          label: t(`members.workSettings.${setting}`),
        }));
      default:
        return [];
    }
  };
  return (
    <>
      {keys.map((key) => (
        <SelectField
          key={`${prefix}-${key}`}
          label={`${t(`indicators.filters.${key}`)} (${t('indicators.setup.optional')})`}
          value={(value as Record<string, string | undefined>)[key] ?? ''}
          onValue={(next) => onValue({ ...value, [key]: next || undefined })}
          options={[{ value: '', label: t('indicators.setup.anyValue') }, ...optionsOf(key)]}
        />
      ))}
    </>
  );
}

/** Define an indicator: a count of one source or a ratio of two, each with its filters. */
export function IndicatorForm({
  sources,
  onSaved,
  onCancel,
}: {
  sources: Source[];
  onSaved: (saved: IndicatorView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const [id] = useState(() => newId());
  const [name, setName] = useState('');
  const [kind, setKind] = useState<string>('count');
  const [sourceKey, setSourceKey] = useState('');
  const [filters, setFilters] = useState<IndicatorFilterValues>({});
  const [denominatorSourceKey, setDenominator] = useState('');
  const [denominatorFilters, setDenominatorFilters] = useState<IndicatorFilterValues>({});
  const form = useForm([
    'name',
    'kind',
    'sourceKey',
    'filters',
    'denominatorSourceKey',
    'denominatorFilters',
  ]);
  const sourceOptions: Option[] = [
    { value: '', label: t('indicators.setup.pickSource') },
    ...sources.map((source) => ({ value: source.key, label: t(source.labelKey) })),
  ];
  const onSubmit = form.handle(
    () =>
      validateWith(IndicatorCreateInput, {
        id,
        name,
        kind,
        sourceKey,
        filters,
        ...(kind === 'ratio' ? { denominatorSourceKey, denominatorFilters } : {}),
      }),
    async (input) => onSaved(await createIndicator(org.orgId, input)),
  );
  return (
    <form
      ref={form.ref}
      className="form card"
      onSubmit={onSubmit}
      noValidate
      aria-label={t('indicators.setup.new')}
    >
      <h2 className="form__title">{t('indicators.setup.new')}</h2>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <TextField
        label={t('indicators.setup.name')}
        required
        value={name}
        onValue={setName}
        error={form.fieldErrors.name}
      />
      <RadioGroup
        legend={t('indicators.setup.kind')}
        name="kind"
        value={kind}
        onValue={setKind}
        options={INDICATOR_KINDS.map((value) => ({ value, label: t(`indicators.setup.kinds.${value}`) }))}
        error={form.fieldErrors.kind}
      />
      <SelectField
        label={kind === 'ratio' ? t('indicators.setup.numerator') : t('indicators.setup.source')}
        required
        value={sourceKey}
        onValue={(next) => {
          setSourceKey(next);
          setFilters({});
        }}
        options={sourceOptions}
        error={form.fieldErrors.sourceKey ?? form.fieldErrors.filters}
      />
      <FilterFields
        prefix="numerator"
        source={sources.find((source) => source.key === sourceKey)}
        value={filters}
        onValue={setFilters}
      />
      {kind === 'ratio' ? (
        <>
          <SelectField
            label={t('indicators.setup.denominator')}
            required
            value={denominatorSourceKey}
            onValue={(next) => {
              setDenominator(next);
              setDenominatorFilters({});
            }}
            options={sourceOptions}
            error={form.fieldErrors.denominatorSourceKey ?? form.fieldErrors.denominatorFilters}
          />
          <FilterFields
            prefix="denominator"
            source={sources.find((source) => source.key === denominatorSourceKey)}
            value={denominatorFilters}
            onValue={setDenominatorFilters}
          />
        </>
      ) : null}
      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {t('indicators.setup.create')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CAPACITY_LEVELS, type CapacityLevel } from '../../../domain/capacity/framework';
import {
  CAPACITY_TEXT_MAX,
  CapacityItemCreateInput,
  CapacityItemUpdateInput,
  type CapacityDomainView,
  type CapacityFrameworkView,
  type CapacityItemView,
} from '../../../domain/capacity-framework.schemas';
import { newId } from '../../../domain/ids';
import { LOCALES, type Locale } from '../../../domain/locales';
import { validateWith } from '../../app/form-errors';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { TextAreaField } from '../../ui/field';
import { addFrameworkItem, localized, updateFrameworkItem } from './capacity-framework.resource';

type Texts = Record<Locale, { statement: string; levels: Record<CapacityLevel, string> }>;

const LANGUAGE_KEY: Record<Locale, string> = { es: 'languageEs', 'pt-BR': 'languagePt', en: 'languageEn' };

function initialTexts(item: CapacityItemView | undefined): Texts {
  const texts = {} as Texts;
  for (const locale of LOCALES) {
    texts[locale] = {
      statement: item?.statement[locale] ?? '',
      levels: { '1': '', '2': '', '3': '', '4': '' },
    };
    for (const level of CAPACITY_LEVELS) texts[locale].levels[level] = item?.levels[level][locale] ?? '';
  }
  return texts;
}

interface FrameworkItemFormProps {
  orgId: string;
  frameworkId: string;
  domain: CapacityDomainView;
  /** The organization's item to reword; absent to add one. */
  item?: CapacityItemView;
  onSaved: (framework: CapacityFrameworkView) => void;
  onCancel: () => void;
}

/**
 * Adds or rewords an organization item: the statement and the four levels in the interface language,
 * translations optional (left blank, they take the same text). On a frozen version the server answers
 * the new version.
 */
export function FrameworkItemForm({
  orgId,
  frameworkId,
  domain,
  item,
  onSaved,
  onCancel,
}: FrameworkItemFormProps) {
  const { t, i18n } = useTranslation();
  const primary = (LOCALES as readonly string[]).includes(i18n.language) ? (i18n.language as Locale) : 'es';
  const others = LOCALES.filter((l) => l !== primary);
  const [id] = useState(() => newId());
  const [original] = useState(() => initialTexts(item));
  const [texts, setTexts] = useState<Texts>(original);
  const fieldPaths = ['statement', ...CAPACITY_LEVELS.map((l) => `levels.${l}`)];
  const form = useForm(fieldPaths);
  const domainLabel = localized(domain.labels, i18n.language);

  const setText = (locale: Locale, field: 'statement' | CapacityLevel, value: string) =>
    setTexts((current) => {
      const next = structuredClone(current);
      if (field === 'statement') next[locale].statement = value;
      else next[locale].levels[field] = value;
      return next;
    });

  /** A translation still holding the copy of the primary text it was filled with is sent blank, so it follows the new wording. */
  const valueFor = (locale: Locale, field: 'statement' | CapacityLevel): string | undefined => {
    const read = (x: Texts, l: Locale) => (field === 'statement' ? x[l].statement : x[l].levels[field]);
    const value = read(texts, locale).trim();
    if (locale !== primary && item && value === read(original, primary).trim()) return undefined;
    return value === '' ? undefined : value;
  };
  const localizedInput = (field: 'statement' | CapacityLevel) =>
    Object.fromEntries(
      LOCALES.flatMap((l) => (valueFor(l, field) === undefined ? [] : [[l, valueFor(l, field)]])),
    );

  const onSubmit = form.handle(
    () => {
      const statement = localizedInput('statement');
      const levels = Object.fromEntries(CAPACITY_LEVELS.map((l) => [l, localizedInput(l)]));
      return item
        ? validateWith(CapacityItemUpdateInput, { statement, levels })
        : validateWith(CapacityItemCreateInput, { id, domainKey: domain.key, statement, levels });
    },
    async (input) => {
      const framework = item
        ? await updateFrameworkItem(orgId, frameworkId, item.key, input)
        : (await addFrameworkItem(orgId, frameworkId, input as CapacityItemCreateInput)).framework;
      onSaved(framework);
    },
  );

  const title = item
    ? t('capacityFramework.formTitleEdit')
    : t('capacityFramework.formTitleNew', { domain: domainLabel });
  const fieldError = (path: string) => form.fieldErrors[path];

  return (
    <form ref={form.ref} className="form card cf-form" onSubmit={onSubmit} noValidate aria-label={title}>
      <h3 className="form__title">{title}</h3>
      <p className="muted small">{t('capacityFramework.formHint')}</p>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <TextAreaField
        label={t('capacityFramework.statement')}
        hint={t('capacityFramework.statementHint')}
        name={`statement-${primary}`}
        rows={3}
        maxLength={CAPACITY_TEXT_MAX}
        value={texts[primary].statement}
        onValue={(v) => setText(primary, 'statement', v)}
        error={fieldError('statement') ?? fieldError(`statement.${primary}`)}
      />
      {CAPACITY_LEVELS.map((level) => (
        <TextAreaField
          key={level}
          label={t(`capacityFramework.level${level}`)}
          name={`level-${level}-${primary}`}
          rows={2}
          maxLength={CAPACITY_TEXT_MAX}
          value={texts[primary].levels[level]}
          onValue={(v) => setText(primary, level, v)}
          error={fieldError(`levels.${level}`) ?? fieldError(`levels.${level}.${primary}`)}
        />
      ))}
      <details className="cf-translations">
        <summary>{t('capacityFramework.translations')}</summary>
        {others.map((locale) => {
          const language = t(`capacityFramework.${LANGUAGE_KEY[locale]}`);
          return (
            <fieldset key={locale} className="fieldset" lang={locale}>
              <legend>{language}</legend>
              <TextAreaField
                label={t('capacityFramework.inLanguage', {
                  field: t('capacityFramework.statement'),
                  language,
                })}
                name={`statement-${locale}`}
                rows={2}
                maxLength={CAPACITY_TEXT_MAX}
                value={texts[locale].statement}
                onValue={(v) => setText(locale, 'statement', v)}
                error={fieldError(`statement.${locale}`)}
              />
              {CAPACITY_LEVELS.map((level) => (
                <TextAreaField
                  key={level}
                  label={t('capacityFramework.inLanguage', {
                    field: t(`capacityFramework.level${level}`),
                    language,
                  })}
                  name={`level-${level}-${locale}`}
                  rows={2}
                  maxLength={CAPACITY_TEXT_MAX}
                  value={texts[locale].levels[level]}
                  onValue={(v) => setText(locale, level, v)}
                  error={fieldError(`levels.${level}.${locale}`)}
                />
              ))}
            </fieldset>
          );
        })}
      </details>
      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {item ? t('common.save') : t('capacityFramework.create')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

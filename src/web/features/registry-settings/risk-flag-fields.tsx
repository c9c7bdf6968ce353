import { useTranslation } from 'react-i18next';
import { REGISTRY_SETTINGS_LIMITS } from '../../../domain/registry-settings';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/field';
import type { RiskFlagValues } from './registry-settings-values';

interface RiskFlagFieldsProps {
  index: number;
  flag: RiskFlagValues;
  /** The error to show under a field path, if any. */
  errorAt: (path: string) => string | undefined;
  onChange: (flag: RiskFlagValues) => void;
  onRemove: () => void;
}

const LANGUAGES = [
  { field: 'es', lang: 'es', labelKey: 'registrySettings.labelEs' },
  { field: 'ptBR', lang: 'pt-BR', labelKey: 'registrySettings.labelPtBR' },
  { field: 'en', lang: 'en', labelKey: 'registrySettings.labelEn' },
] as const;

/** One risk or vulnerability factor, worded in each language of the app. */
export function RiskFlagFields({ index, flag, errorAt, onChange, onRemove }: RiskFlagFieldsProps) {
  const { t } = useTranslation();
  const number = index + 1;
  return (
    <fieldset className="fieldset">
      <legend>{t('registrySettings.riskFlagNumber', { number })}</legend>
      <div className="risk-flag__langs">
        {LANGUAGES.map(({ field, lang, labelKey }) => (
          <TextField
            key={field}
            label={t(labelKey)}
            lang={lang}
            maxLength={REGISTRY_SETTINGS_LIMITS.riskFlagLabelMax}
            value={flag[field]}
            onValue={(value) => onChange({ ...flag, [field]: value })}
            error={
              errorAt(`riskFlags.${index}.labels.${lang}`) ??
              (field === 'es' ? errorAt(`riskFlags.${index}.key`) : undefined)
            }
          />
        ))}
      </div>
      <Button variant="link" className="risk-flag__remove" onClick={onRemove}>
        {t('registrySettings.removeRiskFlag', { number })}
      </Button>
    </fieldset>
  );
}

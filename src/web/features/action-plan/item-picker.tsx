import { useTranslation } from 'react-i18next';
import type { DomainOption } from './framework-items';

interface ItemPickerProps {
  domains: DomainOption[];
  value: string[];
  onValue: (keys: string[]) => void;
  error?: string | undefined;
}

/**
 * Which framework items an action improves: one folding group per domain (short on a phone), with the
 * number chosen beside the domain's name.
 */
export function ItemPicker({ domains, value, onValue, error }: ItemPickerProps) {
  const { t } = useTranslation();
  const toggle = (key: string, on: boolean) =>
    onValue(on ? [...value, key] : value.filter((chosen) => chosen !== key));
  return (
    <fieldset
      className={error ? 'field field--invalid' : 'field'}
      aria-describedby={error ? 'item-picker-error' : undefined}
    >
      <legend className="field__label">{t('actionPlan.fields.items')}</legend>
      <p className="field__hint">{t('actionPlan.fields.itemsHint')}</p>
      {domains.map((domain) => {
        const chosen = domain.items.filter((item) => value.includes(item.key)).length;
        return (
          <details key={domain.key} className="item-picker__domain" open={chosen > 0}>
            <summary>
              {domain.label}
              {chosen > 0 ? <span className="badge badge--ok">{chosen}</span> : null}
            </summary>
            {domain.items.map((item) => (
              <label key={item.key} className="choice">
                <input
                  type="checkbox"
                  checked={value.includes(item.key)}
                  onChange={(event) => toggle(item.key, event.target.checked)}
                />
                <span>{item.statement}</span>
              </label>
            ))}
          </details>
        );
      })}
      {error ? (
        <p className="field__error" id="item-picker-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

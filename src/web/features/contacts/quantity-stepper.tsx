import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon, type IconName } from '../../ui/icons';

interface QuantityStepperProps {
  label: string;
  icon: IconName;
  value: number;
  max: number;
  min?: number;
  onValue: (value: number) => void;
  /** Added or taken by each tap of + and −. */
  step?: number;
}

/** A quantity with big − and + buttons (thumbs, gloves, the street) and a number that can be typed. */
export function QuantityStepper({
  label,
  icon,
  value,
  max,
  min = 0,
  onValue,
  step = 1,
}: QuantityStepperProps) {
  const { t } = useTranslation();
  const id = useId();
  const clamp = (n: number) => Math.min(max, Math.max(min, Number.isFinite(n) ? Math.round(n) : min));
  return (
    <div className="stepper">
      <label className="stepper__label" htmlFor={id}>
        <Icon name={icon} className="stepper__icon" />
        <span>{label}</span>
      </label>
      <div className="stepper__controls">
        <button
          type="button"
          className="stepper__button"
          aria-label={t('contactScreens.less', { item: label })}
          disabled={value <= min}
          onClick={() => onValue(clamp(value - step))}
        >
          −
        </button>
        <input
          id={id}
          className="stepper__input"
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          value={value}
          onChange={(event) => onValue(clamp(Number(event.target.value)))}
        />
        <button
          type="button"
          className="stepper__button"
          aria-label={t('contactScreens.more', { item: label })}
          disabled={value >= max}
          onClick={() => onValue(clamp(value + step))}
        >
          +
        </button>
      </div>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { CAPACITY_LEVELS } from '../../../domain/capacity/framework';
import type { CapacityItemView } from '../../../domain/capacity-framework.schemas';
import { Button } from '../../ui/button';
import { ConfirmAction } from '../../ui/confirm-action';
import { localized } from './capacity-framework.resource';

interface FrameworkItemProps {
  item: CapacityItemView;
  /** Edit and remove are offered for the organization's own items on the current version. */
  editable: boolean;
  onEdit: () => void;
  onRemove: () => Promise<void>;
}

/** One statement; opening it shows the four level descriptions. */
export function FrameworkItem({ item, editable, onEdit, onRemove }: FrameworkItemProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <li className="cf-item">
      <details>
        <summary className="cf-item__summary">
          <span className="cf-item__statement">{localized(item.statement, locale)}</span>
          {item.custom ? <span className="badge badge--ok">{t('capacityFramework.own')}</span> : null}
        </summary>
        <dl className="cf-levels" aria-label={t('capacityFramework.levelsTitle')}>
          {CAPACITY_LEVELS.map((level) => (
            <div key={level} className={`cf-level cf-level--${level}`}>
              <dt>{t(`capacityFramework.level${level}`)}</dt>
              <dd>{localized(item.levels[level], locale)}</dd>
            </div>
          ))}
        </dl>
        {editable && item.custom ? (
          <div className="form__actions">
            <Button variant="secondary" onClick={onEdit}>
              {t('capacityFramework.editItem')}
            </Button>
            <ConfirmAction
              label={t('capacityFramework.removeItem')}
              question={t('capacityFramework.removeConfirm')}
              confirmLabel={t('capacityFramework.removeItem')}
              cancelLabel={t('common.cancel')}
              danger
              onConfirm={onRemove}
            />
          </div>
        ) : null}
      </details>
    </li>
  );
}

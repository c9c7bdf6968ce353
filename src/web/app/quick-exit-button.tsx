import { useTranslation } from 'react-i18next';
import { ExitIcon } from '../ui/icons';
import { quickExit } from './quick-exit';

/** Always visible: leaves at once for a neutral page (also: Esc twice). */
export function QuickExitButton() {
  const { t } = useTranslation();
  return (
    <button type="button" className="quick-exit" onClick={quickExit} aria-keyshortcuts="Escape">
      <ExitIcon />
      <span>{t('quickExit.button')}</span>
      <span className="quick-exit__hint">{t('quickExit.hint')}</span>
    </button>
  );
}

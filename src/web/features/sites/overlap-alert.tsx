import { useTranslation } from 'react-i18next';
import type { OverlapWarning, SiteOverlapView } from '../../../domain/sites.schemas';
import { Alert } from '../../ui/alert';
import { formatAreaPath } from './site-labels';

function useReasons() {
  const { t } = useTranslation();
  return (warning: OverlapWarning) =>
    warning.reasons.map((reason) => t(`sites.overlaps.reasons.${reason}`)).join(', ');
}

/** Sites of ours whose catchment overlaps another organization of the network (name and area only). */
export function OverlapAlert({ sites }: { sites: readonly SiteOverlapView[] }) {
  const { t } = useTranslation();
  const reasons = useReasons();
  if (sites.length === 0) return null;
  return (
    <Alert kind="info">
      <p className="flush">
        <strong>{t('sites.overlaps.title')}</strong>
      </p>
      <p className="small">{t('sites.overlaps.lead')}</p>
      <ul className="sites-overlaps">
        {sites.flatMap((site) =>
          site.overlaps.map((warning) => (
            <li key={`${site.siteId}-${warning.organizationName}`}>
              {t('sites.overlaps.item', {
                site: site.siteName,
                organization: warning.organizationName,
                area: formatAreaPath(warning.areaPath),
              })}{' '}
              <span className="muted">({reasons(warning)})</span>
            </li>
          )),
        )}
      </ul>
    </Alert>
  );
}

/** The warnings answered when a site is saved. */
export function SavedOverlaps({ overlaps }: { overlaps: readonly OverlapWarning[] }) {
  const { t } = useTranslation();
  const reasons = useReasons();
  if (overlaps.length === 0) return null;
  return (
    <Alert kind="info">
      <p className="flush">
        <strong>{t('sites.overlaps.title')}</strong>
      </p>
      <ul className="sites-overlaps">
        {overlaps.map((warning) => (
          <li key={warning.organizationName}>
            {t('sites.overlaps.onSave', {
              organization: warning.organizationName,
              area: formatAreaPath(warning.areaPath),
              reasons: reasons(warning),
            })}
          </li>
        ))}
      </ul>
    </Alert>
  );
}

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SiteView, SiteWorkerView } from '../../../domain/sites.schemas';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Checkbox } from '../../ui/field';
import { Loading } from '../../ui/page';
import { replaceSiteWorkers, useStaffChoices } from './sites.resource';

/** Who works a site: the active people of the organization, promotoras first. The list is replaced. */
export function SiteWorkersForm({
  orgId,
  site,
  onSaved,
  onCancel,
}: {
  orgId: string;
  site: SiteView;
  onSaved: (workers: SiteWorkerView[]) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const staff = useStaffChoices(orgId, true);
  const [chosen, setChosen] = useState(() => new Set(site.workers.map((w) => w.userId)));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const people = useMemo(() => {
    const collator = new Intl.Collator(i18n.language);
    return (staff.data?.users ?? [])
      .filter((user) => !user.disabled)
      .sort(
        (a, b) =>
          Number(b.role === 'promotora') - Number(a.role === 'promotora') ||
          collator.compare(a.displayName, b.displayName),
      );
  }, [staff.data, i18n.language]);

  async function save() {
    setBusy(true);
    setError(null);
    try {
      onSaved((await replaceSiteWorkers(orgId, site.id, [...chosen])).workers);
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : t('common.unexpectedError'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="card stack">
      <fieldset className="field">
        <legend className="field__label">{t('sites.detail.editWorkers')}</legend>
        <p className="field__hint">{t('sites.detail.workersHint')}</p>
        {staff.loading ? <Loading label={t('common.loading')} /> : null}
        {staff.data && people.length === 0 ? <p className="muted">{t('sites.detail.noStaff')}</p> : null}
        {people.map((user) => (
          <Checkbox
            key={user.userId}
            label={`${user.displayName} · ${t(`roles.${user.role}`)}`}
            checked={chosen.has(user.userId)}
            onChecked={(checked) =>
              setChosen((current) => {
                const next = new Set(current);
                if (checked) next.add(user.userId);
                else next.delete(user.userId);
                return next;
              })
            }
          />
        ))}
      </fieldset>
      {error ? <Alert kind="error">{error}</Alert> : null}
      <div className="form__actions">
        <Button busy={busy} onClick={() => void save()}>
          {t('sites.detail.saveWorkers')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CapacityDomainView, CapacityFrameworkView } from '../../../domain/capacity-framework.schemas';
import { Button } from '../../ui/button';
import { localized, removeFrameworkItem, setFrameworkDomain } from './capacity-framework.resource';
import { FrameworkItem } from './framework-item';
import { FrameworkItemForm } from './framework-item-form';

interface FrameworkDomainProps {
  orgId: string;
  frameworkId: string;
  domain: CapacityDomainView;
  /** The current version, for a role that may change it. */
  editable: boolean;
  onSaved: (framework: CapacityFrameworkView) => void;
  onError: (error: unknown) => void;
}

/** A domain, folded: its label and item count; open, its description, items and (optional) switch. */
export function FrameworkDomain({
  orgId,
  frameworkId,
  domain,
  editable,
  onSaved,
  onError,
}: FrameworkDomainProps) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState<{ itemKey: string | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const label = localized(domain.labels, i18n.language);
  const editing = form?.itemKey ? domain.items.find((i) => i.key === form.itemKey) : undefined;

  async function toggle() {
    setBusy(true);
    try {
      onSaved(await setFrameworkDomain(orgId, frameworkId, domain.key, { enabled: !domain.enabled }));
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  }

  const saved = (framework: CapacityFrameworkView) => {
    setForm(null);
    onSaved(framework);
  };

  return (
    <li className={`cf-domain${domain.enabled ? '' : ' cf-domain--off'}`}>
      <details>
        <summary className="cf-domain__summary">
          <span className="cf-domain__title">{label}</span>
          <span className="cf-domain__meta">
            {t('capacityFramework.itemCount', { count: domain.items.length })}
            {domain.optional ? (
              <span className={domain.enabled ? 'badge badge--ok' : 'badge'}>
                {domain.enabled ? t('capacityFramework.enabled') : t('capacityFramework.disabled')}
              </span>
            ) : null}
          </span>
        </summary>
        <div className="cf-domain__body">
          {domain.description ? (
            <p className="muted small">{localized(domain.description, i18n.language)}</p>
          ) : null}
          {editable && domain.optional ? (
            <Button
              variant={domain.enabled ? 'secondary' : 'primary'}
              busy={busy}
              aria-label={t(
                domain.enabled ? 'capacityFramework.disableDomain' : 'capacityFramework.enableDomain',
                {
                  domain: label,
                },
              )}
              onClick={() => void toggle()}
            >
              {domain.enabled ? t('capacityFramework.disable') : t('capacityFramework.enable')}
            </Button>
          ) : null}
          <ol className="cf-items">
            {domain.items.map((item) =>
              editing?.key === item.key ? (
                <li key={item.key}>
                  <FrameworkItemForm
                    orgId={orgId}
                    frameworkId={frameworkId}
                    domain={domain}
                    item={item}
                    onSaved={saved}
                    onCancel={() => setForm(null)}
                  />
                </li>
              ) : (
                <FrameworkItem
                  key={item.key}
                  item={item}
                  editable={editable}
                  onEdit={() => setForm({ itemKey: item.key })}
                  onRemove={async () => {
                    try {
                      onSaved(await removeFrameworkItem(orgId, frameworkId, item.key));
                    } catch (error) {
                      onError(error);
                    }
                  }}
                />
              ),
            )}
          </ol>
          {editable && domain.enabled && form?.itemKey === null ? (
            <FrameworkItemForm
              orgId={orgId}
              frameworkId={frameworkId}
              domain={domain}
              onSaved={saved}
              onCancel={() => setForm(null)}
            />
          ) : null}
          {editable && domain.enabled && !form ? (
            <Button
              variant="secondary"
              aria-label={t('capacityFramework.addItemTo', { domain: label })}
              onClick={() => setForm({ itemKey: null })}
            >
              {t('capacityFramework.addItem')}
            </Button>
          ) : null}
        </div>
      </details>
    </li>
  );
}

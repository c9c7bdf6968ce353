import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackageRule, PackageView } from '../../../domain/coverage.schemas';
import { useFormat } from '../../app/format';
import { useCan, useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Loading, Page } from '../../ui/page';
import { PackageForm } from './package-form';
import { usePackages } from './coverage-packages.resource';

/** The rule in words: "At least 1 contact in the month with: condoms, lubricant; and one of: …". */
function RuleText({ rule }: { rule: PackageRule }) {
  const { t } = useTranslation();
  const list = (atoms: readonly string[]) => atoms.map((a) => t(`coveragePackages.atoms.${a}`)).join(', ');
  return (
    <>
      <p className="item__text">
        {t(
          rule.minContacts === 1
            ? 'coveragePackages.ruleContacts_one'
            : 'coveragePackages.ruleContacts_other',
          {
            count: rule.minContacts,
          },
        )}
      </p>
      {rule.allOf.length ? (
        <p className="item__text">{t('coveragePackages.ruleAll', { list: list(rule.allOf) })}</p>
      ) : null}
      {rule.anyOf.length ? (
        <p className="item__text">{t('coveragePackages.ruleAny', { list: list(rule.anyOf) })}</p>
      ) : null}
    </>
  );
}

/** Defined packages: what "reached with the package" means for the organization and each funder. */
export default function CoveragePackagesPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const format = useFormat();
  const packages = usePackages(org.orgId);
  const [creating, setCreating] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [historyId, setHistoryId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const canConfigure = can('coverage_package', 'configure');

  function replace(saved: PackageView) {
    packages.setData((list) => ({
      packages: (list?.packages ?? []).some((p) => p.id === saved.id)
        ? (list?.packages ?? []).map((p) => (p.id === saved.id ? saved : p))
        : [...(list?.packages ?? []), saved],
    }));
  }

  return (
    <Page
      title={t('coveragePackages.title')}
      lead={t('coveragePackages.description')}
      actions={
        canConfigure && !creating ? (
          <Button
            onClick={() => {
              setCreating(true);
              setEditingId(null);
              setNotice(null);
            }}
          >
            {t('coveragePackages.new')}
          </Button>
        ) : null
      }
    >
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {creating ? (
        <PackageForm
          orgId={org.orgId}
          onCancel={() => setCreating(false)}
          onSaved={(saved) => {
            replace(saved);
            setCreating(false);
            setNotice(t('coveragePackages.created', { name: saved.name }));
          }}
        />
      ) : null}
      {packages.error ? <Alert kind="error">{packages.error.message}</Alert> : null}
      {packages.loading ? <Loading label={t('common.loading')} /> : null}
      <ul className="items">
        {(packages.data?.packages ?? []).map((pkg) =>
          editingId === pkg.id ? (
            <li key={pkg.id}>
              <PackageForm
                orgId={org.orgId}
                pkg={pkg}
                onCancel={() => setEditingId(null)}
                onSaved={(saved) => {
                  replace(saved);
                  setEditingId(null);
                  setNotice(
                    saved.version > pkg.version
                      ? t('coveragePackages.savedVersion', { name: saved.name, version: saved.version })
                      : t('coveragePackages.saved', { name: saved.name }),
                  );
                }}
              />
            </li>
          ) : (
            <li key={pkg.id} className="item">
              <div className="item__main">
                <p className="item__title">
                  {pkg.name} · {t('coveragePackages.version', { version: pkg.version })}
                  {pkg.isDefault ? ` · ${t('coveragePackages.default')}` : ''}
                </p>
                {pkg.funderLabel ? (
                  <p className="item__text">{t('coveragePackages.funder', { funder: pkg.funderLabel })}</p>
                ) : null}
                <RuleText rule={pkg.rule} />
                {historyId === pkg.id ? (
                  <ol
                    className="item__text"
                    aria-label={t('coveragePackages.historyTitle', { name: pkg.name })}
                  >
                    {pkg.versions.map((v) => (
                      <li key={v.version}>
                        <strong>
                          {t('coveragePackages.version', { version: v.version })} · {format.date(v.createdAt)}
                          {v.createdByName ? ` · ${v.createdByName}` : ''}
                        </strong>
                        <RuleText rule={v.rule} />
                      </li>
                    ))}
                  </ol>
                ) : null}
              </div>
              <div className="form__actions">
                {pkg.versions.length > 1 ? (
                  <Button
                    variant="secondary"
                    aria-expanded={historyId === pkg.id}
                    onClick={() => setHistoryId(historyId === pkg.id ? null : pkg.id)}
                  >
                    {t('coveragePackages.history_other', { count: pkg.versions.length })}
                  </Button>
                ) : null}
                {canConfigure ? (
                  <Button
                    variant="secondary"
                    aria-label={t('coveragePackages.editTitle', { name: pkg.name })}
                    onClick={() => {
                      setEditingId(pkg.id);
                      setCreating(false);
                      setNotice(null);
                    }}
                  >
                    {t('common.edit')}
                  </Button>
                ) : null}
              </div>
            </li>
          ),
        )}
      </ul>
    </Page>
  );
}

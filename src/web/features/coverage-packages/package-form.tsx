import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PackageCreateInput,
  PackageUpdateInput,
  SERVICE_ATOMS,
  type PackageView,
  type ServiceAtom,
} from '../../../domain/coverage.schemas';
import { newId } from '../../../domain/ids';
import { LIMITS } from '../../../domain/limits';
import { validateWith } from '../../app/form-errors';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Checkbox, TextField } from '../../ui/field';
import { createPackage, updatePackage } from './coverage-packages.resource';

interface PackageFormProps {
  orgId: string;
  /** The package to edit; absent to define a new one. */
  pkg?: PackageView;
  onSaved: (pkg: PackageView) => void;
  onCancel: () => void;
}

function AtomChoices(props: {
  legend: string;
  hint: string;
  value: ServiceAtom[];
  onValue: (value: ServiceAtom[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className={props.error ? 'field field--invalid' : 'field'}>
      <legend className="field__label">{props.legend}</legend>
      <p className="field__hint">{props.hint}</p>
      {SERVICE_ATOMS.map((atom) => (
        <Checkbox
          key={atom}
          label={t(`coveragePackages.atoms.${atom}`)}
          checked={props.value.includes(atom)}
          onChecked={(checked) =>
            props.onValue(
              checked
                ? SERVICE_ATOMS.filter((a) => a === atom || props.value.includes(a))
                : props.value.filter((a) => a !== atom),
            )
          }
        />
      ))}
      {props.error ? <p className="field__error">{props.error}</p> : null}
    </fieldset>
  );
}

/** Define a package, or edit one: a changed rule is saved as a new version, the old ones stay. */
export function PackageForm({ orgId, pkg, onSaved, onCancel }: PackageFormProps) {
  const { t } = useTranslation();
  const [id] = useState(() => pkg?.id ?? newId());
  const [name, setName] = useState(pkg?.name ?? '');
  const [funderLabel, setFunderLabel] = useState(pkg?.funderLabel ?? '');
  const [minContacts, setMinContacts] = useState(String(pkg?.rule.minContacts ?? 1));
  const [allOf, setAllOf] = useState<ServiceAtom[]>(pkg?.rule.allOf ?? ['condoms', 'lubricant']);
  const [anyOf, setAnyOf] = useState<ServiceAtom[]>(pkg?.rule.anyOf ?? []);
  const form = useForm(['name', 'funderLabel', 'rule.minContacts', 'rule.allOf', 'rule.anyOf']);

  const onSubmit = form.handle<PackageCreateInput | PackageUpdateInput>(
    () => {
      const rule = { minContacts: Number(minContacts), allOf, anyOf };
      const funder = funderLabel.trim() === '' ? null : funderLabel;
      if (!pkg) return validateWith(PackageCreateInput, { id, name, funderLabel: funder, rule });
      return validateWith(PackageUpdateInput, { name, funderLabel: funder, rule });
    },
    async (input) => {
      const saved = pkg
        ? await updatePackage(orgId, pkg.id, input)
        : await createPackage(orgId, input as PackageCreateInput);
      onSaved(saved);
    },
  );

  const title = pkg ? t('coveragePackages.editTitle', { name: pkg.name }) : t('coveragePackages.new');
  return (
    <form ref={form.ref} className="form card" onSubmit={onSubmit} noValidate aria-label={title}>
      <h2 className="form__title">{title}</h2>
      {pkg ? (
        <p className="field__hint">{t('coveragePackages.versionHint', { version: pkg.version })}</p>
      ) : null}
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <TextField
        label={t('coveragePackages.name')}
        name="name"
        required
        maxLength={LIMITS.nameMax}
        value={name}
        onValue={setName}
        error={form.fieldErrors.name}
      />
      <TextField
        label={t('coveragePackages.funderLabel')}
        hint={t('coveragePackages.funderHint')}
        name="funderLabel"
        maxLength={120}
        value={funderLabel}
        onValue={setFunderLabel}
        error={form.fieldErrors.funderLabel}
      />
      <TextField
        label={t('coveragePackages.minContacts')}
        hint={t('coveragePackages.minContactsHint')}
        name="rule.minContacts"
        type="number"
        inputMode="numeric"
        min={1}
        max={31}
        value={minContacts}
        onValue={setMinContacts}
        error={form.fieldErrors['rule.minContacts']}
      />
      <AtomChoices
        legend={t('coveragePackages.allOf')}
        hint={t('coveragePackages.allOfHint')}
        value={allOf}
        onValue={setAllOf}
        error={form.fieldErrors['rule.allOf']}
      />
      <AtomChoices
        legend={t('coveragePackages.anyOf')}
        hint={t('coveragePackages.anyOfHint')}
        value={anyOf}
        onValue={setAnyOf}
        error={form.fieldErrors['rule.anyOf']}
      />
      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {pkg ? t('common.save') : t('coveragePackages.create')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../domain/ids';
import {
  SAFE_SPACE_SERVICES,
  SafeSpaceCreateInput,
  type SafeSpaceService,
} from '../../../domain/safe-spaces.schemas';
import { validateWith } from '../../app/form-errors';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Checkbox, TextField } from '../../ui/field';
import { createSafeSpace } from './safe-spaces.resource';

export function SafeSpaceForm({
  orgId,
  onSaved,
  onCancel,
}: {
  orgId: string;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [id] = useState(() => newId());
  const [name, setName] = useState('');
  const [openingHours, setOpeningHours] = useState('');
  const [services, setServices] = useState<SafeSpaceService[]>([]);
  const form = useForm(['name', 'openingHours', 'services']);
  const onSubmit = form.handle(
    () => validateWith(SafeSpaceCreateInput, { id, name, openingHours, services }),
    async (input) => {
      await createSafeSpace(orgId, input);
      onSaved();
    },
  );
  return (
    <form ref={form.ref} className="form card" onSubmit={onSubmit} noValidate>
      <h2 className="form__title">{t('safeSpaces.new')}</h2>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <TextField
        label={t('safeSpaces.name')}
        name="name"
        value={name}
        onValue={setName}
        error={form.fieldErrors.name}
      />
      <TextField
        label={t('safeSpaces.openingHours')}
        hint={t('safeSpaces.openingHoursHint')}
        name="openingHours"
        value={openingHours}
        onValue={setOpeningHours}
        error={form.fieldErrors.openingHours}
      />
      <fieldset className="fieldset">
        <legend>{t('safeSpaces.services')}</legend>
        {SAFE_SPACE_SERVICES.map((service) => (
          <Checkbox
            key={service}
            label={t(`safeSpaces.serviceNames.${service}`)}
            checked={services.includes(service)}
            onChecked={(on) =>
              setServices((all) => (on ? [...all, service] : all.filter((s) => s !== service)))
            }
          />
        ))}
      </fieldset>
      <div className="form__actions">
        <Button type="submit" disabled={form.busy}>
          {t('safeSpaces.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('safeSpaces.cancel')}
        </Button>
      </div>
    </form>
  );
}

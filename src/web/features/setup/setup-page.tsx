import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findPasswordProblem } from '../../../domain/password-policy';
import { LIMITS } from '../../../domain/limits';
import type { OrgLevel } from '../../../domain/roles';
import { SetupInput } from '../../../domain/setup.schemas';
import { useCountryOptions } from '../../app/countries';
import { validateWith, weakPasswordMessage } from '../../app/form-errors';
import { useSession } from '../../app/session';
import { forgetSetupToken, setupTokenFromUrl } from '../../app/setup-token';
import { useForm, type Validation } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { RadioGroup, SelectField, TextField } from '../../ui/field';
import { Page } from '../../ui/page';
import { signIn } from '../auth/auth.resource';
import { completeSetup } from './setup.resource';

const FIELDS = [
  'token',
  'networkName',
  'organization.name',
  'organization.countryCode',
  'organization.level',
  'admin.displayName',
  'admin.username',
  'admin.password',
  'confirmation',
] as const;

/**
 * First run: the person who installed the server opens the address printed on its console. The
 * one-time token comes in the address fragment; without it, the page asks for it.
 */
export default function SetupPage() {
  const { t } = useTranslation();
  const session = useSession();
  const countryOptions = useCountryOptions();
  const tokenFromUrl = setupTokenFromUrl();
  const [token, setToken] = useState(tokenFromUrl ?? '');
  const [networkName, setNetworkName] = useState('');
  const [orgName, setOrgName] = useState('');
  const [countryCode, setCountryCode] = useState('');
  const [level, setLevel] = useState<OrgLevel>('national');
  const [displayName, setDisplayName] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const form = useForm(FIELDS);
  const errors = form.fieldErrors;

  const onSubmit = form.handle(
    (): Validation<SetupInput> => {
      const result = validateWith(SetupInput, {
        token,
        networkName,
        organization: { name: orgName, countryCode: countryCode || null, level },
        admin: { username, displayName, password },
      });
      if (!result.ok) return result;
      const problem = findPasswordProblem(password, username);
      if (problem) return { ok: false, errors: { 'admin.password': weakPasswordMessage(problem) } };
      if (confirmation !== password) return { ok: false, errors: { confirmation: t('password.mismatch') } };
      return result;
    },
    async (input) => {
      await completeSetup(input);
      forgetSetupToken();
      history.replaceState(null, '', '/');
      // Sign straight in: the administrator's next step is the second factor. If that fails, the
      // set-up is still done and the sign-in page takes over.
      try {
        await session.acceptLogin(
          await signIn({ username: input.admin.username, password: input.admin.password }),
        );
      } catch {
        await session.refresh();
      }
    },
  );

  return (
    <Page title={t('setup.title')} lead={t('setup.lead')} narrow>
      <form ref={form.ref} className="form card" onSubmit={onSubmit} noValidate>
        {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
        {tokenFromUrl && !errors.token ? null : (
          <TextField
            label={t('setup.token')}
            hint={t('setup.tokenHint')}
            name="token"
            autoComplete="off"
            spellCheck={false}
            required
            value={token}
            onValue={setToken}
            error={errors.token}
          />
        )}
        <fieldset className="fieldset">
          <legend>{t('setup.networkSection')}</legend>
          <TextField
            label={t('setup.networkName')}
            hint={t('setup.networkNameHint')}
            name="networkName"
            required
            maxLength={LIMITS.nameMax}
            value={networkName}
            onValue={setNetworkName}
            error={errors.networkName}
          />
          <TextField
            label={t('setup.orgName')}
            name="organization.name"
            required
            maxLength={LIMITS.nameMax}
            value={orgName}
            onValue={setOrgName}
            error={errors['organization.name']}
          />
          <RadioGroup
            legend={t('setup.level')}
            name="organization.level"
            value={level}
            onValue={(value) => setLevel(value as OrgLevel)}
            options={[
              { value: 'national', label: t('levels.national'), hint: t('setup.levelNationalHint') },
              { value: 'regional', label: t('levels.regional'), hint: t('setup.levelRegionalHint') },
            ]}
            error={errors['organization.level']}
          />
          <SelectField
            label={t('setup.country')}
            name="organization.countryCode"
            value={countryCode}
            onValue={setCountryCode}
            options={[{ value: '', label: t('common.noCountry') }, ...countryOptions]}
            error={errors['organization.countryCode']}
          />
        </fieldset>
        <fieldset className="fieldset">
          <legend>{t('setup.adminSection')}</legend>
          <p className="muted small">{t('setup.adminHint')}</p>
          <TextField
            label={t('setup.displayName')}
            name="admin.displayName"
            required
            maxLength={LIMITS.nameMax}
            value={displayName}
            onValue={setDisplayName}
            error={errors['admin.displayName']}
          />
          <TextField
            label={t('setup.username')}
            hint={t('setup.usernameHint')}
            name="admin.username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={username}
            onValue={setUsername}
            error={errors['admin.username']}
          />
          <TextField
            label={t('password.new')}
            hint={t('password.hint', { min: LIMITS.passwordMin, recommended: LIMITS.passwordRecommended })}
            name="admin.password"
            type="password"
            autoComplete="new-password"
            required
            value={password}
            onValue={setPassword}
            error={errors['admin.password']}
          />
          <TextField
            label={t('password.confirm')}
            name="confirmation"
            type="password"
            autoComplete="new-password"
            required
            value={confirmation}
            onValue={setConfirmation}
            error={errors.confirmation}
          />
        </fieldset>
        <Button type="submit" busy={form.busy}>
          {t('setup.submit')}
        </Button>
      </form>
    </Page>
  );
}

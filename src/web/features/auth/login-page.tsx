import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoginInput } from '../../../domain/auth.schemas';
import { validateWith } from '../../app/form-errors';
import { useSession } from '../../app/session';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/field';
import { Page } from '../../ui/page';
import { signIn } from './auth.resource';

export function LoginPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const form = useForm(['username', 'password']);

  const onSubmit = form.handle(
    () => validateWith(LoginInput, { username, password }),
    async (input) => {
      try {
        const result = await signIn(input);
        await session.acceptLogin(result);
      } finally {
        setPassword('');
      }
    },
  );

  return (
    <Page title={t('login.title')} lead={t('login.lead')} narrow>
      <form ref={form.ref} className="form card" onSubmit={onSubmit} noValidate>
        {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
        <TextField
          label={t('login.username')}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          required
          value={username}
          onValue={setUsername}
          error={form.fieldErrors.username}
        />
        <TextField
          label={t('login.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onValue={setPassword}
          error={form.fieldErrors.password}
        />
        <Button type="submit" busy={form.busy}>
          {form.busy ? t('login.submitting') : t('login.submit')}
        </Button>
      </form>
      <p className="muted small">{t('login.help')}</p>
    </Page>
  );
}

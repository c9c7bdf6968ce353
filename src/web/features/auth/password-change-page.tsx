import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordChangeInput } from '../../../domain/auth.schemas';
import { LIMITS } from '../../../domain/limits';
import { findPasswordProblem } from '../../../domain/password-policy';
import { setCsrfToken } from '../../app/api-client';
import { validateWith, weakPasswordMessage } from '../../app/form-errors';
import { useMe, useSession } from '../../app/session';
import { useForm, type Validation } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/field';
import { Page } from '../../ui/page';
import { changeOwnPassword } from './auth.resource';

/**
 * Change of one's own password. `forced` is the sign-in step after an administrator set a temporary
 * password; otherwise it is the account page. The server ends every other session of the user.
 */
export default function PasswordChangePage({ forced = false }: { forced?: boolean }) {
  const { t } = useTranslation();
  const session = useSession();
  const me = useMe();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [done, setDone] = useState(false);
  const form = useForm(['currentPassword', 'newPassword', 'confirmation']);

  const onSubmit = form.handle(
    (): Validation<PasswordChangeInput> => {
      const result = validateWith(PasswordChangeInput, { currentPassword, newPassword });
      if (!result.ok) return result;
      const problem = findPasswordProblem(newPassword, me.user.username);
      if (problem) return { ok: false, errors: { newPassword: weakPasswordMessage(problem) } };
      if (confirmation !== newPassword)
        return { ok: false, errors: { confirmation: t('password.mismatch') } };
      return result;
    },
    async (input) => {
      const result = await changeOwnPassword(input);
      setCsrfToken(result.csrfToken);
      setCurrentPassword('');
      setNewPassword('');
      setConfirmation('');
      if (forced) await session.refresh();
      else setDone(true);
    },
  );

  return (
    <Page title={t('password.title')} lead={forced ? t('password.leadForced') : t('password.lead')} narrow>
      <form ref={form.ref} className="form card" onSubmit={onSubmit} noValidate>
        {done ? <Alert kind="success">{t('password.changed')}</Alert> : null}
        {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
        <TextField
          label={forced ? t('password.temporary') : t('password.current')}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          value={currentPassword}
          onValue={setCurrentPassword}
          error={form.fieldErrors.currentPassword}
        />
        <TextField
          label={t('password.new')}
          hint={t('password.hint', { min: LIMITS.passwordMin, recommended: LIMITS.passwordRecommended })}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          minLength={LIMITS.passwordMin}
          maxLength={LIMITS.passwordMax}
          value={newPassword}
          onValue={setNewPassword}
          error={form.fieldErrors.newPassword}
        />
        <TextField
          label={t('password.confirm')}
          name="confirmation"
          type="password"
          autoComplete="new-password"
          required
          value={confirmation}
          onValue={setConfirmation}
          error={form.fieldErrors.confirmation}
        />
        <Button type="submit" busy={form.busy}>
          {t('password.submit')}
        </Button>
        {forced ? (
          <Button variant="secondary" onClick={() => void session.signOut()}>
            {t('totp.cancel')}
          </Button>
        ) : null}
      </form>
    </Page>
  );
}

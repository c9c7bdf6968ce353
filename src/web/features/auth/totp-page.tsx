import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecoveryCode, TotpCode, type TotpVerifyInput } from '../../../domain/auth.schemas';
import { validationMessage } from '../../app/form-errors';
import { useSession } from '../../app/session';
import { useForm, type Validation } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/field';
import { Page } from '../../ui/page';
import { verifySecondFactor } from './auth.resource';

/** Second sign-in step: the 6-digit code from the authenticator app, or a one-time recovery code. */
export function TotpPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');
  const form = useForm(['code', 'recoveryCode']);

  const onSubmit = form.handle(
    (): Validation<TotpVerifyInput> => {
      if (useRecovery) {
        const parsed = RecoveryCode.safeParse(recoveryCode);
        return parsed.success
          ? { ok: true, data: { recoveryCode: parsed.data } }
          : {
              ok: false,
              errors: {
                recoveryCode: validationMessage('recoveryCode', recoveryCode ? 'invalid_format' : 'required'),
              },
            };
      }
      const parsed = TotpCode.safeParse(code.replace(/\s+/g, ''));
      return parsed.success
        ? { ok: true, data: { code: parsed.data } }
        : { ok: false, errors: { code: validationMessage('code', code ? 'invalid_format' : 'required') } };
    },
    async (input) => {
      try {
        await session.acceptLogin(await verifySecondFactor(input));
      } finally {
        setCode('');
        setRecoveryCode('');
      }
    },
  );

  return (
    <Page title={t('totp.title')} lead={useRecovery ? t('totp.recoveryLead') : t('totp.lead')} narrow>
      <form ref={form.ref} className="form card" onSubmit={onSubmit} noValidate>
        {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
        {useRecovery ? (
          <TextField
            key="recovery"
            label={t('totp.recoveryCode')}
            name="recoveryCode"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            required
            value={recoveryCode}
            onValue={setRecoveryCode}
            error={form.fieldErrors.recoveryCode}
          />
        ) : (
          <TextField
            key="code"
            label={t('totp.code')}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]*"
            maxLength={6}
            required
            value={code}
            onValue={setCode}
            error={form.fieldErrors.code}
          />
        )}
        <Button type="submit" busy={form.busy}>
          {t('totp.submit')}
        </Button>
        <Button variant="link" onClick={() => setUseRecovery((value) => !value)}>
          {useRecovery ? t('totp.useCode') : t('totp.useRecovery')}
        </Button>
      </form>
      <Button variant="secondary" onClick={() => void session.signOut()}>
        {t('totp.cancel')}
      </Button>
    </Page>
  );
}

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { TotpCode, type TotpSetupResult } from '../../../domain/auth.schemas';
import { setCsrfToken } from '../../app/api-client';
import { validationMessage } from '../../app/form-errors';
import { useSession } from '../../app/session';
import { useForm, type Validation } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Checkbox, TextField } from '../../ui/field';
import { Loading, Page } from '../../ui/page';
import { enableTotp, startTotpSetup } from './auth.resource';

/** Groups the base32 secret in fours so it can be typed by hand without losing one's place. */
function groupSecret(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

/** The server's QR code as an image (img-src allows data:), never injected as markup. */
function qrDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  return (
    <div className="card stack">
      <Alert kind="success">{t('totpSetup.enabled')}</Alert>
      <h2>{t('totpSetup.recoveryTitle')}</h2>
      <p>{t('totpSetup.recoveryLead')}</p>
      <ol className="recovery-codes" aria-label={t('totpSetup.recoveryTitle')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <Checkbox label={t('totpSetup.recoverySaved')} checked={saved} onChecked={setSaved} />
      <Button disabled={!saved} onClick={onDone}>
        {t('totpSetup.continue')}
      </Button>
    </div>
  );
}

/**
 * Second-factor set-up: shows the QR code and the secret as text, confirms with a code, then shows
 * the recovery codes exactly once. `forced` is the sign-in step for roles that require it.
 */
export default function TotpSetupPage({ forced = false }: { forced?: boolean }) {
  const { t } = useTranslation();
  const session = useSession();
  const [, navigate] = useLocation();
  const [setup, setSetup] = useState<TotpSetupResult | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const started = useRef(false);
  const form = useForm(['code']);

  useEffect(() => {
    if (started.current) return; // one secret per visit, even when React runs effects twice
    started.current = true;
    startTotpSetup().then(setSetup, (error: unknown) =>
      setLoadError(error instanceof Error ? error.message : t('common.unexpectedError')),
    );
  }, [t]);

  const onSubmit = form.handle(
    (): Validation<{ code: string }> => {
      const parsed = TotpCode.safeParse(code.replace(/\s+/g, ''));
      return parsed.success
        ? { ok: true, data: { code: parsed.data } }
        : { ok: false, errors: { code: validationMessage('code', code ? 'invalid_format' : 'required') } };
    },
    async (input) => {
      const result = await enableTotp(input);
      setCode('');
      setSetup(null); // the secret is no longer needed on screen
      setRecoveryCodes(result.recoveryCodes);
      // The session is now past this step, but the codes must be read first: the session is
      // re-read only when the user confirms they saved them.
      setCsrfToken(result.csrfToken);
    },
  );

  function finish() {
    setRecoveryCodes(null);
    void session.refresh().then(() => {
      if (!forced) navigate('~/account');
    });
  }

  const page = (children: ReactNode) => (
    <Page title={t('totpSetup.title')} lead={forced ? t('totpSetup.leadForced') : t('totpSetup.lead')} narrow>
      {children}
    </Page>
  );

  if (recoveryCodes) return page(<RecoveryCodes codes={recoveryCodes} onDone={finish} />);
  if (loadError) return page(<Alert kind="error">{loadError}</Alert>);
  if (!setup) return page(<Loading label={t('common.loading')} />);

  return page(
    <form ref={form.ref} className="form card" onSubmit={onSubmit} noValidate>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <ol className="steps">
        <li>{t('totpSetup.stepApp')}</li>
        <li>
          {t('totpSetup.stepScan')}
          <img
            className="qr"
            src={qrDataUrl(setup.qrSvg)}
            width={200}
            height={200}
            alt={t('totpSetup.qrAlt')}
          />
          <p className="secret-label" id="totp-secret-label">
            {t('totpSetup.secretLabel')}
          </p>
          <code className="secret" aria-labelledby="totp-secret-label">
            {groupSecret(setup.secret)}
          </code>
        </li>
        <li>{t('totpSetup.stepConfirm')}</li>
      </ol>
      <TextField
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
      <Button type="submit" busy={form.busy}>
        {t('totpSetup.submit')}
      </Button>
      {forced ? (
        <Button variant="secondary" onClick={() => void session.signOut()}>
          {t('totp.cancel')}
        </Button>
      ) : null}
    </form>,
  );
}

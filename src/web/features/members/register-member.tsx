import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import {
  AGE_BANDS,
  GENDER_IDENTITIES,
  WORK_SETTINGS,
  type AgeBand,
  type DuplicateMatch,
  type GenderIdentity,
  type MemberCreateInput,
  type WorkSetting,
} from '../../../domain/members.schemas';
import { formatDisplayCode } from '../../../domain/members';
import { newId } from '../../../domain/ids';
import {
  buildUic,
  InvalidUicAnswerError,
  UIC_RECIPES,
  type BuiltUic,
  type UicAnswers,
  type UicRecipeId,
} from '../../../domain/uic';
import { ApiError } from '../../app/api-client';
import { useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Checkbox, SelectField } from '../../ui/field';
import { Icon } from '../../ui/icons';
import { Loading, Page } from '../../ui/page';
import { todayOnDevice } from '../contacts/contact-package';
import { createMember, recordConsent, useRegistrySettings, useSites } from './members.resource';
import { UicQuestions } from './uic-questions';

type Step = 'questions' | 'details';

/** The code stays on screen only while she checks it with the person, then hides itself. */
const REVEAL_MS = 10_000;

function CodeReady({ built, recipeId }: { built: BuiltUic; recipeId: UicRecipeId }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!shown) return;
    const timer = window.setTimeout(() => setShown(false), REVEAL_MS);
    return () => window.clearTimeout(timer);
  }, [shown]);
  const recipe = UIC_RECIPES[recipeId];
  const labelOf = (id: string) => {
    const question = recipe.questions.find((q) => q.id === id);
    return question ? t(question.labelKey) : id;
  };
  return (
    <div className="uic-ready" role="status">
      <p className="uic-ready__title">
        <Icon name="check" />
        {t('memberScreens.register.codeReady')}
      </p>
      {built.fallbacksUsed.length > 0 ? (
        <>
          <p className="flush">{t('memberScreens.register.fallbacksUsed')}</p>
          <ul className="uic-ready__fallbacks">
            {built.fallbacksUsed.map((id) => (
              <li key={id}>{labelOf(id)}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="flush muted">{t('memberScreens.register.noFallbacks')}</p>
      )}
      {shown ? (
        <p className="uic-ready__code">
          <code>{built.code}</code>
        </p>
      ) : null}
      <Button variant="link" onClick={() => setShown((value) => !value)}>
        <Icon name="eye" size={20} />
        {shown ? t('memberScreens.register.hideCode') : t('memberScreens.register.showCode')}
      </Button>
    </div>
  );
}

function DuplicateDialog({
  matches,
  busy,
  onDistinct,
  onCancel,
}: {
  matches: readonly DuplicateMatch[];
  busy: boolean;
  onDistinct: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div
      className="card duplicate"
      role="alertdialog"
      aria-labelledby="duplicate-title"
      aria-describedby="duplicate-lead"
    >
      <h2 id="duplicate-title" ref={heading} tabIndex={-1}>
        {t('memberScreens.duplicate.title')}
      </h2>
      <p id="duplicate-lead">{t('memberScreens.duplicate.lead')}</p>
      <ul className="items">
        {matches.map((match) => (
          <li key={match.id} className="item item--compact">
            <span className="member-code">{formatDisplayCode(match.displayCode)}</span>
            <Link href={`/${match.id}`} className="button button--primary">
              {t('memberScreens.duplicate.same')}
            </Link>
          </li>
        ))}
      </ul>
      <div className="form__actions">
        <Button variant="secondary" busy={busy} onClick={onDistinct}>
          {t('memberScreens.duplicate.distinct')}
        </Button>
        <Button variant="link" onClick={onCancel}>
          {t('memberScreens.register.cancel')}
        </Button>
      </div>
    </div>
  );
}

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/**
 * Registering a member: the UIC questions one by one, the code built on this device with the network's
 * recipe; then a few attributes. Only the code (with the recipe and the fallbacks) leaves the device;
 * the answers live in this screen's memory and are wiped once the member is registered or the screen
 * closes. Nothing goes to the address bar, the browser's storage or the console.
 */
export function RegisterMember() {
  const { t, i18n } = useTranslation();
  const org = useOrg();
  const [, navigate] = useLocation();
  const settings = useRegistrySettings(org.orgId);
  const sites = useSites(org.orgId);
  const [step, setStep] = useState<Step>('questions');
  const [answers, setAnswers] = useState<UicAnswers>({});
  const [built, setBuilt] = useState<BuiltUic | null>(null);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [ageBand, setAgeBand] = useState<AgeBand>('unknown');
  const [gender, setGender] = useState<GenderIdentity>('unknown');
  const [work, setWork] = useState<WorkSetting[]>([]);
  const [flags, setFlags] = useState<string[]>([]);
  const [usualSites, setUsualSites] = useState<string[]>([]);
  const [consent, setConsent] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [matches, setMatches] = useState<DuplicateMatch[] | null>(null);
  const [memberId] = useState(() => newId());

  // Leaving the screen drops the answers and the code with it.
  useEffect(
    () => () => {
      setAnswers({});
      setBuilt(null);
    },
    [],
  );

  if (settings.error) return <Alert kind="error">{settings.error.message}</Alert>;
  if (!settings.data) return <Loading label={t('common.loading')} />;
  const recipeId = settings.data.uicRecipeId;
  const recipe = UIC_RECIPES[recipeId];

  function wipe() {
    setAnswers({});
    setBuilt(null);
    setMatches(null);
  }

  function finishQuestions() {
    try {
      setBuilt(buildUic(recipe, answers));
      setInvalid(null);
      setStep('details');
    } catch (reason) {
      if (reason instanceof InvalidUicAnswerError) setInvalid(reason.questionId);
      else throw reason;
    }
  }

  async function register(confirmedDistinct: boolean) {
    if (!built) return;
    setBusy(true);
    setError(null);
    const input: MemberCreateInput = {
      id: memberId,
      uic: { recipeId, code: built.code, fallbacksUsed: built.fallbacksUsed },
      ...(confirmedDistinct ? { confirmedDistinct: true } : {}),
      ageBand,
      genderIdentity: gender,
      workSettings: work,
      riskFlags: flags,
      usualSiteIds: usualSites,
      firstContactOn: todayOnDevice(),
    };
    try {
      const member = await createMember(org.orgId, input);
      wipe();
      if (consent) {
        await recordConsent(org.orgId, member.id, { purpose: 'services', granted: true }).catch(
          () => undefined,
        );
      }
      navigate(`/${member.id}`, { state: { registered: true } });
    } catch (reason) {
      if (reason instanceof ApiError && reason.code === 'possible_duplicate') {
        const found = (reason.details?.matches ?? []) as DuplicateMatch[];
        setMatches(found);
      } else {
        setError(reason instanceof ApiError ? reason.message : t('memberScreens.register.failed'));
      }
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!busy) void register(false);
  }

  const flagLabel = (key: string) => {
    const flag = settings.data?.riskFlags.find((f) => f.key === key);
    const lang = i18n.language as 'es' | 'pt-BR' | 'en';
    return flag ? (flag.labels[lang] ?? flag.labels.es) : key;
  };
  const cancel = () => {
    wipe();
    navigate('/');
  };

  return (
    <Page title={t('memberScreens.register.title')} lead={t('uic.intro')} narrow>
      {step === 'questions' ? (
        <UicQuestions
          recipe={recipe}
          answers={answers}
          startAt={invalid}
          invalidQuestion={invalid}
          onAnswer={(id, value) => setAnswers((current) => ({ ...current, [id]: value }))}
          onDone={finishQuestions}
          onCancel={cancel}
        />
      ) : null}
      {step === 'details' && built ? (
        <div className="stack">
          <CodeReady built={built} recipeId={recipeId} />
          <Button
            variant="link"
            onClick={() => {
              setBuilt(null);
              setStep('questions');
            }}
          >
            {t('memberScreens.register.reviewAnswers')}
          </Button>
          {matches ? (
            <DuplicateDialog
              matches={matches}
              busy={busy}
              onDistinct={() => void register(true)}
              onCancel={cancel}
            />
          ) : (
            <form className="card form" aria-labelledby="member-details-title" onSubmit={submit} noValidate>
              <h2 id="member-details-title" className="form__title">
                {t('memberScreens.register.detailsTitle')}
              </h2>
              {error ? <Alert kind="error">{error}</Alert> : null}
              <SelectField
                label={t('members.fields.ageBand')}
                value={ageBand}
                onValue={(value) => setAgeBand(value as AgeBand)}
                options={AGE_BANDS.map((band) => ({ value: band, label: t(`members.ageBands.${band}`) }))}
              />
              <SelectField
                label={t('members.fields.genderIdentity')}
                value={gender}
                onValue={(value) => setGender(value as GenderIdentity)}
                options={GENDER_IDENTITIES.map((g) => ({
                  value: g,
                  label: t(`members.genderIdentities.${g}`),
                }))}
              />
              <fieldset className="chips">
                <legend className="field__label">{t('members.fields.workSettings')}</legend>
                <div className="chips__list">
                  {WORK_SETTINGS.map((setting) => (
                    <label key={setting} className="chip">
                      <input
                        type="checkbox"
                        checked={work.includes(setting)}
                        onChange={() => setWork((list) => toggle(list, setting))}
                      />
                      <span>{t(`members.workSettings.${setting}`)}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
              {(sites.data?.sites.length ?? 0) > 0 ? (
                <fieldset className="chips">
                  <legend className="field__label">{t('members.fields.usualSiteIds')}</legend>
                  <div className="chips__list">
                    {sites.data?.sites.map((site) => (
                      <label key={site.id} className="chip">
                        <input
                          type="checkbox"
                          checked={usualSites.includes(site.id)}
                          onChange={() => setUsualSites((list) => toggle(list, site.id))}
                        />
                        <span>{site.name}</span>
                      </label>
                    ))}
                  </div>
                </fieldset>
              ) : null}
              {settings.data.riskFlags.length > 0 ? (
                <fieldset className="chips">
                  <legend className="field__label">{t('members.fields.riskFlags')}</legend>
                  <p className="field__hint">{t('members.priorityHint')}</p>
                  <div className="chips__list">
                    {settings.data.riskFlags.map((flag) => (
                      <label key={flag.key} className="chip">
                        <input
                          type="checkbox"
                          checked={flags.includes(flag.key)}
                          onChange={() => setFlags((list) => toggle(list, flag.key))}
                        />
                        <span>{flagLabel(flag.key)}</span>
                      </label>
                    ))}
                  </div>
                </fieldset>
              ) : null}
              <Checkbox
                label={t('memberScreens.register.consentServices')}
                checked={consent}
                onChecked={setConsent}
              />
              <div className="form__actions">
                <Button type="submit" busy={busy}>
                  {t('memberScreens.register.submit')}
                </Button>
                <Button variant="secondary" onClick={cancel}>
                  {t('memberScreens.register.cancel')}
                </Button>
              </div>
            </form>
          )}
        </div>
      ) : null}
    </Page>
  );
}

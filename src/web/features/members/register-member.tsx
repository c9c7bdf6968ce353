import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import {
  MemberUpdateInput,
  type DuplicateMatch,
  type MemberCreateInput,
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
import { describeApiError, focusFirstInvalid, validateWith, type FieldErrors } from '../../app/form-errors';
import { useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Checkbox } from '../../ui/field';
import { Icon } from '../../ui/icons';
import { Loading, Page } from '../../ui/page';
import { todayOnDevice } from '../contacts/contact-package';
import {
  BasicFields,
  ChipGroup,
  draftFrom,
  draftToInput,
  MEMBER_FORM_FIELDS,
  MORE_FIELDS,
  MoreFields,
  useAttributeChoices,
  type AttributeDraft,
} from './member-attribute-fields';
import { createMember, recordConsent, useRegistrySettings } from './members.resource';
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
  const choices = useAttributeChoices();
  const formRef = useRef<HTMLFormElement>(null);
  const [step, setStep] = useState<Step>('questions');
  const [answers, setAnswers] = useState<UicAnswers>({});
  const [built, setBuilt] = useState<BuiltUic | null>(null);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [draft, setDraft] = useState<AttributeDraft>(() => draftFrom(null, todayOnDevice()));
  const [flags, setFlags] = useState<string[]>([]);
  const [more, setMore] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
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
    setError(null);
    const attributes = { ...draftToInput(draft, choices, { needs: true }), riskFlags: flags };
    const checked = validateWith(MemberUpdateInput, attributes);
    const showErrors = (errors: FieldErrors) => {
      setFieldErrors(errors);
      if (Object.keys(errors).some((field) => MORE_FIELDS.includes(field))) setMore(true);
      focusFirstInvalid(formRef.current);
    };
    if (!checked.ok) {
      setMatches(null);
      showErrors(checked.errors);
      return;
    }
    setFieldErrors({});
    setBusy(true);
    const input: MemberCreateInput = {
      id: memberId,
      uic: { recipeId, code: built.code, fallbacksUsed: built.fallbacksUsed },
      ...(confirmedDistinct ? { confirmedDistinct: true } : {}),
      ...checked.data,
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
      } else if (reason instanceof ApiError) {
        setMatches(null);
        const described = describeApiError(reason, MEMBER_FORM_FIELDS);
        setError(described.formError);
        showErrors(described.fieldErrors);
      } else {
        setError(t('memberScreens.register.failed'));
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
            <form
              ref={formRef}
              className="card form"
              aria-labelledby="member-details-title"
              onSubmit={submit}
              noValidate
            >
              <h2 id="member-details-title" className="form__title">
                {t('memberScreens.register.detailsTitle')}
              </h2>
              {error ? <Alert kind="error">{error}</Alert> : null}
              <BasicFields
                draft={draft}
                onDraft={(change) => setDraft((current) => ({ ...current, ...change }))}
                errors={fieldErrors}
                choices={choices}
              />
              {settings.data.riskFlags.length > 0 ? (
                <ChipGroup
                  legend={t('members.fields.riskFlags')}
                  hint={t('members.priorityHint')}
                  error={fieldErrors.riskFlags}
                  options={settings.data.riskFlags.map((flag) => ({
                    value: flag.key,
                    label: flagLabel(flag.key),
                  }))}
                  selected={flags}
                  onChange={setFlags}
                />
              ) : null}
              <section className="member-more" aria-labelledby="member-more-toggle">
                <button
                  type="button"
                  id="member-more-toggle"
                  className="member-more__toggle"
                  aria-expanded={more}
                  aria-controls="member-more-fields"
                  onClick={() => setMore((open) => !open)}
                >
                  <span className="member-more__caret" aria-hidden="true">
                    {more ? '−' : '+'}
                  </span>
                  {t('memberScreens.more.title')}
                </button>
                {more ? (
                  <div id="member-more-fields" className="member-more__fields">
                    <p className="field__hint flush">{t('memberScreens.more.lead')}</p>
                    <MoreFields
                      draft={draft}
                      onDraft={(change) => setDraft((current) => ({ ...current, ...change }))}
                      errors={fieldErrors}
                      choices={choices}
                      needs
                    />
                  </div>
                ) : null}
              </section>
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

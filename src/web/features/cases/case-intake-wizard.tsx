import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import {
  CASE_CONSENT_PURPOSES,
  NON_STATE_PERPETRATORS,
  STATE_PERPETRATORS,
  type CaseConsentPurpose,
} from '../../../domain/cases';
import {
  ACT_METHODS,
  CASE_LIMITS,
  CASE_NEEDS,
  CaseIntakeInput,
  CONSEQUENCES,
  LOCATION_TYPES,
  OCCURRED_PRECISIONS,
  SOURCE_RELIABILITIES,
  SOURCE_TYPES,
} from '../../../domain/cases.schemas';
import { newId } from '../../../domain/ids';
import { describeApiError, focusFirstInvalid, validateWith, type FieldErrors } from '../../app/form-errors';
import { useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Checkbox, SelectField, TextAreaField, TextField } from '../../ui/field';
import { Page } from '../../ui/page';
import { todayOnDevice } from '../contacts/contact-package';
import { ChoiceChips, YesNo } from './case-fields';
import { formatOccurred, useActTypeLabel } from './case-labels';
import { createCase, useActTypes, useAreas } from './cases.resource';

const STEPS = [
  'consent',
  'when',
  'acts',
  'victims',
  'perpetrators',
  'source',
  'narrative',
  'review',
] as const;
type Step = (typeof STEPS)[number];

interface ActDraft {
  key: string;
  actType: string;
  method: string;
  consequences: (typeof CONSEQUENCES)[number][];
}
interface VictimDraft {
  key: string;
  kind: 'member' | 'anonymous';
  memberCode: string;
  count: string;
}
interface PerpetratorDraft {
  key: string;
  perpetratorType: string;
  count: string;
  name: string;
}
interface Draft {
  id: string;
  consents: Record<CaseConsentPurpose, boolean | null>;
  consentRecordedOn: string;
  urgent: boolean;
  occurredOn: string;
  occurredUnknown: boolean;
  occurredPrecision: (typeof OCCURRED_PRECISIONS)[number];
  areaId: string;
  locationType: string;
  acts: ActDraft[];
  victims: VictimDraft[];
  perpetrators: PerpetratorDraft[];
  sourceType: string;
  sourceReliability: (typeof SOURCE_RELIABILITIES)[number];
  narrative: string;
  needs: (typeof CASE_NEEDS)[number][];
}

const emptyAct = (): ActDraft => ({ key: newId(), actType: '', method: '', consequences: [] });
const emptyVictim = (): VictimDraft => ({ key: newId(), kind: 'member', memberCode: '', count: '1' });
const emptyPerpetrator = (): PerpetratorDraft => ({
  key: newId(),
  perpetratorType: '',
  count: '1',
  name: '',
});

function initialDraft(): Draft {
  return {
    id: newId(),
    consents: { record: null, follow_up: null, advocacy_anonymized: null, network_share: null },
    consentRecordedOn: todayOnDevice(),
    urgent: false,
    occurredOn: todayOnDevice(),
    occurredUnknown: false,
    occurredPrecision: 'day',
    areaId: '',
    locationType: '',
    acts: [emptyAct()],
    victims: [emptyVictim()],
    perpetrators: [],
    sourceType: 'victim',
    sourceReliability: 'high',
    narrative: '',
    needs: [],
  };
}

/** The API body: unanswered consents count as "no" here, the consent step insists on an answer first. */
function toInput(draft: Draft): unknown {
  const toCount = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));
  return {
    id: draft.id,
    consents: Object.fromEntries(CASE_CONSENT_PURPOSES.map((p) => [p, draft.consents[p] ?? false])),
    consentRecordedOn: draft.consentRecordedOn,
    urgent: draft.urgent,
    occurredOn: draft.occurredUnknown ? null : draft.occurredOn || null,
    occurredPrecision: draft.occurredPrecision,
    areaId: draft.areaId || null,
    locationType: draft.locationType || null,
    acts: draft.acts.map((act) => ({
      actType: act.actType,
      method: act.method || null,
      consequences: act.consequences,
    })),
    victims: draft.victims.map((victim) =>
      victim.kind === 'member'
        ? { memberCode: victim.memberCode }
        : { anonymousCount: toCount(victim.count) },
    ),
    perpetrators: draft.perpetrators.map((p) => ({
      perpetratorType: p.perpetratorType,
      count: toCount(p.count),
      name: p.name.trim() ? p.name : null,
    })),
    sourceType: draft.sourceType || null,
    sourceReliability: draft.sourceReliability,
    narrative: draft.narrative.trim() ? draft.narrative : null,
    needs: draft.needs,
  };
}

/** The step where a field (by its path in the API body) is answered. */
function stepOf(path: string): Step {
  const head = path.split('.')[0] ?? '';
  if (head === 'consents' || head === 'consentRecordedOn') return 'consent';
  if (['urgent', 'occurredOn', 'occurredPrecision', 'areaId', 'locationType'].includes(head)) return 'when';
  if (head === 'acts') return 'acts';
  if (head === 'victims') return 'victims';
  if (head === 'perpetrators') return 'perpetrators';
  if (head === 'sourceType' || head === 'sourceReliability') return 'source';
  if (head === 'narrative' || head === 'needs') return 'narrative';
  return 'review';
}

/**
 * The intake wizard (issue 5 §1), one question group per screen so that it works on a 360 px phone:
 * consent → when/where → acts → victims → perpetrators → source → narrative and needs → review. The
 * answers stay in this component's memory until the case is saved in one request (client id, so a
 * retried save never makes two cases).
 */
export function CaseIntakeWizard() {
  const { t, i18n } = useTranslation();
  const org = useOrg();
  const [, navigate] = useLocation();
  const actTypes = useActTypes(org.orgId);
  const areas = useAreas(org.orgId);
  const actTypeLabel = useActTypeLabel(actTypes.data?.actTypes);
  const [draft, setDraft] = useState<Draft>(initialDraft);
  const [step, setStep] = useState<Step>('consent');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const index = STEPS.indexOf(step);
  // An answer being changed is no longer the answer the error was about.
  const set = (patch: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setErrors({});
  };

  /** Errors of the current step (or of every step up to it, for the review). */
  function check(upTo: Step): FieldErrors {
    const found: FieldErrors = {};
    const limit = STEPS.indexOf(upTo);
    if (limit >= STEPS.indexOf('consent')) {
      for (const purpose of CASE_CONSENT_PURPOSES)
        if (draft.consents[purpose] === null) found[`consents.${purpose}`] = t('reasons.required');
      if (draft.consents.record === false) found['consents.record'] = t('cases.wizard.consentRequired');
    }
    const result = validateWith(CaseIntakeInput, toInput(draft));
    if (!result.ok)
      for (const [path, message] of Object.entries(result.errors))
        if (STEPS.indexOf(stepOf(path)) <= limit) found[path] ??= message;
    if (upTo !== 'review')
      for (const path of Object.keys(found)) if (stepOf(path) !== upTo) delete found[path];
    return found;
  }

  function go(to: Step) {
    setErrors({});
    setFormError(null);
    setStep(to);
    window.scrollTo({ top: 0 });
  }

  function next() {
    const found = check(step);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    go(STEPS[index + 1]!);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (step !== 'review') return next();
    const found = check('review');
    if (Object.keys(found).length > 0) {
      setErrors(found);
      setStep(stepOf(Object.keys(found)[0]!));
      return;
    }
    setBusy(true);
    setFormError(null);
    try {
      const created = await createCase(org.orgId, toInput(draft) as CaseIntakeInput);
      navigate(`/${created.id}`, { state: { saved: created.reference } });
    } catch (error) {
      const field = (error as { field?: string }).field;
      const described = describeApiError(error, field ? [field] : []);
      setErrors(described.fieldErrors);
      setFormError(described.formError);
      if (field) setStep(stepOf(field));
    } finally {
      setBusy(false);
    }
  }

  const consentOptions = { yes: t('cases.wizard.yes'), no: t('cases.wizard.no') };
  const errorAt = (path: string) => errors[path];
  const updateAt = <K extends 'acts' | 'victims' | 'perpetrators'>(
    key: K,
    at: number,
    patch: Partial<Draft[K][number]>,
  ) => {
    setErrors({});
    setDraft((current) => ({
      ...current,
      [key]: (current[key] as Draft[K][number][]).map((item, i) => (i === at ? { ...item, ...patch } : item)),
    }));
  };
  const removeAt = (key: 'acts' | 'victims' | 'perpetrators', at: number) =>
    setDraft((current) => ({ ...current, [key]: (current[key] as unknown[]).filter((_, i) => i !== at) }));

  const activeActTypes = (actTypes.data?.actTypes ?? []).filter((type) => type.active);
  const perpetratorOptions = [
    { value: '', label: t('cases.wizard.choosePerpetrator') },
    ...STATE_PERPETRATORS.map((type) => ({
      value: type,
      label: `${t(`cases.perpetrator.${type}`)} (${t('cases.perpetrator.state')})`,
    })),
    ...NON_STATE_PERPETRATORS.map((type) => ({ value: type, label: t(`cases.perpetrator.${type}`) })),
  ];

  return (
    <Page title={t('cases.wizard.title')} narrow>
      <form ref={form} className="form case-wizard" noValidate onSubmit={(event) => void submit(event)}>
        <p className="case-wizard__progress" aria-live="polite">
          <span className="muted small">{t('cases.wizard.step', { n: index + 1, total: STEPS.length })}</span>
          <strong className="case-wizard__step-title">{t(`cases.wizard.steps.${step}`)}</strong>
        </p>
        <ol className="case-wizard__dots" aria-hidden="true">
          {STEPS.map((s, i) => (
            <li key={s} className={i < index ? 'done' : i === index ? 'current' : ''} />
          ))}
        </ol>
        {formError ? <Alert kind="error">{formError}</Alert> : null}
        {Object.keys(errors).length > 0 && !formError ? (
          <Alert kind="error">{t('cases.wizard.fixErrors')}</Alert>
        ) : null}

        {step === 'consent' ? (
          <div className="stack">
            <p className="muted">{t('cases.wizard.consentLead')}</p>
            {CASE_CONSENT_PURPOSES.map((purpose) => (
              <YesNo
                key={purpose}
                name={`consent-${purpose}`}
                legend={t(`cases.consent.purposes.${purpose}`)}
                value={draft.consents[purpose]}
                onValue={(value) => set({ consents: { ...draft.consents, [purpose]: value } })}
                error={errorAt(`consents.${purpose}`)}
                {...consentOptions}
              />
            ))}
            <TextField
              type="date"
              label={t('cases.wizard.consentDate')}
              value={draft.consentRecordedOn}
              onValue={(consentRecordedOn) => set({ consentRecordedOn })}
              error={errorAt('consentRecordedOn')}
            />
          </div>
        ) : null}

        {step === 'when' ? (
          <div className="stack">
            <div className="case-urgent-toggle">
              <Checkbox
                label={t('cases.wizard.urgent')}
                checked={draft.urgent}
                onChecked={(urgent) => set({ urgent })}
              />
              <p className="field__hint">{t('cases.wizard.urgentHint')}</p>
            </div>
            <Checkbox
              label={t('cases.wizard.occurredUnknown')}
              checked={draft.occurredUnknown}
              onChecked={(occurredUnknown) => set({ occurredUnknown })}
            />
            {draft.occurredUnknown ? null : (
              <>
                <TextField
                  type="date"
                  label={t('cases.wizard.occurredOn')}
                  value={draft.occurredOn}
                  onValue={(occurredOn) => set({ occurredOn })}
                  error={errorAt('occurredOn')}
                />
                <SelectField
                  label={t('cases.wizard.precision')}
                  value={draft.occurredPrecision}
                  onValue={(value) => set({ occurredPrecision: value as Draft['occurredPrecision'] })}
                  options={OCCURRED_PRECISIONS.map((p) => ({ value: p, label: t(`cases.precision.${p}`) }))}
                />
              </>
            )}
            <SelectField
              label={t('cases.wizard.area')}
              value={draft.areaId}
              onValue={(areaId) => set({ areaId })}
              error={errorAt('areaId')}
              options={[
                { value: '', label: t('cases.wizard.noArea') },
                ...(areas.data?.areas ?? []).map((area) => ({
                  value: area.id,
                  label: area.path.join(' › '),
                })),
              ]}
            />
            <SelectField
              label={t('cases.wizard.locationType')}
              value={draft.locationType}
              onValue={(locationType) => set({ locationType })}
              options={[
                { value: '', label: t('cases.wizard.noLocation') },
                ...LOCATION_TYPES.map((type) => ({ value: type, label: t(`cases.location.${type}`) })),
              ]}
            />
          </div>
        ) : null}

        {step === 'acts' ? (
          <div className="stack">
            <p className="muted">{t('cases.wizard.actsLead')}</p>
            {draft.acts.map((act, i) => (
              <fieldset key={act.key} className="card case-wizard__item">
                <legend className="case-wizard__item-title">{t('cases.wizard.actN', { n: i + 1 })}</legend>
                <SelectField
                  label={t('cases.wizard.actType')}
                  value={act.actType}
                  onValue={(actType) => updateAt('acts', i, { actType })}
                  error={errorAt(`acts.${i}.actType`)}
                  options={[
                    { value: '', label: t('cases.wizard.chooseActType') },
                    ...activeActTypes.map((type) => ({ value: type.key, label: actTypeLabel(type.key) })),
                  ]}
                />
                <SelectField
                  label={t('cases.wizard.method')}
                  value={act.method}
                  onValue={(method) => updateAt('acts', i, { method })}
                  options={[
                    { value: '', label: t('cases.method.none') },
                    ...ACT_METHODS.map((m) => ({ value: m, label: t(`cases.method.${m}`) })),
                  ]}
                />
                <ChoiceChips
                  legend={t('cases.wizard.consequences')}
                  options={CONSEQUENCES.map((c) => ({ value: c, label: t(`cases.consequence.${c}`) }))}
                  selected={act.consequences}
                  onChange={(consequences) => updateAt('acts', i, { consequences })}
                />
                {draft.acts.length > 1 ? (
                  <Button variant="link" onClick={() => removeAt('acts', i)}>
                    {t('cases.wizard.removeAct')}
                  </Button>
                ) : null}
              </fieldset>
            ))}
            {errorAt('acts') ? <p className="field__error">{errorAt('acts')}</p> : null}
            {draft.acts.length < CASE_LIMITS.actsMax ? (
              <Button variant="secondary" onClick={() => set({ acts: [...draft.acts, emptyAct()] })}>
                {t('cases.wizard.addAct')}
              </Button>
            ) : null}
          </div>
        ) : null}

        {step === 'victims' ? (
          <div className="stack">
            <p className="muted">{t('cases.wizard.victimsLead')}</p>
            {draft.victims.map((victim, i) => (
              <fieldset key={victim.key} className="card case-wizard__item">
                <legend className="case-wizard__item-title">{t('cases.wizard.victimN', { n: i + 1 })}</legend>
                <SelectField
                  label={t('cases.wizard.victimKind')}
                  value={victim.kind}
                  onValue={(kind) => updateAt('victims', i, { kind: kind as VictimDraft['kind'] })}
                  options={[
                    { value: 'member', label: t('cases.wizard.victimMember') },
                    { value: 'anonymous', label: t('cases.wizard.victimAnonymous') },
                  ]}
                />
                {victim.kind === 'member' ? (
                  <TextField
                    label={t('cases.wizard.memberCode')}
                    hint={t('cases.wizard.memberCodeHint')}
                    value={victim.memberCode}
                    autoCapitalize="characters"
                    autoComplete="off"
                    spellCheck={false}
                    onValue={(memberCode) => updateAt('victims', i, { memberCode })}
                    error={errorAt(`victims.${i}.memberCode`) ?? errorAt(`victims.${i}`)}
                  />
                ) : (
                  <TextField
                    type="number"
                    inputMode="numeric"
                    min={1}
                    label={t('cases.wizard.anonymousCount')}
                    value={victim.count}
                    onValue={(count) => updateAt('victims', i, { count })}
                    error={errorAt(`victims.${i}.anonymousCount`) ?? errorAt(`victims.${i}`)}
                  />
                )}
                {draft.victims.length > 1 ? (
                  <Button variant="link" onClick={() => removeAt('victims', i)}>
                    {t('cases.wizard.removeVictim')}
                  </Button>
                ) : null}
              </fieldset>
            ))}
            {errorAt('victims') ? <p className="field__error">{errorAt('victims')}</p> : null}
            {draft.victims.length < CASE_LIMITS.victimsMax ? (
              <Button variant="secondary" onClick={() => set({ victims: [...draft.victims, emptyVictim()] })}>
                {t('cases.wizard.addVictim')}
              </Button>
            ) : null}
          </div>
        ) : null}

        {step === 'perpetrators' ? (
          <div className="stack">
            <p className="muted">{t('cases.wizard.perpetratorsLead')}</p>
            {draft.perpetrators.length === 0 ? (
              <p className="empty">{t('cases.wizard.noPerpetrators')}</p>
            ) : null}
            {draft.perpetrators.map((perpetrator, i) => (
              <fieldset key={perpetrator.key} className="card case-wizard__item">
                <legend className="case-wizard__item-title">
                  {t('cases.wizard.perpetratorN', { n: i + 1 })}
                </legend>
                <SelectField
                  label={t('cases.wizard.perpetratorType')}
                  value={perpetrator.perpetratorType}
                  onValue={(perpetratorType) => updateAt('perpetrators', i, { perpetratorType })}
                  error={errorAt(`perpetrators.${i}.perpetratorType`)}
                  options={perpetratorOptions}
                />
                <TextField
                  type="number"
                  inputMode="numeric"
                  min={1}
                  label={t('cases.wizard.perpetratorCount')}
                  value={perpetrator.count}
                  onValue={(count) => updateAt('perpetrators', i, { count })}
                  error={errorAt(`perpetrators.${i}.count`)}
                />
                <TextField
                  label={t('cases.wizard.perpetratorName')}
                  value={perpetrator.name}
                  autoComplete="off"
                  maxLength={CASE_LIMITS.perpetratorNameMax}
                  onValue={(name) => updateAt('perpetrators', i, { name })}
                  error={errorAt(`perpetrators.${i}.name`)}
                />
                <Button variant="link" onClick={() => removeAt('perpetrators', i)}>
                  {t('cases.wizard.removePerpetrator')}
                </Button>
              </fieldset>
            ))}
            {draft.perpetrators.length < CASE_LIMITS.perpetratorsMax ? (
              <Button
                variant="secondary"
                onClick={() => set({ perpetrators: [...draft.perpetrators, emptyPerpetrator()] })}
              >
                {t('cases.wizard.addPerpetrator')}
              </Button>
            ) : null}
          </div>
        ) : null}

        {step === 'source' ? (
          <div className="stack">
            <SelectField
              label={t('cases.wizard.sourceType')}
              value={draft.sourceType}
              onValue={(sourceType) => set({ sourceType })}
              options={SOURCE_TYPES.map((s) => ({ value: s, label: t(`cases.source.${s}`) }))}
            />
            <SelectField
              label={t('cases.wizard.reliability')}
              value={draft.sourceReliability}
              onValue={(value) => set({ sourceReliability: value as Draft['sourceReliability'] })}
              options={SOURCE_RELIABILITIES.map((r) => ({ value: r, label: t(`cases.reliability.${r}`) }))}
            />
          </div>
        ) : null}

        {step === 'narrative' ? (
          <div className="stack">
            <TextAreaField
              label={t('cases.wizard.narrative')}
              hint={t('cases.wizard.narrativeHint')}
              value={draft.narrative}
              rows={8}
              maxLength={CASE_LIMITS.narrativeMax}
              onValue={(narrative) => set({ narrative })}
              error={errorAt('narrative')}
            />
            <ChoiceChips
              legend={t('cases.wizard.needsLabel')}
              options={CASE_NEEDS.map((need) => ({ value: need, label: t(`cases.needs.${need}`) }))}
              selected={draft.needs}
              onChange={(needs) => set({ needs })}
            />
          </div>
        ) : null}

        {step === 'review' ? (
          <div className="stack">
            <p className="muted">{t('cases.wizard.reviewLead')}</p>
            <dl className="case-review">
              <dt>{t('cases.consent.title')}</dt>
              <dd>
                {CASE_CONSENT_PURPOSES.map((p) => (
                  <span key={p} className="case-review__line">
                    {t(`cases.consent.purposes.${p}`)}:{' '}
                    <strong>{draft.consents[p] ? t('cases.wizard.yes') : t('cases.wizard.no')}</strong>
                  </span>
                ))}
              </dd>
              <dt>{t('cases.wizard.steps.when')}</dt>
              <dd>
                {draft.urgent ? <span className="badge badge--warn">{t('cases.detail.urgent')}</span> : null}{' '}
                {draft.occurredUnknown
                  ? t('cases.wizard.occurredUnknown')
                  : formatOccurred(draft.occurredOn, draft.occurredPrecision, i18n.language)}
                {draft.locationType ? ` · ${t(`cases.location.${draft.locationType}`)}` : ''}
                {draft.areaId ? ` · ${areas.data?.areas.find((a) => a.id === draft.areaId)?.name ?? ''}` : ''}
              </dd>
              <dt>{t('cases.wizard.steps.acts')}</dt>
              <dd>{draft.acts.map((act) => actTypeLabel(act.actType)).join(' · ')}</dd>
              <dt>{t('cases.wizard.steps.victims')}</dt>
              <dd>
                {draft.victims
                  .map((v) =>
                    v.kind === 'member'
                      ? v.memberCode.toUpperCase()
                      : Number(v.count) === 1
                        ? t('cases.detail.victimAnonymousOne', { count: 1 })
                        : t('cases.detail.victimAnonymousGroup', { count: Number(v.count) || 0 }),
                  )
                  .join(' · ')}
              </dd>
              <dt>{t('cases.wizard.steps.perpetrators')}</dt>
              <dd>
                {draft.perpetrators.length === 0
                  ? '—'
                  : draft.perpetrators
                      .map(
                        (p) =>
                          `${t(`cases.perpetrator.${p.perpetratorType}`)} ${t('cases.detail.countOf', { count: Number(p.count) || 0 })}`,
                      )
                      .join(' · ')}
              </dd>
              <dt>{t('cases.wizard.steps.source')}</dt>
              <dd>
                {t(`cases.source.${draft.sourceType}`)} · {t(`cases.reliability.${draft.sourceReliability}`)}
              </dd>
              <dt>{t('cases.wizard.needsLabel')}</dt>
              <dd>{draft.needs.map((n) => t(`cases.needs.${n}`)).join(' · ') || '—'}</dd>
              <dt>{t('cases.wizard.narrative')}</dt>
              <dd className="case-review__narrative">{draft.narrative || '—'}</dd>
            </dl>
          </div>
        ) : null}

        <div className="case-wizard__nav">
          {index > 0 ? (
            <Button variant="secondary" onClick={() => go(STEPS[index - 1]!)}>
              {t('cases.wizard.back')}
            </Button>
          ) : (
            <Link href="/" className="button button--secondary">
              {t('cases.wizard.cancel')}
            </Link>
          )}
          <Button type="submit" busy={busy}>
            {step === 'review' ? t('cases.wizard.submit') : t('cases.wizard.next')}
          </Button>
        </div>
      </form>
    </Page>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONTACT_LIMITS,
  CONTACT_NEEDS,
  FACILITY_TYPES,
  INFO_TOPICS,
  REFERRAL_SERVICES,
  type ContactCreateInput,
  type ContactNeed,
  type ContactView,
  type FacilityType,
  type InfoTopic,
  type ReferralService,
} from '../../../domain/contacts.schemas';
import { newId } from '../../../domain/ids';
import { ApiError } from '../../app/api-client';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Icon } from '../../ui/icons';
import { correctContact, createContact } from './contacts.resource';
import type { ContactPackage } from './contact-package';
import { todayOnDevice } from './contact-package';
import { QuantityStepper } from './quantity-stepper';
import './contacts.css';

export interface SiteChoice {
  id: string;
  name: string;
}

type Mode =
  | { kind: 'member'; memberId: string; usual: ContactPackage; siteId: string | null }
  | { kind: 'anonymous' }
  | { kind: 'correct'; contact: ContactView };

interface ContactFormProps {
  orgId: string;
  mode: Mode;
  sites: readonly SiteChoice[];
  /** Heading of the form (also its accessible name). */
  title: string;
  onSaved: (contact: ContactView) => void;
  onCancel?: () => void;
}

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

function ChipGroup<T extends string>({
  legend,
  options,
  selected,
  label,
  onToggle,
}: {
  legend: string;
  options: readonly T[];
  selected: readonly T[];
  label: (option: T) => string;
  onToggle: (option: T) => void;
}) {
  return (
    <fieldset className="chips">
      <legend className="field__label">{legend}</legend>
      <div className="chips__list">
        {options.map((option) => (
          <label key={option} className="chip">
            <input type="checkbox" checked={selected.includes(option)} onChange={() => onToggle(option)} />
            <span>{label(option)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * A contact: the package (condoms, lubricant, HIV self-tests) with big steppers, and — folded — the
 * day, the site, topics, needs and referrals. For a known member the usual package is preselected so
 * that "Guardar" is the only tap left; a correction starts from the contact it corrects.
 */
export function ContactForm({ orgId, mode, sites, title, onSaved, onCancel }: ContactFormProps) {
  const { t } = useTranslation();
  const start = mode.kind === 'correct' ? mode.contact : null;
  const usual = mode.kind === 'member' ? mode.usual : null;
  const [condoms, setCondoms] = useState(start?.condoms ?? usual?.condoms ?? 0);
  const [lubricant, setLubricant] = useState(start?.lubricant ?? usual?.lubricant ?? 0);
  const [tests, setTests] = useState(start?.hivSelfTests ?? usual?.hivSelfTests ?? 0);
  const [people, setPeople] = useState(start?.anonymousCount ?? 1);
  const [day, setDay] = useState(start?.contactedOn ?? todayOnDevice());
  const [siteId, setSiteId] = useState(
    start ? (start.siteId ?? '') : mode.kind === 'member' ? (mode.siteId ?? '') : '',
  );
  const [topics, setTopics] = useState<InfoTopic[]>(start?.infoTopics ?? []);
  const [needs, setNeeds] = useState<ContactNeed[]>(start?.needs ?? []);
  const [referrals, setReferrals] = useState<ReferralService[]>(
    start?.referrals.map((referral) => referral.service) ?? [],
  );
  const [facility, setFacility] = useState<FacilityType>(start?.referrals[0]?.facilityType ?? 'public');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // One id per attempt: a retried "Guardar" after a lost answer does not record the contact twice.
  const [attemptId] = useState(() => newId());
  const anonymous = mode.kind === 'anonymous' || (start !== null && start.memberId === null);
  const formId = `contact-form-${mode.kind}`;

  const fields = () => ({
    contactedOn: day,
    siteId: siteId || null,
    condoms,
    lubricant,
    hivSelfTests: tests,
    infoTopics: topics,
    needs,
    referrals: referrals.map((service) => ({ service, facilityType: facility })),
  });

  async function send(run: () => Promise<ContactView>) {
    setBusy(true);
    setError(null);
    try {
      onSaved(await run());
    } catch (reason) {
      setError(reason instanceof ApiError ? reason.message : t('contactScreens.saveFailed'));
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (mode.kind === 'correct') {
      void send(() =>
        correctContact(orgId, mode.contact.id, {
          id: attemptId,
          ...fields(),
          ...(anonymous ? { anonymousCount: people } : {}),
        }),
      );
      return;
    }
    const input: ContactCreateInput =
      mode.kind === 'member'
        ? { id: attemptId, memberId: mode.memberId, ...fields() }
        : { id: attemptId, anonymousCount: people, ...fields() };
    void send(() => createContact(orgId, input));
  }

  const detailsCount = topics.length + needs.length + referrals.length;
  return (
    <form className="contact-form card" aria-labelledby={`${formId}-title`} onSubmit={submit} noValidate>
      <h2 id={`${formId}-title`} className="contact-form__title">
        {title}
      </h2>
      {error ? <Alert kind="error">{error}</Alert> : null}
      {anonymous ? (
        <QuantityStepper
          label={t('contactScreens.people')}
          icon="tally"
          value={people}
          min={1}
          max={CONTACT_LIMITS.anonymousCountMax}
          onValue={setPeople}
        />
      ) : null}
      <div className="contact-form__package">
        <QuantityStepper
          label={t('contactScreens.condoms')}
          icon="condom"
          value={condoms}
          max={CONTACT_LIMITS.condomsMax}
          onValue={setCondoms}
          step={5}
        />
        <QuantityStepper
          label={t('contactScreens.lubricant')}
          icon="lubricant"
          value={lubricant}
          max={CONTACT_LIMITS.lubricantMax}
          onValue={setLubricant}
        />
        <QuantityStepper
          label={t('contactScreens.hivSelfTests')}
          icon="selfTest"
          value={tests}
          max={CONTACT_LIMITS.hivSelfTestsMax}
          onValue={setTests}
        />
      </div>
      <details className="contact-form__more" open={mode.kind === 'correct' || undefined}>
        <summary>
          <Icon name="info" size={20} />
          <span>
            {t('contactScreens.moreDetails')}
            {detailsCount > 0 ? ` (${detailsCount})` : ''}
          </span>
        </summary>
        <div className="contact-form__details">
          <label className="field">
            <span className="field__label">{t('contactScreens.day')}</span>
            <input
              className="field__input"
              type="date"
              value={day}
              min={CONTACT_LIMITS.earliestDate}
              max={todayOnDevice()}
              onChange={(event) => setDay(event.target.value)}
              required
            />
          </label>
          {sites.length > 0 ? (
            <label className="field">
              <span className="field__label">{t('contactScreens.site')}</span>
              <select
                className="field__input field__select"
                value={siteId}
                onChange={(event) => setSiteId(event.target.value)}
              >
                <option value="">{t('contactScreens.noSite')}</option>
                {sites.map((site) => (
                  <option key={site.id} value={site.id}>
                    {site.name}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <ChipGroup
            legend={t('contactScreens.topicsTitle')}
            options={INFO_TOPICS}
            selected={topics}
            label={(topic) => t(`contactScreens.topics.${topic}`)}
            onToggle={(topic) => setTopics((list) => toggle(list, topic))}
          />
          <ChipGroup
            legend={t('contactScreens.referralsTitle')}
            options={REFERRAL_SERVICES}
            selected={referrals}
            label={(service) => t(`contactScreens.referrals.${service}`)}
            onToggle={(service) => setReferrals((list) => toggle(list, service))}
          />
          {referrals.length > 0 ? (
            <label className="field">
              <span className="field__label">{t('contactScreens.facility')}</span>
              <select
                className="field__input field__select"
                value={facility}
                onChange={(event) => setFacility(event.target.value as FacilityType)}
              >
                {FACILITY_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`contactScreens.facilities.${type}`)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <ChipGroup
            legend={t('contactScreens.needsTitle')}
            options={CONTACT_NEEDS}
            selected={needs}
            label={(need) => t(`contactScreens.needs.${need}`)}
            onToggle={(need) => setNeeds((list) => toggle(list, need))}
          />
        </div>
      </details>
      <div className="form__actions">
        <Button type="submit" busy={busy} className="contact-form__save">
          <Icon name="check" />
          {mode.kind === 'correct' ? t('contactScreens.saveCorrection') : t('contactScreens.save')}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            {t('contactScreens.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TaRequestCreateInput } from '../../../domain/capacity-network.schemas';
import { newId } from '../../../domain/ids';
import { validateWith } from '../../app/form-errors';
import { useCan, useOrg } from '../../app/org-context';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Checkbox, SelectField, TextAreaField } from '../../ui/field';
import { Loading, Page } from '../../ui/page';
import {
  createTaRequest,
  updateSharing,
  updateTaRequest,
  useSharing,
  useTaRequests,
} from './capacity-network.resource';
import { DomainEvidence } from './domain-evidence';
import { domainLabel, FRAMEWORK_DOMAIN_KEYS } from './domain-label';
import './capacity-network.css';

/**
 * The organization's side of the network view: consent to share its capacity scores and its
 * technical-assistance requests with the regional secretariat, its requests, and its programme evidence.
 */
export default function CapacitySharingPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const sharing = useSharing(org.orgId);
  const requests = useTaRequests(org.orgId);
  const [scores, setScores] = useState(false);
  const [taRequests, setTaRequests] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  const editable = can('capacity_sharing', 'update');

  useEffect(() => {
    if (!sharing.data) return;
    setScores(sharing.data.shareScores);
    setTaRequests(sharing.data.shareTaRequests);
  }, [sharing.data]);

  return (
    <Page title={t('capacityNetwork.sharing.title')} lead={t('capacityNetwork.sharing.description')}>
      <div className="stack">
        {notice ? <Alert kind="success">{notice}</Alert> : null}
        {sharing.loading ? <Loading label={t('common.loading')} /> : null}
        {sharing.error ? <Alert kind="error">{sharing.error.message}</Alert> : null}
        {sharing.data ? (
          <form
            className="form card"
            noValidate
            aria-label={t('capacityNetwork.sharing.consentTitle')}
            onSubmit={(event) => {
              event.preventDefault();
              setBusy(true);
              setError(null);
              updateSharing(org.orgId, { shareScores: scores, shareTaRequests: taRequests })
                .then(
                  (saved) => {
                    sharing.setData(() => saved);
                    setNotice(t('capacityNetwork.sharing.saved'));
                  },
                  (problem: unknown) =>
                    setError(problem instanceof Error ? problem.message : t('common.unexpectedError')),
                )
                .finally(() => setBusy(false));
            }}
          >
            <h2 className="form__title">{t('capacityNetwork.sharing.consentTitle')}</h2>
            <p className="small flush">{t('capacityNetwork.sharing.consentHint')}</p>
            {error ? <Alert kind="error">{error}</Alert> : null}
            <Checkbox
              label={t('capacityNetwork.sharing.shareScores')}
              checked={scores}
              onChecked={setScores}
            />
            <Checkbox
              label={t('capacityNetwork.sharing.shareRequests')}
              checked={taRequests}
              onChecked={setTaRequests}
            />
            {editable ? (
              <div className="form__actions">
                <Button type="submit" busy={busy}>
                  {t('common.save')}
                </Button>
              </div>
            ) : null}
          </form>
        ) : null}

        <section className="stack" aria-labelledby="ta-requests-title">
          <h2 id="ta-requests-title">{t('capacityNetwork.requests.title')}</h2>
          <p className="small muted flush">{t('capacityNetwork.requests.hint')}</p>
          {editable && !asking ? (
            <div>
              <Button onClick={() => setAsking(true)}>{t('capacityNetwork.requests.new')}</Button>
            </div>
          ) : null}
          {asking ? (
            <RequestForm
              orgId={org.orgId}
              onCancel={() => setAsking(false)}
              onSaved={() => {
                setAsking(false);
                setNotice(t('capacityNetwork.requests.created'));
                requests.reload();
              }}
            />
          ) : null}
          {requests.data && requests.data.requests.length === 0 ? (
            <p className="empty">{t('capacityNetwork.requests.empty')}</p>
          ) : null}
          <ul className="items">
            {(requests.data?.requests ?? []).map((request) => (
              <li key={request.id} className="item item--wrap">
                <div className="item__main">
                  <p className="item__title">
                    {domainLabel(t, request.domainKey)}{' '}
                    <span className={request.status === 'closed' ? 'badge' : 'badge badge--warn'}>
                      {t(`capacityNetwork.requests.statuses.${request.status}`)}
                    </span>
                  </p>
                  <p className="item__text">{request.description}</p>
                </div>
                {editable && request.status !== 'closed' ? (
                  <Button
                    variant="secondary"
                    onClick={() =>
                      void updateTaRequest(org.orgId, request.id, { status: 'closed' }).then(() =>
                        requests.reload(),
                      )
                    }
                  >
                    {t('capacityNetwork.requests.close')}
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        </section>

        <section className="stack" aria-labelledby="evidence-title">
          <h2 id="evidence-title">{t('capacityNetwork.evidence.sectionTitle')}</h2>
          <DomainEvidence orgId={org.orgId} />
        </section>
      </div>
    </Page>
  );
}

function RequestForm({
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
  const [domainKey, setDomainKey] = useState('');
  const [description, setDescription] = useState('');
  const form = useForm(['domainKey', 'description']);
  const onSubmit = form.handle(
    () => validateWith(TaRequestCreateInput, { id, domainKey, description }),
    async (input) => {
      await createTaRequest(orgId, input);
      onSaved();
    },
  );
  return (
    <form
      ref={form.ref}
      className="form card"
      onSubmit={onSubmit}
      noValidate
      aria-label={t('capacityNetwork.requests.new')}
    >
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <SelectField
        label={t('capacityNetwork.requests.domain')}
        name="domainKey"
        value={domainKey}
        onValue={setDomainKey}
        options={[
          { value: '', label: t('capacityNetwork.requests.chooseDomain') },
          ...FRAMEWORK_DOMAIN_KEYS.map((key) => ({ value: key, label: domainLabel(t, key) })),
        ]}
        error={form.fieldErrors.domainKey}
      />
      <TextAreaField
        label={t('capacityNetwork.requests.description')}
        hint={t('capacityNetwork.requests.descriptionHint')}
        name="description"
        rows={3}
        maxLength={1000}
        value={description}
        onValue={setDescription}
        error={form.fieldErrors.description}
      />
      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {t('capacityNetwork.requests.create')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

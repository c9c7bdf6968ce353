import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActTypeList } from '../../../domain/cases.schemas';
import type { SelfReportConversion } from '../../../domain/self-reports.schemas';
import { ApiError } from '../../app/api-client';
import { useApiData } from '../../app/use-api-data';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ConfirmAction } from '../../ui/confirm-action';
import { SelectField } from '../../ui/field';
import { convertReport } from './self-reports.resource';

type Locale = 'es' | 'pt-BR' | 'en';

/** When none of her ticked types is on the case list, the paralegal picks one before converting. */
function ActTypePicker({ orgId, onPick }: { orgId: string; onPick: (key: string) => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const types = useApiData<ActTypeList>(`/api/orgs/${orgId}/case-act-types`);
  const [key, setKey] = useState('');
  const [busy, setBusy] = useState(false);
  const options = (types.data?.actTypes ?? []).filter((type) => type.active);
  return (
    <div className="stack">
      <SelectField
        label={t('selfReport.inbox.detail.pickActType')}
        name="actTypes"
        value={key}
        onValue={setKey}
        options={[
          { value: '', label: '—' },
          ...options.map((type) => ({
            value: type.key,
            label: type.labels[i18n.language as Locale] ?? type.key,
          })),
        ]}
      />
      <div className="form__actions">
        <Button
          busy={busy}
          disabled={!key}
          onClick={() => {
            setBusy(true);
            void onPick(key).finally(() => setBusy(false));
          }}
        >
          {t('selfReport.inbox.detail.convertYes')}
        </Button>
      </div>
    </div>
  );
}

/** "Open a case": converts the report with 5A's intake; asks for an act type only when needed. */
export function ConvertPanel({
  orgId,
  reportId,
  onConverted,
}: {
  orgId: string;
  reportId: string;
  onConverted: (result: SelfReportConversion) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [needsType, setNeedsType] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function convert(actTypes?: string[]) {
    setError(null);
    try {
      await onConverted(await convertReport(orgId, reportId, actTypes ? { actTypes } : {}));
    } catch (reason) {
      if (reason instanceof ApiError && reason.field === 'actTypes') setNeedsType(true);
      setError(reason instanceof Error ? reason.message : t('common.unexpectedError'));
    }
  }

  return (
    <div className="stack">
      {error ? <Alert kind="error">{error}</Alert> : null}
      {needsType ? (
        <ActTypePicker orgId={orgId} onPick={(key) => convert([key])} />
      ) : (
        <ConfirmAction
          label={t('selfReport.inbox.detail.convert')}
          question={t('selfReport.inbox.detail.convertQuestion')}
          confirmLabel={t('selfReport.inbox.detail.convertYes')}
          cancelLabel={t('common.cancel')}
          onConfirm={() => convert()}
        />
      )}
    </div>
  );
}

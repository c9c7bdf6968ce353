import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AssessmentDetail,
  AssessmentItemView,
  SpreadView,
} from '../../../domain/capacity-assessments.schemas';
import { FILE_ACCEPT, type FileContentType } from '../../../domain/files.schemas';
import { ApiError } from '../../app/api-client';
import { useCan, useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { TextAreaField } from '../../ui/field';
import { evidenceUrl, fileToBase64, localized, setConsensus, uploadEvidence } from './capacity.resource';

type Score = 1 | 2 | 3 | 4 | null;
const CHOICES: readonly Score[] = [1, 2, 3, 4, null];

/** Counts per level of the anonymous ballots, as bars with the number written beside each. */
function Spread({ spread }: { spread: SpreadView }) {
  const { t } = useTranslation();
  const rows = [
    ['1', spread['1']],
    ['2', spread['2']],
    ['3', spread['3']],
    ['4', spread['4']],
    ['na', spread.na],
  ] as const;
  const max = Math.max(1, ...rows.map(([, n]) => n));
  return (
    <div className="capacity-spread">
      <p className="small muted">{t('assessments.consensus.spreadTitle')}</p>
      <ul aria-label={t('assessments.consensus.spreadTitle')}>
        {rows.map(([level, n]) => (
          <li key={level}>
            <span className="capacity-spread__label">
              {level === 'na' ? t('assessments.levels.na') : level}
            </span>
            <span
              className="capacity-spread__bar"
              style={{ width: `${(n / max) * 100}%` }}
              aria-hidden="true"
            />
            <span className="capacity-spread__n">{n}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function ConsensusItem({
  assessment,
  item,
  index,
  editable,
  reload,
}: {
  assessment: AssessmentDetail;
  item: AssessmentItemView;
  index: string;
  editable: boolean;
  reload: () => void;
}) {
  const { t, i18n } = useTranslation();
  const org = useOrg();
  const [score, setScore] = useState<Score | undefined>(item.consensus ? item.consensus.score : undefined);
  const [justification, setJustification] = useState(item.consensus?.justification ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    if (score === undefined) return;
    setBusy(true);
    setError(null);
    try {
      await setConsensus(org.orgId, assessment.id, item.id, { score, justification });
      setSaved(true);
      reload();
    } catch (reason) {
      setError(reason instanceof ApiError ? reason.message : String(reason));
    } finally {
      setBusy(false);
    }
  };
  const upload = async (file: File) => {
    setError(null);
    try {
      await uploadEvidence(org.orgId, assessment.id, item.id, {
        fileName: file.name,
        contentType: file.type as FileContentType,
        contentBase64: await fileToBase64(file),
      });
      reload();
    } catch (reason) {
      setError(reason instanceof ApiError ? reason.message : String(reason));
    }
  };
  const decided = item.consensus;
  return (
    <li className="card stack capacity-item">
      <p className="capacity-item__statement">
        <span className="muted">{index}</span> {localized(item.statement, i18n.language)}
        {decided ? (
          <span className="badge badge--ok">
            {decided.score === null
              ? t('assessments.levels.na')
              : `${decided.score} · ${t(`assessments.levels.${decided.score}`)}`}
          </span>
        ) : (
          <span className="badge badge--warn">{t('assessments.consensus.pending')}</span>
        )}
      </p>
      {item.spread ? <Spread spread={item.spread} /> : null}
      {editable ? (
        <>
          <fieldset className="capacity-choices">
            <legend className="visually-hidden">{t('assessments.consensus.scoreLegend')}</legend>
            {CHOICES.map((choice) => (
              <label
                key={String(choice)}
                className={score === choice ? 'ballot__choice ballot__choice--on' : 'ballot__choice'}
              >
                <input
                  type="radio"
                  name={`consensus-${item.id}`}
                  checked={score === choice}
                  onChange={() => {
                    setScore(choice);
                    setSaved(false);
                  }}
                />
                <span className="ballot__level">
                  {choice === null
                    ? t('assessments.levels.na')
                    : `${choice} · ${t(`assessments.levels.${choice}`)}`}
                </span>
                <span className="ballot__desc">
                  {choice === null
                    ? t('assessments.levels.naHint')
                    : localized(item.levels[String(choice) as '1'], i18n.language)}
                </span>
              </label>
            ))}
          </fieldset>
          <TextAreaField
            label={t('assessments.consensus.justification')}
            hint={t('assessments.consensus.justificationHint')}
            value={justification}
            onValue={(value) => {
              setJustification(value);
              setSaved(false);
            }}
            rows={3}
          />
          <div className="actions-list">
            <Button onClick={() => void save()} busy={busy} disabled={score === undefined}>
              {t('assessments.consensus.save')}
            </Button>
            {saved ? (
              <span className="small" role="status">
                {t('assessments.consensus.saved')}
              </span>
            ) : null}
          </div>
        </>
      ) : decided?.justification ? (
        <p className="small">{decided.justification}</p>
      ) : null}
      {decided && (decided.evidence.length > 0 || editable) ? (
        <div className="capacity-evidence">
          <p className="small muted">{t('assessments.consensus.evidence')}</p>
          <ul>
            {decided.evidence.map((file) => (
              <li key={file.id}>
                <a href={evidenceUrl(org.orgId, assessment.id, file.id)} download>
                  {file.fileName}
                </a>
              </li>
            ))}
          </ul>
          {editable ? (
            <label className="button button--secondary capacity-upload">
              {t('assessments.consensus.addEvidence')}
              <input
                type="file"
                accept={FILE_ACCEPT}
                className="visually-hidden"
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  if (file) void upload(file);
                  event.target.value = '';
                }}
              />
            </label>
          ) : null}
        </div>
      ) : null}
      {error ? <Alert kind="error">{error}</Alert> : null}
    </li>
  );
}

/** The group's consensus, item by item, with the spread of the private scores once it may be shown. */
export function ConsensusPanel({ assessment, reload }: { assessment: AssessmentDetail; reload: () => void }) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const editable = assessment.status === 'consensus' && can('capacity_assessment', 'update');
  return (
    <div className="stack">
      {assessment.status === 'draft' || assessment.status === 'scoring' ? (
        <Alert kind="info">{t('assessments.consensus.notYet')}</Alert>
      ) : null}
      {assessment.status !== 'draft' && !assessment.spreadVisible ? (
        <p className="muted small">{t('assessments.consensus.spreadHidden')}</p>
      ) : null}
      {assessment.domains.map((domain, d) => (
        <details key={domain.id} className="capacity-domain" open={d === 0}>
          <summary>
            <strong>{localized(domain.labels, i18n.language)}</strong>{' '}
            <span className="small muted">
              {t('assessments.consensus.domainProgress', {
                decided: domain.items.filter((i) => i.consensus).length,
                items: domain.items.length,
              })}
            </span>
          </summary>
          <ol className="items capacity-items">
            {domain.items.map((item, i) => (
              <ConsensusItem
                key={item.id}
                assessment={assessment}
                item={item}
                index={`${d + 1}.${i + 1}`}
                editable={editable}
                reload={reload}
              />
            ))}
          </ol>
        </details>
      ))}
    </div>
  );
}

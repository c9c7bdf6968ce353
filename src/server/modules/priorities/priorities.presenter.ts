import type {
  ConsultationDetail,
  ConsultationSummary,
  DecisionView,
  NeedView,
} from '../../../domain/priorities.schemas';
import { hiddenFieldsFor } from '../../../domain/policy';
import type { Role } from '../../../domain/roles';
import type { ConsultationRow, DecisionRow, NeedRow } from './priorities.repo';

export function canSeeMinutes(role: Role): boolean {
  return !hiddenFieldsFor('consultation', role).includes('minutes');
}

export function presentConsultationSummary(
  row: ConsultationRow,
  counts: { needCount: number; decisionCount: number },
): ConsultationSummary {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    heldOn: row.heldOn,
    localGroupId: row.localGroupId,
    votingStatus: row.votingStatus,
    needCount: counts.needCount,
    decisionCount: counts.decisionCount,
  };
}

export const presentNeed = (row: NeedRow): NeedView => ({ id: row.id, text: row.text });
export const presentDecision = (row: DecisionRow): DecisionView => ({
  id: row.id,
  text: row.text,
  createdAt: row.createdAt.toISOString(),
});

/** `minutes` only when given (the role may read them and they were decrypted). */
export function presentConsultationDetail(options: {
  row: ConsultationRow;
  needs: NeedRow[];
  decisions: DecisionRow[];
  ballots: { opened: number; submitted: number };
  minutes?: string | null;
}): ConsultationDetail {
  const { row, needs, decisions, ballots } = options;
  const view: ConsultationDetail = {
    ...presentConsultationSummary(row, { needCount: needs.length, decisionCount: decisions.length }),
    needs: needs.map(presentNeed),
    decisions: decisions.map(presentDecision),
    topN: row.topN,
    participants: row.participants,
    ballots,
  };
  if (options.minutes !== undefined) view.minutes = options.minutes;
  return view;
}

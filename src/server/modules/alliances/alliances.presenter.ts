import type {
  InteractionView,
  PartnerDetail,
  PartnerKind,
  PartnerSummary,
} from '../../../domain/alliances.schemas';
import type { InteractionRow, PartnerRow, PartnerStats } from './alliances.repo';

export function presentPartner(found: PartnerStats & { row: PartnerRow }): PartnerSummary {
  const { row } = found;
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as PartnerKind,
    contactRole: row.contactRole,
    strength: row.strength,
    engagements: Number(found.engagements),
    jointActions: Number(found.jointActions),
    lastInteractionOn: found.lastInteractionOn,
  };
}

export const presentInteraction = (row: InteractionRow): InteractionView => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  happenedOn: row.happenedOn,
});

export function presentPartnerDetail(
  found: PartnerStats & { row: PartnerRow },
  interactions: InteractionRow[],
): PartnerDetail {
  return { ...presentPartner(found), interactions: interactions.map(presentInteraction) };
}

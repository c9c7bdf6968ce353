import { newId } from '../../../domain/ids';
import type { InteractionKind, PartnerKind, PartnerStrength } from '../../../domain/alliances.schemas';
import type { TestApp } from '../../testing/test-app';
import * as repo from './alliances.repo';

let sequence = 0;

/** A partner with the given interactions, written straight to the database. */
export async function buildPartner(
  t: TestApp,
  options: {
    orgId: string;
    name?: string;
    kind?: PartnerKind;
    strength?: PartnerStrength;
    contactRole?: string;
    interactions?: { kind: InteractionKind; title: string; happenedOn: string }[];
  },
): Promise<{ id: string; interactionIds: string[] }> {
  const now = t.clock.now();
  const id = newId();
  await repo.insertPartner(t.db, {
    orgId: options.orgId,
    id,
    name: options.name ?? `Aliada ${process.pid}-${sequence++}`,
    kind: options.kind ?? 'human_rights_ngo',
    contactRole: options.contactRole ?? null,
    strength: options.strength ?? 'active',
    createdAt: now,
    updatedAt: now,
  });
  const interactionIds: string[] = [];
  for (const interaction of options.interactions ?? []) {
    const interactionId = newId();
    interactionIds.push(interactionId);
    await repo.insertInteraction(t.db, {
      orgId: options.orgId,
      id: interactionId,
      partnerId: id,
      createdAt: now,
      ...interaction,
    });
  }
  return { id, interactionIds };
}

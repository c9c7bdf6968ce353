import type { EvidenceFact } from '../../../domain/programme-evidence';
import type { OrgLevel, Role } from '../../../domain/roles';
import type { DbOrTx } from '../../platform/db/client';
import { casesEvidence } from './providers/cases.provider';
import { grantsEvidence } from './providers/grants.provider';
import { registryEvidence } from './providers/registry.provider';
import { securityEvidence } from './providers/security.provider';
import { workplanEvidence } from './providers/workplan.provider';

/** The window the facts cover, both days included (`YYYY-MM-DD`). */
export interface EvidencePeriod {
  from: string;
  to: string;
}

/** Who asks: a provider answers only the facts this role may read in its own module (policy.ts). */
export interface EvidenceReader {
  role: Role;
  level: OrgLevel;
}

/**
 * Finds facts in one area of the organization's own data. Providers read other modules' tables
 * read-only, always filtered by `orgId`, and answer counts only (never a name, a text or an id). A
 * provider answers nothing when its data does not exist yet (no grants recorded, no cases…) or when
 * the reader's role may not read that module (the route's `capacity_assessment.read` is held by every
 * staff role, so each provider checks the rule of the data it counts).
 */
export interface EvidenceProvider {
  id: string;
  collect(
    db: DbOrTx,
    orgId: string,
    period: EvidencePeriod,
    reader: EvidenceReader,
  ): Promise<Omit<EvidenceFact, 'provider'>[]>;
}

/**
 * Every provider, in display order. A later module (trainings and alliances for networking,
 * issue 7) adds one line here with its own `providers/<name>.provider.ts`.
 */
export const EVIDENCE_PROVIDERS: readonly EvidenceProvider[] = [
  grantsEvidence,
  workplanEvidence,
  registryEvidence,
  casesEvidence,
  securityEvidence,
];

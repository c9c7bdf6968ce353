import { addDays, isoDay } from '../../../domain/grants';
import {
  EVIDENCE_WINDOW_DAYS,
  groupFactsByDomain,
  type EvidenceFact,
} from '../../../domain/programme-evidence';
import type { EvidenceView } from '../../../domain/programme-evidence.schemas';
import { orgContext, type ServiceContext } from '../../platform/http/route-spec';
import { EVIDENCE_PROVIDERS, type EvidenceProvider } from './programme-evidence.providers';

/**
 * The organization's own programme data per capacity domain, over the last twelve months: context
 * for the assessment's discussion, not a score. Counts only, and only from the modules the caller's
 * role may read; case counts are of consented cases, small-cell suppressed.
 */
export async function collectEvidence(
  ctx: ServiceContext,
  providers: readonly EvidenceProvider[] = EVIDENCE_PROVIDERS,
): Promise<EvidenceView> {
  const c = orgContext(ctx);
  const to = isoDay(c.now);
  const period = { from: addDays(to, -EVIDENCE_WINDOW_DAYS + 1), to };
  const reader = { role: c.org.role, level: c.org.level };
  const facts: EvidenceFact[] = [];
  for (const provider of providers)
    for (const fact of await provider.collect(c.db, c.org.orgId, period, reader))
      facts.push({ ...fact, provider: provider.id });
  return {
    ...period,
    domains: groupFactsByDomain(facts).map(({ domainKey, facts: domainFacts }) => ({
      domainKey,
      facts: domainFacts.map(({ provider, key, value, total, threshold }) =>
        threshold === undefined
          ? { provider, key, value, total }
          : { provider, key, value, total, threshold },
      ),
    })),
  };
}

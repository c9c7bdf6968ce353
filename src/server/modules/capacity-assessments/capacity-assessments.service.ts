import type {
  AssessmentCreateInput,
  AssessmentDetail,
  AssessmentResults,
  AssessmentStatus,
  AssessmentSummary,
  AssessmentUpdateInput,
  ConsensusInput,
  EvidenceView,
  ResultItem,
} from '../../../domain/capacity-assessments.schemas';
import type { FileUploadInput } from '../../../domain/files.schemas';
import {
  canMoveAssessment,
  compareDomains,
  compareItems,
  domainScores as computeDomainScores,
  participantTotal,
  spreadOf,
  spreadVisible,
  strengthsAndWeaknesses,
  type CapacityScore,
  type DomainScore,
} from '../../../domain/capacity/scores';
import { newId } from '../../../domain/ids';
import type { DbOrTx } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import {
  readStoredFile,
  readStoredFileNames,
  storedFileMeta,
  storeUpload,
} from '../../platform/files/file-store';
import { FileDownload } from '../../platform/http/file-response';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import { actionsForItems } from '../capacity-actions/capacity-actions.service';
import { freezeFramework, getCurrentFramework } from '../capacity-framework/capacity-framework.repo';
import { assessedFramework, type AssessedFramework } from './capacity-assessments.framework';
import { renderAssessmentReport } from './capacity-assessments.report';
import * as repo from './capacity-assessments.repo';
import { capacityConsensusJustificationColumn } from './capacity-assessments.tables';

const justificationAad = (orgId: string, assessmentId: string, itemId: string) =>
  capacityConsensusJustificationColumn.aad({ org_id: orgId, assessment_id: assessmentId, item_id: itemId });

const asScore = (value: number | null): CapacityScore => value as CapacityScore;

async function summaryOf(db: DbOrTx, row: repo.AssessmentRow, version?: number): Promise<AssessmentSummary> {
  const frameworkVersion =
    version ?? (await assessedFramework(db, row.orgId, row.frameworkId)).framework.version;
  return {
    id: row.id,
    title: row.title,
    heldOn: row.heldOn,
    facilitator: row.facilitator,
    participants: row.participants.map((group) => ({ role: group.role, count: group.count })),
    participantTotal: participantTotal(row.participants),
    status: row.status as AssessmentStatus,
    frameworkId: row.frameworkId,
    frameworkVersion,
    createdAt: row.createdAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
  };
}

async function requireAssessment(c: OrgServiceContext, id: string): Promise<repo.AssessmentRow> {
  const row = await repo.findAssessment(c.db, c.org.orgId, id);
  if (!row) throw new AppError('not_found');
  return row;
}

export async function listAssessments(ctx: ServiceContext): Promise<AssessmentSummary[]> {
  const c = orgContext(ctx);
  const rows = await repo.listAssessments(c.db, c.org.orgId);
  const versions = new Map<string, number>();
  const out: AssessmentSummary[] = [];
  for (const row of rows) {
    if (!versions.has(row.frameworkId))
      versions.set(
        row.frameworkId,
        (await assessedFramework(c.db, c.org.orgId, row.frameworkId)).framework.version,
      );
    out.push(await summaryOf(c.db, row, versions.get(row.frameworkId)));
  }
  return out;
}

export async function createAssessment(
  ctx: ServiceContext,
  input: AssessmentCreateInput,
): Promise<AssessmentDetail> {
  const c = orgContext(ctx);
  const framework = await getCurrentFramework(c.db, c.org.orgId, { createdBy: c.actor.userId, now: c.now });
  const id = input.id ?? newId(c.now.getTime());
  const row: repo.AssessmentRow = {
    orgId: c.org.orgId,
    id,
    frameworkId: framework.id,
    title: input.title,
    heldOn: input.heldOn,
    facilitator: input.facilitator,
    participants: input.participants,
    status: 'draft',
    createdBy: c.actor.userId,
    createdAt: c.now,
    updatedAt: c.now,
    completedAt: null,
  };
  if (!(await repo.insertAssessment(c.db, row))) {
    const existing = await repo.findAssessment(c.db, c.org.orgId, id);
    if (!existing || existing.title !== input.title) throw new AppError('conflict', { field: 'id' });
    return getAssessment(ctx, id);
  }
  await ctx.audit({
    action: 'capacity_assessment.created',
    resourceType: 'capacity_assessment',
    resourceId: id,
    details: { participants: participantTotal(input.participants) },
  });
  return getAssessment(ctx, id);
}

export async function updateAssessment(
  ctx: ServiceContext,
  id: string,
  input: AssessmentUpdateInput,
): Promise<AssessmentDetail> {
  const c = orgContext(ctx);
  const row = await repo.lockAssessment(c.db, c.org.orgId, id);
  if (!row) throw new AppError('not_found');
  if (row.status === 'completed') throw new AppError('conflict', { field: 'status' });
  if (input.participants) {
    const { opened } = await repo.ballotCounts(c.db, c.org.orgId, id);
    if (participantTotal(input.participants) < opened)
      throw new AppError('conflict', { field: 'participants' });
  }
  const values: Parameters<typeof repo.updateAssessment>[3] = { updatedAt: c.now };
  if (input.title !== undefined) values.title = input.title;
  if (input.heldOn !== undefined) values.heldOn = input.heldOn;
  if (input.facilitator !== undefined) values.facilitator = input.facilitator;
  if (input.participants !== undefined) values.participants = input.participants;
  await repo.updateAssessment(c.db, c.org.orgId, id, values);
  await ctx.audit({
    action: 'capacity_assessment.updated',
    resourceType: 'capacity_assessment',
    resourceId: id,
    details: {
      title: input.title !== undefined,
      heldOn: input.heldOn !== undefined,
      facilitator: input.facilitator !== undefined,
      participants: input.participants !== undefined,
    },
  });
  return getAssessment(ctx, id);
}

/**
 * draft → scoring → consensus → completed. Leaving the draft points the session at the current
 * framework version and freezes it; completing requires a consensus score (or N/A) on every item.
 */
export async function changeStatus(ctx: ServiceContext, id: string, status: AssessmentStatus) {
  const c = orgContext(ctx);
  const row = await repo.lockAssessment(c.db, c.org.orgId, id);
  if (!row) throw new AppError('not_found');
  const from = row.status as AssessmentStatus;
  if (!canMoveAssessment(from, status)) throw new AppError('conflict', { field: 'status' });
  const values: Parameters<typeof repo.updateAssessment>[3] = { status, updatedAt: c.now };
  if (from === 'draft') {
    const current = await getCurrentFramework(c.db, c.org.orgId, { createdBy: c.actor.userId, now: c.now });
    values.frameworkId = current.id;
    await freezeFramework(c.db, c.org.orgId, current.id, c.now);
  }
  if (status === 'completed') {
    const { itemIds } = await assessedFramework(c.db, c.org.orgId, row.frameworkId);
    const decided = new Set((await repo.listConsensus(c.db, c.org.orgId, id)).map((r) => r.itemId));
    const missing = [...itemIds].filter((itemId) => !decided.has(itemId)).length;
    if (missing > 0) throw new AppError('conflict', { field: 'consensus', params: { count: missing } });
    values.completedAt = c.now;
  }
  await repo.updateAssessment(c.db, c.org.orgId, id, values);
  await ctx.audit({
    action: 'capacity_assessment.status_changed',
    resourceType: 'capacity_assessment',
    resourceId: id,
    details: { from, to: status },
  });
  return getAssessment(ctx, id);
}

async function evidenceViews(
  c: OrgServiceContext,
  rows: readonly repo.EvidenceRow[],
): Promise<Map<string, EvidenceView[]>> {
  const ids = rows.map((row) => row.fileId);
  const [meta, names] = await Promise.all([storedFileMeta(c, ids), readStoredFileNames(c, ids)]);
  const byItem = new Map<string, EvidenceView[]>();
  for (const row of rows) {
    const file = meta.get(row.fileId);
    if (!file) continue;
    const list = byItem.get(row.itemId) ?? [];
    list.push({
      id: file.id,
      contentType: file.contentType,
      sizeBytes: file.sizeBytes,
      sha256Original: file.sha256Original,
      sha256Stored: file.sha256Stored,
      fileName: names.get(row.fileId) ?? '',
      createdAt: row.createdAt.toISOString(),
    });
    byItem.set(row.itemId, list);
  }
  return byItem;
}

/**
 * The session with its items, the group's consensus (justifications decrypted: a sensitive read,
 * audited when there is any) and, once scoring is closed with ≥ 3 submitted ballots, the spread of
 * individual scores per item — counts only.
 */
export async function getAssessment(ctx: ServiceContext, id: string): Promise<AssessmentDetail> {
  const c = orgContext(ctx);
  const row = await requireAssessment(c, id);
  const assessed = await assessedFramework(c.db, c.org.orgId, row.frameworkId);
  const ballots = await repo.ballotCounts(c.db, c.org.orgId, id);
  const showSpread = spreadVisible(
    ballots.submitted,
    row.status === 'consensus' || row.status === 'completed',
  );
  const distribution = showSpread ? await repo.scoreDistribution(c.db, c.org.orgId, id) : [];
  const consensus = new Map((await repo.listConsensus(c.db, c.org.orgId, id)).map((r) => [r.itemId, r]));
  const evidence = await evidenceViews(c, await repo.listEvidence(c.db, c.org.orgId, id));
  let sensitive = evidence.size > 0;
  const domains = [];
  for (const domain of assessed.domains) {
    const items = [];
    for (const item of domain.items) {
      const decided = consensus.get(item.id);
      let consensusView: AssessmentDetail['domains'][number]['items'][number]['consensus'] = null;
      if (decided) {
        const justification = await c.deps.keyring.decryptNullable(
          c.org.orgId,
          decided.justificationEnc,
          justificationAad(c.org.orgId, id, item.id),
        );
        if (justification !== null) sensitive = true;
        consensusView = {
          score: asScore(decided.score),
          justification,
          decidedAt: decided.decidedAt.toISOString(),
          evidence: evidence.get(item.id) ?? [],
        };
      }
      items.push({
        id: item.id,
        key: item.key,
        statement: item.statement,
        levels: item.levels,
        consensus: consensusView,
        spread: showSpread
          ? spreadOf(
              distribution
                .filter((d) => d.itemId === item.id)
                .flatMap((d) => Array<CapacityScore>(d.n).fill(asScore(d.score))),
            )
          : null,
      });
    }
    domains.push({ id: domain.id, key: domain.key, labels: domain.labels, items });
  }
  if (sensitive)
    await ctx.audit({
      action: 'capacity_assessment.read',
      resourceType: 'capacity_assessment',
      resourceId: id,
      sensitiveRead: true,
    });
  return {
    ...(await summaryOf(c.db, row, assessed.framework.version)),
    ballots,
    spreadVisible: showSpread,
    domains,
  };
}

async function requireItem(c: OrgServiceContext, row: repo.AssessmentRow, itemId: string) {
  const { itemIds } = await assessedFramework(c.db, c.org.orgId, row.frameworkId);
  if (!itemIds.has(itemId)) throw new AppError('not_found');
}

export async function setConsensus(ctx: ServiceContext, id: string, itemId: string, input: ConsensusInput) {
  const c = orgContext(ctx);
  const row = await repo.lockAssessment(c.db, c.org.orgId, id);
  if (!row) throw new AppError('not_found');
  if (row.status !== 'consensus') throw new AppError('conflict', { field: 'status' });
  await requireItem(c, row, itemId);
  const justification = input.justification?.trim() ? input.justification.trim() : null;
  await repo.upsertConsensus(c.db, {
    orgId: c.org.orgId,
    assessmentId: id,
    itemId,
    score: input.score,
    justificationEnc: await c.deps.keyring.encryptNullable(
      c.org.orgId,
      justification,
      justificationAad(c.org.orgId, id, itemId),
    ),
    decidedBy: c.actor.userId,
    decidedAt: c.now,
  });
  await ctx.audit({
    action: 'capacity_consensus.set',
    resourceType: 'capacity_assessment',
    resourceId: id,
    details: { itemId, na: input.score === null, justification: justification !== null },
  });
  return { ok: true as const };
}

export async function addEvidence(
  ctx: ServiceContext,
  id: string,
  itemId: string,
  upload: FileUploadInput,
): Promise<EvidenceView> {
  const c = orgContext(ctx);
  const row = await repo.lockAssessment(c.db, c.org.orgId, id);
  if (!row) throw new AppError('not_found');
  if (row.status !== 'consensus') throw new AppError('conflict', { field: 'status' });
  await requireItem(c, row, itemId);
  if (!(await repo.findConsensus(c.db, c.org.orgId, id, itemId)))
    throw new AppError('conflict', { field: 'score' });
  const stored = await storeUpload(c, 'capacity_evidence', upload);
  await repo.insertEvidence(c.db, {
    orgId: c.org.orgId,
    assessmentId: id,
    itemId,
    fileId: stored.id,
    createdBy: c.actor.userId,
    createdAt: c.now,
  });
  await ctx.audit({
    action: 'capacity_evidence.added',
    resourceType: 'capacity_assessment',
    resourceId: id,
    details: { itemId, fileId: stored.id, sizeBytes: stored.sizeBytes },
  });
  return {
    id: stored.id,
    contentType: stored.contentType,
    sizeBytes: stored.sizeBytes,
    sha256Original: stored.sha256Original,
    sha256Stored: stored.sha256Stored,
    fileName: upload.fileName,
    createdAt: c.now.toISOString(),
  };
}

export async function downloadEvidence(
  ctx: ServiceContext,
  id: string,
  fileId: string,
): Promise<FileDownload> {
  const c = orgContext(ctx);
  await requireAssessment(c, id);
  if (!(await repo.findEvidence(c.db, c.org.orgId, id, fileId))) throw new AppError('not_found');
  const file = await readStoredFile(c, fileId);
  await ctx.audit({
    action: 'capacity_evidence.downloaded',
    resourceType: 'capacity_assessment',
    resourceId: id,
    sensitiveRead: true,
    details: { fileId },
  });
  return new FileDownload(file.fileName, file.contentType, file.bytes);
}

// ── Results.

interface ScoredAssessment {
  row: repo.AssessmentRow;
  assessed: AssessedFramework;
  items: { id: string; key: string; domainKey: string; score: CapacityScore | undefined }[];
  domains: DomainScore[];
}

async function scoreAssessment(db: DbOrTx, row: repo.AssessmentRow): Promise<ScoredAssessment> {
  const assessed = await assessedFramework(db, row.orgId, row.frameworkId);
  const consensus = new Map((await repo.listConsensus(db, row.orgId, row.id)).map((r) => [r.itemId, r]));
  const items = assessed.domains.flatMap((domain) =>
    domain.items.map((item) => {
      const decided = consensus.get(item.id);
      return {
        id: item.id,
        key: item.key,
        domainKey: domain.key,
        score: decided ? asScore(decided.score) : undefined,
      };
    }),
  );
  const domains = computeDomainScores(
    assessed.domains.map((domain) => domain.key),
    items.map((item) => ({ itemKey: item.key, domainKey: item.domainKey, score: item.score })),
  );
  return { row, assessed, items, domains };
}

/**
 * Domain scores of an assessment (mean of its non-N/A consensus scores), for the action plan, the
 * network view and reports. Null when the assessment is not in this organization.
 */
export async function domainScores(
  db: DbOrTx,
  orgId: string,
  assessmentId: string,
): Promise<(DomainScore & { labels: Record<string, string> })[] | null> {
  const row = await repo.findAssessment(db, orgId, assessmentId);
  if (!row) return null;
  const scored = await scoreAssessment(db, row);
  return scored.domains.map((domain) => ({
    ...domain,
    labels: scored.assessed.domains.find((d) => d.key === domain.domainKey)?.labels ?? {},
  }));
}

const keyed = (items: ScoredAssessment['items']) =>
  items.map((item) => ({ itemKey: item.key, score: item.score }));

export async function getResults(ctx: ServiceContext, id: string): Promise<AssessmentResults> {
  const c = orgContext(ctx);
  const row = await requireAssessment(c, id);
  const current = await scoreAssessment(c.db, row);
  const previousRow = await repo.findPreviousCompleted(c.db, row);
  const previous = previousRow ? await scoreAssessment(c.db, previousRow) : null;
  const itemChanges = previous
    ? new Map(compareItems(keyed(current.items), keyed(previous.items)).map((change) => [change.key, change]))
    : null;
  const domainChanges = previous
    ? new Map(compareDomains(current.domains, previous.domains).map((change) => [change.key, change]))
    : null;
  const asChange = (change: ReturnType<typeof compareItems>[number] | undefined) =>
    change
      ? {
          current: change.current,
          previous: change.previous ?? null,
          inPrevious: change.previous !== undefined,
          delta: change.delta,
        }
      : null;
  const statements = new Map(
    current.assessed.domains.flatMap((domain) =>
      domain.items.map((item) => [item.id, item.statement] as const),
    ),
  );
  const items: ResultItem[] = current.items.map((item) => ({
    id: item.id,
    key: item.key,
    domainKey: item.domainKey,
    statement: statements.get(item.id)!,
    decided: item.score !== undefined,
    score: item.score ?? null,
    comparison: asChange(itemChanges?.get(item.key)),
  }));
  const { strengths, weaknesses } = strengthsAndWeaknesses(current.items);
  const itemKeys = current.items.map((item) => item.key);
  const actions = await actionsForItems(c.db, c.org.orgId, itemKeys);
  const completedActions = actions
    .filter(
      (action) =>
        action.status === 'done' &&
        action.assessmentId !== row.id &&
        (!previousRow ||
          action.assessmentId === previousRow.id ||
          (action.completedOn !== null && action.completedOn >= previousRow.heldOn)),
    )
    .map((action) => ({
      id: action.id,
      title: action.title,
      itemKeys: action.itemKeys,
      completedOn: action.completedOn,
    }));
  return {
    assessment: await summaryOf(c.db, row, current.assessed.framework.version),
    domains: current.domains.map((domain) => ({
      key: domain.domainKey,
      labels: current.assessed.domains.find((d) => d.key === domain.domainKey)!.labels,
      score: domain.score,
      itemCount: domain.itemCount,
      scoredCount: domain.scoredCount,
      comparison: asChange(domainChanges?.get(domain.domainKey)),
    })),
    items,
    strengths: strengths.map((item) => item.key),
    weaknesses: weaknesses.map((item) => item.key),
    previous: previousRow
      ? { id: previousRow.id, title: previousRow.title, heldOn: previousRow.heldOn }
      : null,
    completedActions,
  };
}

/** The PDF report in Spanish (no justification, evidence or individual score in it). */
export async function exportReport(ctx: ServiceContext, id: string): Promise<FileDownload> {
  const c = orgContext(ctx);
  const results = await getResults(ctx, id);
  const pdf = await renderAssessmentReport(results, {
    organization: c.org.orgName,
    generatedOn: c.now.toISOString().slice(0, 10),
  });
  await ctx.audit({
    action: 'capacity_assessment.exported',
    resourceType: 'capacity_assessment',
    resourceId: id,
    details: { format: 'pdf' },
  });
  return new FileDownload(`autoevaluacion-${results.assessment.heldOn}.pdf`, 'application/pdf', pdf);
}

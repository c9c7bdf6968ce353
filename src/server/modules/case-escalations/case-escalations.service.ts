import { and, asc, desc, eq } from 'drizzle-orm';
import {
  EscalationInput as InputSchema,
  type EscalationInput,
  type EscalationList,
  type EscalationOptions,
  type EscalationPreview,
  type EscalationView,
} from '../../../domain/case-escalations.schemas';
import {
  availableAreaLevels,
  buildEscalationPreview,
  type EscalationSource,
} from '../../../domain/case-escalations';
import { newId } from '../../../domain/ids';
import type { Locale } from '../../../domain/locales';
import { translate } from '../../../i18n/translate';
import { AppError } from '../../platform/errors';
import { pdfHeading, pdfParagraph, renderPdf } from '../../platform/exports/pdf-document';
import { FileDownload } from '../../platform/http/file-response';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import { areas } from '../areas/areas.tables';
import { hrInterventions } from '../case-responses/case-responses.tables';
import { type CaseRow, requireCaseAccess } from '../cases/cases.access';
import { recordCaseEvent } from '../cases/cases.events';
import { hrActTypes, hrCaseActs, hrCaseConsents, hrCasePerpetrators } from '../cases/cases.tables';
import { hrEscalations, hrEscalationSummaryColumn } from './case-escalations.tables';

const summaryAad = (orgId: string, id: string) => hrEscalationSummaryColumn.aad({ org_id: orgId, id });

async function advocacyConsent(c: OrgServiceContext, caseId: string): Promise<boolean> {
  const [latest] = await c.db
    .select({ granted: hrCaseConsents.granted })
    .from(hrCaseConsents)
    .where(
      and(
        eq(hrCaseConsents.orgId, c.org.orgId),
        eq(hrCaseConsents.caseId, caseId),
        eq(hrCaseConsents.purpose, 'advocacy_anonymized'),
      ),
    )
    .orderBy(desc(hrCaseConsents.createdAt), desc(hrCaseConsents.id))
    .limit(1);
  return latest?.granted === true;
}

async function areaChain(c: OrgServiceContext, areaId: string | null): Promise<EscalationSource['area']> {
  const area = { country: null, province: null, municipality: null } as EscalationSource['area'];
  let id = areaId;
  for (let depth = 0; id && depth < 4; depth++) {
    const [row] = await c.db
      .select({ parentId: areas.parentId, level: areas.level, name: areas.name })
      .from(areas)
      .where(and(eq(areas.orgId, c.org.orgId), eq(areas.id, id)));
    if (!row) break;
    area[row.level] = row.name;
    id = row.parentId;
  }
  return area;
}

/** The non-identifying facts of a case (see EscalationSource: no code, name, reference or narrative). */
async function loadSource(c: OrgServiceContext, row: CaseRow): Promise<EscalationSource> {
  const acts = await c.db
    .select({ key: hrCaseActs.actType, labels: hrActTypes.labels })
    .from(hrCaseActs)
    .leftJoin(hrActTypes, and(eq(hrActTypes.orgId, hrCaseActs.orgId), eq(hrActTypes.key, hrCaseActs.actType)))
    .where(and(eq(hrCaseActs.orgId, c.org.orgId), eq(hrCaseActs.caseId, row.id)));
  const perpetrators = await c.db
    .select({ type: hrCasePerpetrators.perpetratorType })
    .from(hrCasePerpetrators)
    .where(and(eq(hrCasePerpetrators.orgId, c.org.orgId), eq(hrCasePerpetrators.caseId, row.id)));
  const responses = await c.db
    .select({ type: hrInterventions.type })
    .from(hrInterventions)
    .where(and(eq(hrInterventions.orgId, c.org.orgId), eq(hrInterventions.caseId, row.id)))
    .orderBy(asc(hrInterventions.createdAt));
  return {
    occurredOn: row.occurredOn,
    occurredPrecision: row.occurredPrecision,
    area: await areaChain(c, row.areaId),
    locationType: row.locationType,
    actTypes: acts.map((a) => ({
      key: a.key,
      label: a.labels
        ? {
            es: a.labels.es ?? a.key,
            'pt-BR': a.labels['pt-BR'] ?? a.labels.es ?? a.key,
            en: a.labels.en ?? a.key,
          }
        : null,
    })),
    perpetratorTypes: perpetrators.map((p) => p.type),
    responses: responses.map((r) => r.type),
  };
}

/** Sensitive access (coordinator, assigned paralegal or break-the-glass) AND advocacy consent. */
async function requireEscalation(ctx: ServiceContext, caseId: string) {
  const c = orgContext(ctx);
  const { row } = await requireCaseAccess(ctx, caseId, 'sensitive');
  if (!(await advocacyConsent(c, caseId)))
    throw new AppError('conflict', { messageKey: 'caseAnalysis.errors.noConsent' });
  return { c, row };
}

export async function escalationOptions(ctx: ServiceContext, caseId: string): Promise<EscalationOptions> {
  const c = orgContext(ctx);
  const { row } = await requireCaseAccess(ctx, caseId, 'sensitive');
  const source = await loadSource(c, row);
  return {
    consented: await advocacyConsent(c, caseId),
    hasDate: source.occurredOn !== null,
    areaLevels: availableAreaLevels(source),
    hasLocationType: source.locationType !== null,
    actTypeCount: new Set(source.actTypes.map((a) => a.key)).size,
    perpetratorTypeCount: new Set(source.perpetratorTypes).size,
    responseCount: new Set(source.responses).size,
  };
}

function validate(input: EscalationInput) {
  const data = InputSchema.parse(input);
  if (data.fields.narrativeExcerpt && data.excerpt.trim() === '')
    throw new AppError('validation', { field: 'excerpt', messageKey: 'caseAnalysis.errors.excerptRequired' });
  return data;
}

export async function previewEscalation(
  ctx: ServiceContext,
  caseId: string,
  input: EscalationInput,
  locale: Locale,
): Promise<EscalationPreview> {
  const { c, row } = await requireEscalation(ctx, caseId);
  const data = validate(input);
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const preview = buildEscalationPreview(await loadSource(c, row), data.fields, data.excerpt, locale, t);
  // Nothing is stored, but the answer is built from the case's records: a sensitive read of the case.
  await c.audit({
    action: 'hr_escalation.previewed',
    resourceType: 'hr_case',
    resourceId: caseId,
    sensitiveRead: true,
    details: {
      datePrecision: data.fields.datePrecision,
      areaLevel: data.fields.areaLevel,
      narrativeExcerpt: data.fields.narrativeExcerpt,
    },
  });
  return preview;
}

export async function createEscalation(
  ctx: ServiceContext,
  caseId: string,
  input: EscalationInput,
  locale: Locale,
): Promise<EscalationView> {
  const { c, row } = await requireEscalation(ctx, caseId);
  const data = validate(input);
  const id = data.id ?? newId(c.now.getTime());
  const [existing] = await c.db
    .select({ id: hrEscalations.id })
    .from(hrEscalations)
    .where(and(eq(hrEscalations.orgId, c.org.orgId), eq(hrEscalations.id, id)));
  if (existing) return getEscalation(ctx, caseId, id);
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const preview = buildEscalationPreview(await loadSource(c, row), data.fields, data.excerpt, locale, t);
  await c.db.insert(hrEscalations).values({
    orgId: c.org.orgId,
    id,
    caseId,
    fields: data.fields,
    summaryEnc: await c.deps.keyring.encryptText(
      c.org.orgId,
      JSON.stringify(preview),
      summaryAad(c.org.orgId, id),
    ),
    createdBy: c.actor.userId,
    createdAt: c.now,
  });
  await recordCaseEvent(c.db, {
    orgId: c.org.orgId,
    caseId,
    kind: 'escalation_prepared',
    actorUserId: c.actor.userId,
    details: { escalationId: id },
    at: c.now,
  });
  await c.audit({
    action: 'hr_escalation.created',
    resourceType: 'hr_case',
    resourceId: caseId,
    details: {
      escalationId: id,
      datePrecision: data.fields.datePrecision,
      areaLevel: data.fields.areaLevel,
      narrativeExcerpt: data.fields.narrativeExcerpt,
    },
  });
  return { id, caseId, fields: data.fields, createdAt: c.now.toISOString(), preview };
}

async function findEscalation(c: OrgServiceContext, caseId: string, escalationId: string) {
  const [row] = await c.db
    .select()
    .from(hrEscalations)
    .where(
      and(
        eq(hrEscalations.orgId, c.org.orgId),
        eq(hrEscalations.caseId, caseId),
        eq(hrEscalations.id, escalationId),
      ),
    );
  if (!row) throw new AppError('not_found');
  const preview = JSON.parse(
    await c.deps.keyring.decryptText(c.org.orgId, row.summaryEnc, summaryAad(c.org.orgId, row.id)),
  ) as EscalationPreview;
  return { row, preview };
}

/**
 * One package with its decrypted summary: a sensitive read of the case (audited), and only while the
 * case's advocacy consent is still granted (409 once it was withdrawn).
 */
export async function getEscalation(
  ctx: ServiceContext,
  caseId: string,
  escalationId: string,
): Promise<EscalationView> {
  const { c } = await requireEscalation(ctx, caseId);
  const { row, preview } = await findEscalation(c, caseId, escalationId);
  await c.audit({
    action: 'hr_escalation.read',
    resourceType: 'hr_case',
    resourceId: caseId,
    sensitiveRead: true,
    details: { escalationId },
  });
  return { id: row.id, caseId, fields: row.fields, createdAt: row.createdAt.toISOString(), preview };
}

export async function listEscalations(ctx: ServiceContext, caseId: string): Promise<EscalationList> {
  const c = orgContext(ctx);
  await requireCaseAccess(ctx, caseId, 'sensitive');
  const rows = await c.db
    .select({ id: hrEscalations.id, fields: hrEscalations.fields, createdAt: hrEscalations.createdAt })
    .from(hrEscalations)
    .where(and(eq(hrEscalations.orgId, c.org.orgId), eq(hrEscalations.caseId, caseId)))
    .orderBy(desc(hrEscalations.createdAt));
  return {
    escalations: rows.map((r) => ({ id: r.id, fields: r.fields, createdAt: r.createdAt.toISOString() })),
  };
}

/**
 * The package as a PDF (audited as a sensitive read of the case: it may hold her excerpt), only while
 * the advocacy consent is still granted.
 */
export async function escalationPdf(
  ctx: ServiceContext,
  caseId: string,
  escalationId: string,
): Promise<FileDownload> {
  const { c } = await requireEscalation(ctx, caseId);
  const { row, preview } = await findEscalation(c, caseId, escalationId);
  const day = row.createdAt.toISOString().slice(0, 10);
  const body = await renderPdf(
    { title: preview.title, subtitle: day, footer: translate('es', 'caseAnalysis.escalation.pdfFooter') },
    (doc) => {
      for (const section of preview.sections) {
        pdfHeading(doc, section.heading);
        for (const line of section.lines) pdfParagraph(doc, line);
      }
    },
  );
  await c.audit({
    action: 'hr_escalation.downloaded',
    resourceType: 'hr_case',
    resourceId: caseId,
    sensitiveRead: true,
    details: { escalationId },
  });
  return new FileDownload(`escalamiento-${day}.pdf`, 'application/pdf', body);
}

import { newId } from '../../domain/ids';
import type { Tx } from '../platform/db/client';
import type { AppDeps } from '../platform/deps';
import { safetyAlerts, safetyAlertDescriptionColumn } from '../modules/safety-alerts/safety-alerts.tables';
import { sealMessage, sealReportText, sealToken } from '../modules/self-reports/self-report-crypto';
import { hashSecret, newClaimCode, newPublicToken } from '../modules/self-reports/self-report-secrets';
import { insertMessage, insertReport, upsertSettings } from '../modules/self-reports/self-reports.repo';

const HOUR = 3_600_000;

/**
 * Demo self-reports and safety alerts for Liquidambar (all synthetic): the public form open, one new
 * report, one in review with an answer and her reply, and two active alerts (so the home card shows).
 * Claim codes are drawn and thrown away: nobody can open these reports from the public page.
 */
export async function seedDemoSelfReports(
  tx: Tx,
  deps: AppDeps,
  ctx: { orgIds: Map<string, string>; userIds: Map<string, string>; now: Date },
): Promise<void> {
  const { now } = ctx;
  const orgId = ctx.orgIds.get('liquidambar')!;
  const staff = ctx.userIds.get('paralegal.demo') ?? ctx.userIds.get('coordinadora.demo') ?? null;
  const token = newPublicToken();
  await upsertSettings(tx, {
    orgId,
    enabled: true,
    publicTokenHash: hashSecret(token),
    publicTokenEnc: await sealToken(deps.keyring, orgId, token),
    updatedBy: null,
    updatedAt: now,
  });

  const reports = [
    {
      at: new Date(now.getTime() - 5 * HOUR),
      whatHappened:
        'Anoche un cliente no quiso pagar y me empujó fuera del carro. Me raspé las rodillas. Tengo miedo de que vuelva.',
      areaText: 'Salida a Santa Tecla',
      actTypes: ['physical_violence', 'threats'],
      status: 'new' as const,
      thread: [] as { sender: 'reporter' | 'staff'; body: string }[],
    },
    {
      at: new Date(now.getTime() - 3 * 24 * HOUR),
      whatHappened:
        'En el parque dos agentes municipales nos revisaron las carteras, se llevaron los condones y dijeron que eran prueba.',
      areaText: 'Parque Libertad',
      actTypes: ['condom_confiscation', 'degrading_treatment'],
      status: 'in_review' as const,
      thread: [
        {
          sender: 'staff' as const,
          body: 'Gracias por contarnos. ¿Quieres que te acompañemos a poner la denuncia?',
        },
        { sender: 'reporter' as const, body: 'Sí, pero no quiero ir sola. ¿Pueden el jueves?' },
      ],
    },
  ];
  for (const report of reports) {
    const id = newId(report.at.getTime());
    await insertReport(tx, {
      orgId,
      id,
      claimCodeHash: hashSecret(newClaimCode()),
      occurredOn: null,
      occurredPrecision: 'approximate',
      ...(await sealReportText(deps.keyring, { orgId, id }, report)),
      actTypes: report.actTypes,
      wantsContact: true,
      status: report.status,
      caseId: null,
      createdAt: report.at,
      updatedAt: report.at,
    });
    for (const [index, message] of report.thread.entries()) {
      const messageId = newId(report.at.getTime() + (index + 1) * HOUR);
      if (message.sender === 'staff' && !staff) continue;
      await insertMessage(tx, {
        orgId,
        id: messageId,
        reportId: id,
        sender: message.sender,
        staffUserId: message.sender === 'staff' ? staff : null,
        bodyEnc: await sealMessage(deps.keyring, { orgId, id: messageId }, message.body),
        createdAt: new Date(report.at.getTime() + (index + 1) * HOUR),
      });
    }
  }

  if (!staff) return;
  const alerts = [
    {
      kind: 'violent_client' as const,
      title: 'Cliente violento en pick-up gris',
      description:
        'Hombre de unos 40 años, gorra negra. Pide ir a un motel, se niega a pagar y se pone agresivo.',
      hours: 72,
    },
    {
      kind: 'police_operation' as const,
      title: 'Operativo en el centro este fin de semana',
      description:
        'Viernes y sábado desde las 21 h: revisan carteras y se llevan los condones. Anden acompañadas.',
      hours: 48,
    },
  ];
  for (const alert of alerts) {
    const id = newId(now.getTime());
    await tx.insert(safetyAlerts).values({
      orgId,
      id,
      kind: alert.kind,
      title: alert.title,
      descriptionEnc: await deps.keyring.encryptText(
        orgId,
        alert.description,
        safetyAlertDescriptionColumn.aad({ org_id: orgId, id }),
      ),
      areaId: null,
      publishedBy: staff,
      publishedAt: now,
      expiresAt: new Date(now.getTime() + alert.hours * HOUR),
      withdrawnAt: null,
      withdrawnBy: null,
    });
  }
}

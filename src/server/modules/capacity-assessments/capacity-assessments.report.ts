import type { AssessmentResults } from '../../../domain/capacity-assessments.schemas';
import { pdfHeading, pdfParagraph, pdfTable, renderPdf, type Pdf } from '../../platform/exports/pdf-document';

/**
 * The printable report for the board and the assembly (Spanish): session, radar of domain scores
 * (pdfkit vector paths), domain and item tables with the comparison, strengths, weaknesses and the
 * actions completed since the previous assessment. No justification, no evidence, no individual score.
 */

const ROLE_ES: Record<string, string> = {
  board: 'Junta directiva',
  staff: 'Equipo',
  promotora: 'Promotoras',
  member: 'Integrantes',
  volunteer: 'Voluntariado',
  other: 'Otras personas',
};

const STATUS_ES: Record<string, string> = {
  draft: 'borrador',
  scoring: 'puntuación individual',
  consensus: 'consenso',
  completed: 'completada',
};

const LEVEL_ES: Record<string, string> = {
  '1': 'naciente',
  '2': 'emergente',
  '3': 'establecida',
  '4': 'madura',
};

const number = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : value.toFixed(2).replace('.', ',');
const itemScore = (value: number | null, decided: boolean) =>
  !decided ? 'pendiente' : value === null ? 'N/A' : `${value} · ${LEVEL_ES[String(value)]}`;
const delta = (value: number | null | undefined) =>
  value === null || value === undefined
    ? '—'
    : `${value > 0 ? '+' : ''}${value.toFixed(2).replace('.', ',')}`;
const dateEs = (iso: string) => {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
};

/** Radar of domain scores (0–4): grid rings, axes, current polygon filled, previous one dashed. */
export function drawRadar(
  doc: Pdf,
  axes: readonly { label: string; score: number | null; previous: number | null }[],
  top: number,
): number {
  const size = 300;
  const cx = doc.page.width / 2;
  const cy = top + size / 2 + 10;
  const radius = 105;
  const n = axes.length;
  if (n === 0) return top;
  const point = (index: number, value: number) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / n;
    return [
      cx + Math.cos(angle) * radius * (value / 4),
      cy + Math.sin(angle) * radius * (value / 4),
    ] as const;
  };
  const polygon = (values: readonly number[]) => {
    values.forEach((value, index) => {
      const [x, y] = point(index, value);
      if (index === 0) doc.moveTo(x, y);
      else doc.lineTo(x, y);
    });
    doc.closePath();
  };
  doc.save();
  for (const ring of [1, 2, 3, 4]) {
    polygon(axes.map(() => ring));
    doc.lineWidth(0.5).strokeColor('#c8c8c8').stroke();
    const [, y] = point(0, ring);
    doc
      .font('Helvetica')
      .fontSize(7)
      .fillColor('#888')
      .text(String(ring), cx + 3, y - 4, { lineBreak: false });
  }
  axes.forEach((_, index) => {
    const [x, y] = point(index, 4);
    doc.moveTo(cx, cy).lineTo(x, y).lineWidth(0.5).strokeColor('#c8c8c8').stroke();
  });
  if (axes.some((axis) => axis.previous !== null)) {
    polygon(axes.map((axis) => axis.previous ?? 0));
    doc.lineWidth(1.2).dash(4, { space: 3 }).strokeColor('#8a8a8a').stroke();
    doc.undash();
  }
  polygon(axes.map((axis) => axis.score ?? 0));
  doc.fillOpacity(0.25).fillColor('#7b2d8e').fill();
  polygon(axes.map((axis) => axis.score ?? 0));
  doc.fillOpacity(1).lineWidth(1.8).strokeColor('#7b2d8e').stroke();
  axes.forEach((axis, index) => {
    const [x, y] = point(index, axis.score ?? 0);
    doc.circle(x, y, 2.5).fillColor('#7b2d8e').fill();
  });
  axes.forEach((axis, index) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / n;
    const lx = cx + Math.cos(angle) * (radius + 16);
    const ly = cy + Math.sin(angle) * (radius + 16);
    const width = 110;
    const cos = Math.cos(angle);
    const x = Math.abs(cos) < 0.2 ? lx - width / 2 : cos > 0 ? lx : lx - width;
    const align = Math.abs(cos) < 0.2 ? 'center' : cos > 0 ? 'left' : 'right';
    const text = `${axis.label} (${number(axis.score)})`;
    const height = doc.font('Helvetica').fontSize(8).heightOfString(text, { width });
    const y = Math.sin(angle) < -0.5 ? ly - height : Math.sin(angle) > 0.5 ? ly : ly - height / 2;
    doc.fillColor('#222').text(text, x, y, { width, align });
  });
  doc.restore();
  doc.x = doc.page.margins.left;
  doc.y = top + size + 20;
  return doc.y;
}

export function renderAssessmentReport(
  results: AssessmentResults,
  meta: { organization: string; generatedOn: string },
): Promise<Buffer> {
  const { assessment } = results;
  const label = (labels: Record<string, string>) => labels.es ?? Object.values(labels)[0] ?? '';
  const domainLabels = new Map(results.domains.map((domain) => [domain.key, label(domain.labels)]));
  const statements = new Map(results.items.map((item) => [item.key, label(item.statement)]));
  return renderPdf(
    {
      title: `Autoevaluación de capacidades: ${assessment.title}`,
      subtitle: `${meta.organization} · ${dateEs(assessment.heldOn)} · marco versión ${assessment.frameworkVersion}`,
      footer: `Documento interno de la organización — generado el ${dateEs(meta.generatedOn)}`,
    },
    (doc) => {
      pdfHeading(doc, 'La sesión');
      pdfParagraph(
        doc,
        `Facilitación: ${assessment.facilitator}. Participantes (${assessment.participantTotal}): ${assessment.participants
          .map((group) => `${ROLE_ES[group.role] ?? group.role} ${group.count}`)
          .join(', ')}. Estado: ${STATUS_ES[assessment.status] ?? assessment.status}.`,
      );
      pdfParagraph(
        doc,
        'Escala: 1 naciente · 2 emergente · 3 establecida · 4 madura (N/A: no aplica). El puntaje de cada ' +
          'área es el promedio de los puntajes acordados por consenso, sin contar los N/A. Es una ' +
          'autoevaluación participativa, no una auditoría: lo que más importa es el plan de acción.',
      );
      pdfHeading(doc, 'Puntajes por área');
      if (results.previous)
        pdfParagraph(
          doc,
          `Línea continua: esta evaluación. Línea discontinua: la evaluación anterior (${results.previous.title}, ${dateEs(results.previous.heldOn)}).`,
        );
      drawRadar(
        doc,
        results.domains.map((domain) => ({
          label: label(domain.labels),
          score: domain.score,
          previous: domain.comparison?.previous ?? null,
        })),
        doc.y,
      );
      pdfTable(
        doc,
        results.previous
          ? ['Área', 'Puntaje', 'Ítems puntuados', 'Anterior', 'Cambio']
          : ['Área', 'Puntaje', 'Ítems puntuados'],
        results.domains.map((domain) => {
          const base = [
            label(domain.labels),
            number(domain.score),
            `${domain.scoredCount} de ${domain.itemCount}`,
          ];
          return results.previous
            ? [...base, number(domain.comparison?.previous), delta(domain.comparison?.delta)]
            : base;
        }),
        results.previous ? [175, 70, 90, 70, 90] : undefined,
      );
      pdfHeading(doc, 'Fortalezas');
      pdfParagraph(
        doc,
        results.strengths.length
          ? results.strengths.map((key) => `• ${statements.get(key)}`).join('\n')
          : 'Ningún ítem con puntaje 3 o 4.',
      );
      pdfHeading(doc, 'Áreas a fortalecer');
      pdfParagraph(
        doc,
        results.weaknesses.length
          ? results.weaknesses.map((key) => `• ${statements.get(key)}`).join('\n')
          : 'Ningún ítem con puntaje 1 o 2.',
      );
      if (results.completedActions.length) {
        pdfHeading(doc, 'Acciones completadas desde la evaluación anterior');
        pdfTable(
          doc,
          ['Acción', 'Completada'],
          results.completedActions.map((action) => [
            action.title,
            action.completedOn ? dateEs(action.completedOn) : '—',
          ]),
          [395, 100],
        );
      }
      pdfHeading(doc, 'Puntajes por ítem');
      pdfTable(
        doc,
        results.previous ? ['Área', 'Enunciado', 'Consenso', 'Anterior'] : ['Área', 'Enunciado', 'Consenso'],
        results.items.map((item) => {
          const base = [
            domainLabels.get(item.domainKey) ?? '',
            label(item.statement),
            itemScore(item.score, item.decided),
          ];
          if (!results.previous) return base;
          const previous = item.comparison?.inPrevious
            ? item.comparison.previous === null
              ? 'N/A'
              : String(item.comparison.previous)
            : 'nuevo';
          return [...base, previous];
        }),
        results.previous ? [95, 250, 90, 60] : [100, 295, 100],
      );
    },
  );
}

import PDFDocument from 'pdfkit';

/**
 * PDF reports with pdfkit's built-in Helvetica (WinAnsi: Spanish and Portuguese accents, ñ, ç, ã, õ
 * are covered; no font file to ship). `renderPdf` collects the document into a Buffer; the helpers
 * write the few shapes reports need: a title, headings, paragraphs and simple tables.
 */
export type Pdf = PDFKit.PDFDocument;

export interface PdfMeta {
  title: string;
  /** Shown under the title, e.g. the organization and the period. */
  subtitle?: string;
  /** Printed at the bottom of every page (e.g. "Confidencial — generado el 29/11/2026"). */
  footer?: string;
}

const MARGIN = 50;

/** Builds a PDF: `write` draws the body after the title block; pages get the footer and numbers. */
export function renderPdf(meta: PdfMeta, write: (doc: Pdf) => void | Promise<void>): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: MARGIN,
      bufferPages: true,
      info: { Title: meta.title, Producer: 'Colectiva', Creator: 'Colectiva' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    (async () => {
      doc.font('Helvetica-Bold').fontSize(18).text(meta.title);
      if (meta.subtitle) doc.font('Helvetica').fontSize(11).fillColor('#444').text(meta.subtitle);
      doc.fillColor('black').moveDown();
      await write(doc);
      const range = doc.bufferedPageRange();
      for (let i = range.start; i < range.start + range.count; i++) {
        doc.switchToPage(i);
        // Writing below the bottom margin would make pdfkit add a page: lift the margin for the footer.
        doc.page.margins.bottom = 0;
        const y = doc.page.height - MARGIN + 15;
        const label = `${meta.footer ? `${meta.footer} · ` : ''}${i + 1}/${range.count}`;
        doc.font('Helvetica').fontSize(8).fillColor('#666');
        doc.text(label, MARGIN, y, { width: doc.page.width - 2 * MARGIN, align: 'center', lineBreak: false });
      }
      doc.end();
    })().catch(reject);
  });
}

export function pdfHeading(doc: Pdf, text: string): void {
  doc.moveDown(0.5).font('Helvetica-Bold').fontSize(13).fillColor('black').text(text, MARGIN).moveDown(0.3);
}

export function pdfParagraph(doc: Pdf, text: string): void {
  doc.font('Helvetica').fontSize(10).fillColor('black').text(text, MARGIN, undefined, { align: 'left' });
  doc.moveDown(0.4);
}

/** A table with equal-width columns (or the given widths, in points); breaks pages as needed. */
export function pdfTable(
  doc: Pdf,
  headers: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  widths?: readonly number[],
): void {
  const usable = doc.page.width - 2 * MARGIN;
  const cols = widths ?? headers.map(() => usable / headers.length);
  const drawRow = (cells: readonly (string | number)[], bold: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    const heights = cells.map((cell, i) => doc.heightOfString(String(cell), { width: cols[i]! - 6 }));
    const height = Math.max(...heights, 10) + 6;
    if (doc.y + height > doc.page.height - MARGIN - 20) doc.addPage();
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((cell, i) => {
      doc.text(String(cell), x + 3, top + 3, { width: cols[i]! - 6 });
      x += cols[i]!;
    });
    doc
      .moveTo(MARGIN, top + height)
      .lineTo(MARGIN + usable, top + height)
      .strokeColor('#bbb')
      .lineWidth(0.5)
      .stroke();
    doc.x = MARGIN;
    doc.y = top + height;
  };
  drawRow(headers, true);
  for (const row of rows) drawRow(row, false);
  doc.moveDown(0.5);
}

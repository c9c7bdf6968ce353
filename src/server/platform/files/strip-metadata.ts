/**
 * Removes metadata from photos before they are stored (SECURITY.md S6: a photo's EXIF can hold the GPS
 * position where it was taken, the camera's serial number, the owner's name). Pure TypeScript, no
 * image library: the compressed image data is copied byte for byte, only metadata segments go.
 *
 * JPEG: keeps SOI, the frame, tables, scans and EOI; drops APP1..APP15 (EXIF, XMP, GPS, ICC profile,
 * Photoshop IPTC, maker notes) except an Adobe APP14 (colour transform flags, needed to decode CMYK
 * files correctly, no metadata), drops COM comments and any JFIF extension (JFXX thumbnail), and drops
 * whatever follows EOI (phones append "motion photo" videos and vendor trailers there).
 *
 * PNG: keeps the critical chunks and a list of known rendering chunks; drops eXIf, tEXt, iTXt, zTXt,
 * tIME and every other ancillary chunk (private chunks can hold anything), and whatever follows IEND.
 *
 * PDF: blanks the document information (author, producer, dates…), XMP packets and the EXIF of
 * embedded JPEGs in place, same length (see `stripPdfMetadata`).
 */

export class UnreadableImageError extends Error {
  constructor(detail: string) {
    super(`The image could not be read (${detail}).`);
    this.name = 'UnreadableImageError';
  }
}

const JPEG_SOI = 0xd8;
const JPEG_EOI = 0xd9;
const JPEG_SOS = 0xda;
const JPEG_APP0 = 0xe0;
const JPEG_APP14 = 0xee;
const JPEG_COM = 0xfe;

/** Markers without a length field (TEM, RST0..7). */
const standalone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);

function startsWithAscii(bytes: Buffer, offset: number, text: string): boolean {
  return bytes.subarray(offset, offset + text.length).toString('latin1') === text;
}

function keepJpegSegment(marker: number, bytes: Buffer, dataStart: number): boolean {
  if (marker === JPEG_COM) return false;
  if (marker === JPEG_APP0) return startsWithAscii(bytes, dataStart, 'JFIF\0');
  if (marker === JPEG_APP14) return startsWithAscii(bytes, dataStart, 'Adobe');
  return !(marker > JPEG_APP0 && marker <= 0xef);
}

/** End of the entropy-coded data that starts at `from`: the offset of the next real marker. */
function endOfScan(bytes: Buffer, from: number): number {
  let i = from;
  while (i < bytes.length - 1) {
    if (bytes[i] === 0xff) {
      const next = bytes[i + 1]!;
      // FF00 is an escaped data byte, FFD0..FFD7 restart markers inside the scan, FFFF fill.
      if (next === 0x00 || (next >= 0xd0 && next <= 0xd7) || next === 0xff) {
        i += next === 0xff ? 1 : 2;
        continue;
      }
      return i;
    }
    i += 1;
  }
  throw new UnreadableImageError('scan without end');
}

export function stripJpegMetadata(bytes: Buffer): Buffer {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== JPEG_SOI) {
    throw new UnreadableImageError('not a JPEG');
  }
  const parts: Buffer[] = [bytes.subarray(0, 2)];
  let i = 2;
  let sawScan = false;
  for (;;) {
    if (i >= bytes.length) throw new UnreadableImageError('no end of image');
    if (bytes[i] !== 0xff) throw new UnreadableImageError('marker expected');
    // Fill bytes (FF FF …) may precede a marker.
    while (i < bytes.length && bytes[i + 1] === 0xff) i += 1;
    const marker = bytes[i + 1];
    if (marker === undefined) throw new UnreadableImageError('truncated marker');
    if (marker === JPEG_EOI) {
      if (!sawScan) throw new UnreadableImageError('no image data');
      parts.push(bytes.subarray(i, i + 2));
      break; // anything after EOI is dropped
    }
    if (marker === JPEG_SOI || marker === 0x00) throw new UnreadableImageError('unexpected marker');
    if (standalone(marker)) {
      parts.push(bytes.subarray(i, i + 2));
      i += 2;
      continue;
    }
    if (i + 4 > bytes.length) throw new UnreadableImageError('truncated segment');
    const length = bytes.readUInt16BE(i + 2);
    if (length < 2 || i + 2 + length > bytes.length) throw new UnreadableImageError('bad segment length');
    const segmentEnd = i + 2 + length;
    if (marker === JPEG_SOS) {
      sawScan = true;
      const scanEnd = endOfScan(bytes, segmentEnd);
      parts.push(bytes.subarray(i, scanEnd));
      i = scanEnd;
      continue;
    }
    if (keepJpegSegment(marker, bytes, i + 4)) parts.push(bytes.subarray(i, segmentEnd));
    i = segmentEnd;
  }
  return Buffer.concat(parts);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Ancillary chunks that only say how to render the pixels (PNG 3rd edition, APNG). */
const PNG_SAFE_ANCILLARY = new Set([
  'tRNS',
  'cHRM',
  'gAMA',
  'sBIT',
  'sRGB',
  'cICP',
  'mDCV',
  'cLLI',
  'bKGD',
  'hIST',
  'pHYs',
  'sPLT',
  'acTL',
  'fcTL',
  'fdAT',
]);

function keepPngChunk(type: string): boolean {
  const critical = (type.charCodeAt(0) & 0x20) === 0; // upper-case first letter
  return critical || PNG_SAFE_ANCILLARY.has(type);
}

export function stripPngMetadata(bytes: Buffer): Buffer {
  if (bytes.length < PNG_SIGNATURE.length || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) {
    throw new UnreadableImageError('not a PNG');
  }
  const parts: Buffer[] = [PNG_SIGNATURE];
  let i = PNG_SIGNATURE.length;
  let first = true;
  for (;;) {
    if (i + 12 > bytes.length) throw new UnreadableImageError('truncated chunk');
    const length = bytes.readUInt32BE(i);
    const type = bytes.subarray(i + 4, i + 8).toString('latin1');
    if (!/^[A-Za-z]{4}$/.test(type)) throw new UnreadableImageError('bad chunk type');
    const end = i + 12 + length;
    if (length > 0x7fffffff || end > bytes.length) throw new UnreadableImageError('bad chunk length');
    if (first && type !== 'IHDR') throw new UnreadableImageError('IHDR must come first');
    first = false;
    if (keepPngChunk(type)) parts.push(bytes.subarray(i, end));
    i = end;
    if (type === 'IEND') break; // anything after IEND is dropped
  }
  return Buffer.concat(parts);
}

// ---------------------------------------------------------------------------------------------------
// PDF. No PDF library: every change overwrites bytes in place with the same number of bytes, so the
// cross-reference offsets, stream lengths and the file's length stay valid and nothing else moves.
//
// - Document information dictionaries (every object a `/Info n g R` points to, in each trailer or
//   cross-reference stream, so the older versions an incremental update leaves behind too): every
//   string value (Author, Creator, Producer, Title, Subject, Keywords, CreationDate, ModDate and any
//   custom key) becomes a string of spaces; a value held in its own object (`/Author 7 0 R`) too.
// - XMP packets (`<?xpacket begin … ?>` … `<?xpacket end`): the packet's content becomes spaces.
// - JPEG images stored as they are (`/DCTDecode` streams whose data starts with FF D8 FF): the
//   payloads of APP1 (EXIF, GPS, XMP), APP13 (Photoshop IPTC) and COM segments, and anything after
//   EOI, become zero bytes (a decoder skips an APPn it does not recognize); a stream that does not
//   walk cleanly is left unchanged.
//
// Known gaps (documented in SECURITY notes): metadata inside compressed streams (an XMP stream with
// /FlateDecode, an information dictionary inside a compressed object stream, JPEGs behind another
// filter) is not reached; annotation authors and embedded files are not touched.

const latin1 = (bytes: Buffer) => bytes.toString('latin1');
const isPdfWhitespace = (c: number) =>
  c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
const isPdfDelimiter = (c: number) =>
  c === 0x28 ||
  c === 0x29 ||
  c === 0x3c ||
  c === 0x3e ||
  c === 0x5b ||
  c === 0x5d ||
  c === 0x7b ||
  c === 0x7d ||
  c === 0x2f ||
  c === 0x25;

/** End (exclusive) of the literal string whose '(' is at `open`, or -1 when it does not close. */
function literalStringEnd(bytes: Buffer, open: number): number {
  let depth = 0;
  for (let i = open; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c === 0x5c) {
      i += 1; // the escaped byte (a digit of an octal escape is harmless to skip singly)
      continue;
    }
    if (c === 0x28) depth += 1;
    else if (c === 0x29 && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * Blanks every string value of the dictionary that starts at `start` ('<<'); answers the indirect
 * references it holds (`n g R`) and whether the dictionary was complete.
 */
function blankDictionaryStrings(out: Buffer, start: number): { refs: string[]; ok: boolean } {
  const refs: string[] = [];
  const recent: string[] = [];
  let depth = 0;
  let i = start;
  while (i < out.length) {
    const c = out[i]!;
    if (isPdfWhitespace(c)) {
      i += 1;
      continue;
    }
    if (c === 0x25) {
      while (i < out.length && out[i] !== 0x0a && out[i] !== 0x0d) i += 1;
      continue;
    }
    if (c === 0x3c && out[i + 1] === 0x3c) {
      depth += 1;
      i += 2;
      recent.length = 0;
      continue;
    }
    if (c === 0x3e && out[i + 1] === 0x3e) {
      depth -= 1;
      i += 2;
      recent.length = 0;
      if (depth === 0) return { refs, ok: true };
      continue;
    }
    if (c === 0x28) {
      const end = literalStringEnd(out, i);
      if (end < 0) return { refs, ok: false };
      out.fill(0x20, i + 1, end - 1);
      i = end;
      recent.length = 0;
      continue;
    }
    if (c === 0x3c) {
      const end = out.indexOf(0x3e, i + 1);
      if (end < 0) return { refs, ok: false };
      out.fill(0x20, i + 1, end); // whitespace in a hex string is ignored: an empty string
      i = end + 1;
      recent.length = 0;
      continue;
    }
    if (c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x29 || c === 0x3e) {
      i += 1;
      recent.length = 0;
      continue;
    }
    // A name or a regular token (number, R, true…).
    let j = i + 1;
    while (j < out.length && !isPdfWhitespace(out[j]!) && !isPdfDelimiter(out[j]!)) j += 1;
    const token = latin1(out.subarray(i, j));
    if (token === 'R' && recent.length >= 2) {
      const [n, g] = recent.slice(-2);
      if (/^\d+$/.test(n!) && /^\d+$/.test(g!)) refs.push(`${n} ${g}`);
    }
    recent.push(token);
    if (recent.length > 2) recent.shift();
    i = j;
  }
  return { refs, ok: false };
}

/** Offsets just after `n g obj` for every definition of the object (incremental updates repeat it). */
function objectBodies(text: string, ref: string): number[] {
  const [n, g] = ref.split(' ');
  const pattern = new RegExp(`(?<![0-9])${n}[ \\t\\r\\n\\f\\0]+${g}[ \\t\\r\\n\\f\\0]+obj`, 'g');
  return [...text.matchAll(pattern)].map((m) => m.index + m[0].length);
}

function skipPdfWhitespace(bytes: Buffer, i: number): number {
  while (i < bytes.length && isPdfWhitespace(bytes[i]!)) i += 1;
  return i;
}

function blankInfoDictionaries(out: Buffer): void {
  const text = latin1(out);
  const infoRefs = new Set(
    [...text.matchAll(/\/Info[ \t\r\n\f\0]*(\d+)[ \t\r\n\f\0]+(\d+)[ \t\r\n\f\0]+R/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    ),
  );
  const valueRefs = new Set<string>();
  for (const ref of infoRefs) {
    for (const body of objectBodies(text, ref)) {
      const start = skipPdfWhitespace(out, body);
      if (out[start] !== 0x3c || out[start + 1] !== 0x3c) continue;
      for (const valueRef of blankDictionaryStrings(out, start).refs) valueRefs.add(valueRef);
    }
  }
  // A value held in its own object: blank it only when that object is a plain string.
  for (const ref of valueRefs) {
    for (const body of objectBodies(text, ref)) {
      const start = skipPdfWhitespace(out, body);
      if (out[start] === 0x28) {
        const end = literalStringEnd(out, start);
        if (end > 0) out.fill(0x20, start + 1, end - 1);
      } else if (out[start] === 0x3c && out[start + 1] !== 0x3c) {
        const end = out.indexOf(0x3e, start + 1);
        if (end > 0) out.fill(0x20, start + 1, end);
      }
    }
  }
}

function blankXmpPackets(out: Buffer): void {
  const begin = Buffer.from('<?xpacket begin', 'latin1');
  const end = Buffer.from('<?xpacket end', 'latin1');
  let from = 0;
  for (;;) {
    const at = out.indexOf(begin, from);
    if (at < 0) return;
    const headerEnd = out.indexOf('?>', at, 'latin1');
    if (headerEnd < 0) return;
    const trailer = out.indexOf(end, headerEnd + 2);
    if (trailer < 0) return;
    out.fill(0x20, headerEnd + 2, trailer);
    from = trailer + end.length;
  }
}

const JPEG_APP1 = 0xe1;
const JPEG_APP13 = 0xed;

/**
 * Zeroes the payloads of APP1, APP13 and COM segments of the JPEG at `start` and whatever follows its
 * EOI inside the stream (vendor trailers). Walks the whole image first (segments, scans) and changes
 * nothing when anything is out of place.
 */
function zeroJpegMetadataInPlace(out: Buffer, start: number, limit: number): void {
  const ranges: [number, number][] = [];
  let i = start + 2;
  for (;;) {
    if (i + 2 > limit || out[i] !== 0xff) return;
    while (i + 1 < limit && out[i + 1] === 0xff) i += 1;
    const marker = out[i + 1];
    if (marker === undefined || marker === JPEG_SOI || marker === 0x00) return;
    if (marker === JPEG_EOI) {
      if (i + 2 < limit) ranges.push([i + 2, limit]);
      break;
    }
    if (standalone(marker)) {
      i += 2;
      continue;
    }
    if (i + 4 > limit) return;
    const length = out.readUInt16BE(i + 2);
    if (length < 2 || i + 2 + length > limit) return;
    if (marker === JPEG_APP1 || marker === JPEG_APP13 || marker === JPEG_COM) {
      ranges.push([i + 4, i + 2 + length]);
    }
    i += 2 + length;
    if (marker === JPEG_SOS) {
      try {
        i = endOfScan(out, i);
      } catch {
        return;
      }
    }
  }
  for (const [from, to] of ranges) out.fill(0, from, to);
}

function zeroEmbeddedJpegMetadata(out: Buffer): void {
  const text = latin1(out);
  for (const m of text.matchAll(/stream(\r\n|\n)/g)) {
    const dataStart = m.index + m[0].length;
    if (out[dataStart] !== 0xff || out[dataStart + 1] !== JPEG_SOI || out[dataStart + 2] !== 0xff) continue;
    // The stream's dictionary: from the last `obj` before it; it must name the DCT filter.
    const objAt = text.lastIndexOf('obj', m.index);
    if (objAt < 0 || !/\/DCTDecode\b/.test(text.slice(objAt, m.index))) continue;
    const endAt = text.indexOf('endstream', dataStart);
    if (endAt < 0) continue;
    // The end-of-line before `endstream` is not part of the data.
    let limit = endAt;
    if (out[limit - 1] === 0x0a) limit -= 1;
    if (out[limit - 1] === 0x0d) limit -= 1;
    zeroJpegMetadataInPlace(out, dataStart, limit);
  }
}

/**
 * A copy of the PDF with its document information, XMP packets and embedded JPEG EXIF blanked in
 * place: same length, same structure (see above for what is not reached).
 */
export function stripPdfMetadata(bytes: Buffer): Buffer {
  const out = Buffer.from(bytes);
  blankInfoDictionaries(out);
  blankXmpPackets(out);
  zeroEmbeddedJpegMetadata(out);
  return out;
}

/** The bytes to store: images and PDFs without metadata, other types unchanged. */
export function stripMetadata(contentType: string, bytes: Buffer): Buffer {
  if (contentType === 'image/jpeg') return stripJpegMetadata(bytes);
  if (contentType === 'image/png') return stripPngMetadata(bytes);
  if (contentType === 'application/pdf') return stripPdfMetadata(bytes);
  return bytes;
}

/** Whether the file's first bytes are those of its declared type. */
export function matchesContentType(contentType: string, bytes: Buffer): boolean {
  switch (contentType) {
    case 'image/jpeg':
      return bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
    case 'image/png':
      return bytes.subarray(0, 8).equals(PNG_SIGNATURE);
    case 'application/pdf':
      return bytes.subarray(0, 5).toString('latin1') === '%PDF-';
    default:
      return false;
  }
}

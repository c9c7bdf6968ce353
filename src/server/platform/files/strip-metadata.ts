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

/** The bytes to store: images without metadata, other types unchanged. */
export function stripMetadata(contentType: string, bytes: Buffer): Buffer {
  if (contentType === 'image/jpeg') return stripJpegMetadata(bytes);
  if (contentType === 'image/png') return stripPngMetadata(bytes);
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

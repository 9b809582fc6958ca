/**
 * The file types a case may carry, recognised by their first bytes (magic numbers), never by the client's
 * Content-Type or file name. Four formats cover what citizens and agencies send (photos and scanned or signed PDF
 * answers); a short table here is exact and keeps the check synchronous, where the ESM-only `file-type` package
 * would not load in the CommonJS build.
 */
export interface SniffedType {
  contentType: string;
  extension: string;
}

const SIGNATURES: { type: SniffedType; test: (head: Buffer) => boolean }[] = [
  { type: { contentType: 'image/jpeg', extension: 'jpg' }, test: (h) => h.length >= 3 && h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff },
  {
    type: { contentType: 'image/png', extension: 'png' },
    test: (h) => h.length >= 8 && h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    type: { contentType: 'image/webp', extension: 'webp' },
    test: (h) => h.length >= 12 && h.toString('latin1', 0, 4) === 'RIFF' && h.toString('latin1', 8, 12) === 'WEBP',
  },
  { type: { contentType: 'application/pdf', extension: 'pdf' }, test: (h) => h.length >= 5 && h.toString('latin1', 0, 5) === '%PDF-' },
];

/** How many leading bytes `sniff` needs. */
export const SNIFF_BYTES = 16;

export const ACCEPTED_TYPES = SIGNATURES.map((s) => s.type.contentType);

export function sniff(head: Buffer): SniffedType | undefined {
  return SIGNATURES.find((s) => s.test(head))?.type;
}

/** A file name safe to store and to send back in Content-Disposition: no path, no control characters, ≤ 200 chars. */
export function safeFileName(name: string | undefined, type: SniffedType): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '').trim().slice(0, 200);
  return cleaned || `tep-dinh-kem.${type.extension}`;
}

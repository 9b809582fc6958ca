/**
 * The file types a case may carry, recognised by their first bytes (magic numbers), never by the client's
 * Content-Type or file name. Four formats cover what citizens and agencies send (photos and scanned or signed PDF
 * answers); a short table here is exact and keeps the check synchronous, where the ESM-only `file-type` package
 * would not load in the CommonJS build.
 */
/** The one table of what a case may carry: detected MIME type → the extension every such file is stored and served under. */
export const EXTENSION_BY_TYPE = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
} as const;

export type AcceptedType = keyof typeof EXTENSION_BY_TYPE;

const SIGNATURES: { contentType: AcceptedType; test: (head: Buffer) => boolean }[] = [
  { contentType: 'image/jpeg', test: (h) => h.length >= 3 && h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff },
  {
    contentType: 'image/png',
    test: (h) => h.length >= 8 && h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    contentType: 'image/webp',
    test: (h) => h.length >= 12 && h.toString('latin1', 0, 4) === 'RIFF' && h.toString('latin1', 8, 12) === 'WEBP',
  },
  { contentType: 'application/pdf', test: (h) => h.length >= 5 && h.toString('latin1', 0, 5) === '%PDF-' },
];

/** How many leading bytes `sniff` needs. */
export const SNIFF_BYTES = 16;

export const ACCEPTED_TYPES = Object.keys(EXTENSION_BY_TYPE) as AcceptedType[];

const MAX_NAME = 200;

/** The content type of a file by its first bytes, or undefined when it is none a case may carry. */
export function sniff(head: Buffer): AcceptedType | undefined {
  return SIGNATURES.find((s) => s.test(head))?.contentType;
}

/**
 * The name a file is stored and served under: the client's name without path, control characters or its own
 * extension, ending in the extension of the type detected from its content (`x.hta` holding a JPEG is `x.jpg`), so
 * nothing a client names can make a staff member's desktop open the file with another program. At most 200 chars.
 * Applied again to stored names when they are served, it leaves a name it made unchanged.
 */
export function safeFileName(name: string | undefined, contentType: string): string {
  const extension = EXTENSION_BY_TYPE[contentType as AcceptedType] ?? 'bin';
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const stem = base
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this strips from a file name
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '')
    // Windows ignores trailing dots and spaces, so `x.hta. ` is `x.hta` there: strip them before the extension.
    .replace(/[.\s]+$/, '')
    .replace(/\.[^.\s]{1,10}$/, '')
    .trim()
    .slice(0, MAX_NAME - extension.length - 1)
    .trim();
  return `${stem || 'tep-dinh-kem'}.${extension}`;
}

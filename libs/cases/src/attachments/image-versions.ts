import exifReader from 'exif-reader';
import sharp, { type Metadata, type Sharp } from 'sharp';
import { ErrorCode } from '@hotline/contracts';
import { PayloadTooLargeError, UnsupportedMediaTypeError } from '@hotline/platform';

/** The detected types that are photos: they get a thumbnail and a copy without metadata. */
export const IMAGE_TYPES: readonly string[] = ['image/jpeg', 'image/png', 'image/webp'];

export const isImage = (contentType: string): boolean => IMAGE_TYPES.includes(contentType);

/**
 * At most 40 megapixels decoded (a 12 MP phone photo is 12): a small PNG of 20,000 × 20,000 plain pixels would
 * otherwise take 1.6 GB to decode (a decompression bomb). Checked from the header before any pixel is decoded.
 */
export const MAX_IMAGE_PIXELS = 40_000_000;

/** The longest side of a thumbnail, in pixels: 360, shown at up to 180 CSS pixels so it stays sharp on 2× screens. */
export const THUMBNAIL_SIZE = 360;

/** The versions of a stored image, beside its original under the same key. */
export type ImageVersion = 'thumbnail' | 'public';

export const versionKey = (storageKey: string, version: ImageVersion): string =>
  version === 'thumbnail' ? `${storageKey}.thumb.webp` : `${storageKey}.public`;

export const versionType = (contentType: string, version: ImageVersion): string => (version === 'thumbnail' ? 'image/webp' : contentType);

export interface GeoPoint {
  lat: number;
  lng: number;
}

export interface PreparedImage {
  /** Where the photo was taken, from its EXIF GPS tags, when it has them. */
  location?: GeoPoint;
  thumbnail: Buffer;
}

/** `failOn: 'warning'`: a truncated or damaged file is refused, not served half grey. */
const open = (input: string | Buffer): Sharp => sharp(input, { failOn: 'warning', limitInputPixels: MAX_IMAGE_PIXELS });

const unreadable = (fileName: string) =>
  new UnsupportedMediaTypeError(
    'file',
    `${fileName} is not a readable image (damaged or not what its first bytes say)`,
    ErrorCode.ImageUnreadable,
  );

/**
 * Reads an uploaded photo once, inline: refuses one that is too large in pixels (413) or cannot be decoded (415),
 * takes the GPS location from its EXIF, and makes its WebP thumbnail (shrink-on-load keeps that to tens or a few
 * hundred ms). The copy in full size that citizens and the public page get costs seconds for a 12 MP photo
 * (bench/photo-versions.bench.ts), so a job makes it after the upload (JobName.MakePublicImage). Both versions are
 * turned upright by the EXIF orientation and carry no metadata at all (no EXIF, XMP, IPTC or ICC profile), so no
 * location, camera or name leaves with them. The original stays as uploaded, for staff.
 */
export async function prepareImage(input: string | Buffer, contentType: string, fileName: string): Promise<PreparedImage> {
  let metadata: Metadata;
  try {
    metadata = await sharp(input).metadata();
  } catch {
    throw unreadable(fileName);
  }
  if (!metadata.width || !metadata.height) throw unreadable(fileName);
  if (metadata.width * metadata.height > MAX_IMAGE_PIXELS) {
    throw new PayloadTooLargeError(
      'file',
      `${fileName} is ${metadata.width} × ${metadata.height} pixels; at most ${MAX_IMAGE_PIXELS / 1_000_000} megapixels`,
      ErrorCode.ImageTooManyPixels,
    );
  }
  try {
    return { location: gpsOf(metadata.exif), thumbnail: await makeVersion(input, contentType, 'thumbnail') };
  } catch {
    throw unreadable(fileName);
  }
}

/**
 * Only where a photo was taken, from its header (no pixel is decoded): for the citizen's form to suggest the pin
 * before the case exists. Refuses what is not a readable JPEG, PNG or WebP.
 */
export async function locatePhoto(input: Buffer, fileName: string): Promise<GeoPoint | undefined> {
  try {
    return gpsOf((await sharp(input).metadata()).exif);
  } catch {
    throw unreadable(fileName);
  }
}

/** One version of an image (also made later for a photo stored before versions existed). Never carries metadata. */
export async function makeVersion(input: string | Buffer, contentType: string, version: ImageVersion): Promise<Buffer> {
  const upright = open(input).rotate();
  if (version === 'thumbnail') {
    return upright.resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true }).webp({ quality: 75 }).toBuffer();
  }
  if (contentType === 'image/png') return upright.png().toBuffer();
  if (contentType === 'image/webp') return upright.webp({ quality: 85 }).toBuffer();
  return upright.jpeg({ quality: 85 }).toBuffer();
}

/** Degrees, minutes, seconds and a hemisphere letter → signed decimal degrees, or undefined when malformed. */
function degrees(parts: number[] | undefined, ref: string | undefined, max: number): number | undefined {
  if (!Array.isArray(parts) || parts.length === 0 || parts.some((n) => !Number.isFinite(n))) return undefined;
  const [d, m = 0, s = 0] = parts;
  const value = (d + m / 60 + s / 3600) * (ref === 'S' || ref === 'W' ? -1 : 1);
  return Math.abs(value) <= max ? Math.round(value * 1e6) / 1e6 : undefined;
}

/** The EXIF GPS position, when present and plausible (0,0 is a camera's "no fix", not the Gulf of Guinea). */
export function gpsOf(exif: Buffer | undefined): GeoPoint | undefined {
  if (!exif) return undefined;
  let gps: ReturnType<typeof exifReader>['GPSInfo'];
  try {
    gps = exifReader(exif).GPSInfo;
  } catch {
    return undefined;
  }
  if (!gps) return undefined;
  const lat = degrees(gps.GPSLatitude, gps.GPSLatitudeRef, 90);
  const lng = degrees(gps.GPSLongitude, gps.GPSLongitudeRef, 180);
  if (lat === undefined || lng === undefined || (lat === 0 && lng === 0)) return undefined;
  return { lat, lng };
}

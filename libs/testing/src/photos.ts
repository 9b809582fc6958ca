import sharp from 'sharp';

/**
 * A real 48 × 32 JPEG (277 bytes, made with sharp): uploads decode every image, so a file that only starts with
 * JPEG's magic bytes is refused as unreadable.
 */
export const TINY_JPEG = Buffer.from(
  '/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAgADADASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAT/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAAAAb/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCkBBLYAAAAAAAAAB//2Q==',
  'base64',
);

/** Degrees as EXIF's rational triple (`21/1 1/1 4140/100`). */
function rational(value: number): string {
  const abs = Math.abs(value);
  const d = Math.floor(abs);
  const m = Math.floor((abs - d) * 60);
  const s = Math.round(((abs - d) * 60 - m) * 60 * 100);
  return `${d}/1 ${m}/1 ${s}/100`;
}

/**
 * A photo as a phone takes it: a JPEG with EXIF (camera make, and the GPS position when given) and an orientation
 * tag, for testing what the server reads from uploads and what it strips from the versions others see.
 */
export async function makePhoto(
  options: { width?: number; height?: number; gps?: { lat: number; lng: number }; orientation?: number } = {},
): Promise<Buffer> {
  const { width = 800, height = 600, gps, orientation = 1 } = options;
  return sharp({ create: { width, height, channels: 3, background: { r: 90, g: 140, b: 60 } } })
    .jpeg({ quality: 80 })
    .withMetadata({ orientation })
    .withExif({
      IFD0: { Make: 'HotlineTestCam', Artist: 'Nguyễn Văn An' },
      ...(gps
        ? {
            IFD3: {
              GPSLatitudeRef: gps.lat >= 0 ? 'N' : 'S',
              GPSLatitude: rational(gps.lat),
              GPSLongitudeRef: gps.lng >= 0 ? 'E' : 'W',
              GPSLongitude: rational(gps.lng),
            },
          }
        : {}),
    })
    .toBuffer();
}

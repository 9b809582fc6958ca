import sharp from 'sharp';
import { gpsOf, makeVersion, MAX_IMAGE_PIXELS, prepareImage } from './image-versions';

const withGps = (gps: Record<string, string>) =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#5a8c3c' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'UnitCam' }, IFD3: gps })
    .toBuffer();

const exifOf = async (image: Buffer) => (await sharp(image).metadata()).exif;

describe('a photo’s EXIF location', () => {
  it('turns degrees, minutes and seconds into signed decimal degrees, south and west negative', async () => {
    const north = await withGps({
      GPSLatitudeRef: 'N',
      GPSLatitude: '21/1 1/1 4140/100',
      GPSLongitudeRef: 'E',
      GPSLongitude: '105/1 51/1 0/1',
    });
    expect(gpsOf(await exifOf(north))).toEqual({ lat: 21.028167, lng: 105.85 });
    const south = await withGps({ GPSLatitudeRef: 'S', GPSLatitude: '33/1 52/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '70/1 30/1 0/1' });
    expect(gpsOf(await exifOf(south))).toEqual({ lat: -33.866667, lng: -70.5 });
  });

  it('gives none for a photo without GPS tags, a camera’s 0,0 “no fix”, or no EXIF at all', async () => {
    const plain = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'UnitCam' } })
      .toBuffer();
    expect(gpsOf(await exifOf(plain))).toBeUndefined();
    const noFix = await withGps({ GPSLatitudeRef: 'N', GPSLatitude: '0/1 0/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '0/1 0/1 0/1' });
    expect(gpsOf(await exifOf(noFix))).toBeUndefined();
    expect(gpsOf(undefined)).toBeUndefined();
    expect(gpsOf(Buffer.from('Exif\0\0not a tiff header'))).toBeUndefined();
  });
});

describe('image versions', () => {
  it('carry no metadata and stand upright: a thumbnail of at most 360 px and a full-size copy in the same format', async () => {
    const photo = await sharp({ create: { width: 800, height: 400, channels: 3, background: '#5a8c3c' } })
      .jpeg()
      .withMetadata({ orientation: 8 })
      .withExif({ IFD0: { Make: 'UnitCam', Artist: 'Nguyễn Văn An' } })
      .toBuffer();
    const thumbnail = await sharp(await makeVersion(photo, 'image/jpeg', 'thumbnail')).metadata();
    expect([thumbnail.format, thumbnail.width, thumbnail.height, thumbnail.exif, thumbnail.orientation]).toEqual([
      'webp',
      180,
      360,
      undefined,
      undefined,
    ]);
    const copy = await sharp(await makeVersion(photo, 'image/jpeg', 'public')).metadata();
    expect([copy.format, copy.width, copy.height, copy.exif, copy.icc]).toEqual(['jpeg', 400, 800, undefined, undefined]);
  });

  it('refuses an image over the pixel limit from its header alone, naming the field and a code', async () => {
    const side = Math.ceil(Math.sqrt(MAX_IMAGE_PIXELS)) + 1;
    const bomb = await sharp({ create: { width: side, height: side, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    await expect(prepareImage(bomb, 'image/png', 'bom.png')).rejects.toMatchObject({
      status: 413,
      code: 'image_too_many_pixels',
      details: [{ field: 'file' }],
    });
  });
});

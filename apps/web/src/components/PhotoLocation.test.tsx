import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { uploadCitizenFiles } from '../pages/citizen/SubmitPage';
import { toCaseBody } from '../lib/validation';
import { renderUi } from '../test-utils';
import { emptyCase } from './CaseForm';
import { type GeoPoint, PhotoLocation } from './PhotoLocation';
import { Thumbnail } from './Thumbnail';

interface Sent {
  method: string;
  url: string;
  contentType: string | null;
  files: { name: string; field: string }[];
}

/** A fake API that reads each request's multipart body as the server would, and answers with `answer(url)`. */
function fakeApi(answer: (url: string) => Response): Sent[] {
  const sent: Sent[] = [];
  globalThis.fetch = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const contentType = request.headers.get('content-type');
    const files: Sent['files'] = [];
    if (contentType?.startsWith('multipart/form-data')) {
      for (const [field, value] of (await request.formData()).entries()) if (value instanceof File) files.push({ field, name: value.name });
    }
    sent.push({ method: request.method, url: request.url, contentType, files });
    return answer(request.url);
  }) as typeof fetch;
  return sent;
}

function Harness({ files, onPoint }: { files: File[]; onPoint: (p: GeoPoint | null) => void }) {
  const [point, setPoint] = useState<GeoPoint | null>(null);
  return (
    <PhotoLocation
      files={files}
      value={point}
      onChange={(p) => {
        setPoint(p);
        onPoint(p);
      }}
    />
  );
}

const photo = () => new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'ổ gà.jpg', { type: 'image/jpeg' });

describe('a photo’s location on the citizen’s form', () => {
  it('asks the server where the photo was taken, offers it, and sets the case’s pin when the citizen accepts', async () => {
    const sent = fakeApi(() => Response.json({ location: { lat: 21.028511, lng: 105.852167 } }));
    const onPoint = jest.fn();
    renderUi(<Harness files={[photo()]} onPoint={onPoint} />);
    expect(await screen.findByText('Ảnh có vị trí — dùng vị trí này?')).toBeTruthy();
    expect(screen.getByText('Vĩ độ 21.02851, kinh độ 105.85217')).toBeTruthy();
    expect(sent).toEqual([
      expect.objectContaining({
        method: 'POST',
        url: expect.stringMatching(/\/api\/v1\/photos\/location$/),
        files: [{ field: 'file', name: 'ổ gà.jpg' }],
      }),
    ]);
    expect(sent[0].contentType).toMatch(/^multipart\/form-data; boundary=/);

    fireEvent.click(screen.getByRole('button', { name: 'Dùng vị trí này' }));
    expect(onPoint).toHaveBeenLastCalledWith({ lat: 21.028511, lng: 105.852167 });
    expect(screen.getByTestId('photo-location-chosen').textContent).toContain('vĩ độ 21.02851, kinh độ 105.85217');
    const body = toCaseBody({ ...emptyCase(), title: 'Ổ gà', description: 'Ổ gà sâu', location: { lat: 21.028511, lng: 105.852167 } });
    expect(body.location).toEqual({ lat: 21.028511, lng: 105.852167 });

    fireEvent.click(screen.getByRole('button', { name: 'Bỏ vị trí' }));
    expect(onPoint).toHaveBeenLastCalledWith(null);
  });

  it('offers nothing for a photo without a location, a photo the server cannot read, or a PDF', async () => {
    const sent = fakeApi((url) =>
      url.endsWith('/photos/location')
        ? sent.length === 1
          ? Response.json({})
          : Response.json(
              { statusCode: 415, code: 'image_unreadable', message: 'x', details: [{ field: 'file', message: 'x' }] },
              { status: 415 },
            )
        : Response.json({}),
    );
    const pdf = new File(['%PDF-'], 'don.pdf', { type: 'application/pdf' });
    renderUi(<Harness files={[photo(), photo(), pdf]} onPoint={jest.fn()} />);
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(screen.queryByText('Ảnh có vị trí — dùng vị trí này?')).toBeNull();
    expect(toCaseBody({ ...emptyCase(), title: 'Ổ gà', description: 'Ổ gà sâu' })).not.toHaveProperty('location');
  });
});

describe('uploads through the typed client', () => {
  it('sends the citizen’s files as multipart parts named "file" with the access key, and returns what was stored', async () => {
    const stored = [{ id: 'a1', fileName: 'ổ gà.jpg', contentType: 'image/jpeg', size: 4, visibleToCitizen: true, thumbnail: true }];
    const sent = fakeApi(() => Response.json(stored, { status: 201 }));
    const files = [photo(), new File(['%PDF-'], 'đơn.pdf', { type: 'application/pdf' })];
    expect(await uploadCitizenFiles('HN-2026-000001', 'k/ey+1', files)).toEqual(stored);
    expect(sent).toEqual([
      {
        method: 'POST',
        url: 'http://localhost/api/v1/cases/track/HN-2026-000001/attachments?key=k%2Fey%2B1',
        contentType: expect.stringMatching(/^multipart\/form-data; boundary=/),
        files: [
          { field: 'file', name: 'ổ gà.jpg' },
          { field: 'file', name: 'đơn.pdf' },
        ],
      },
    ]);
  });
});

describe('a thumbnail', () => {
  it('names the file it shows for screen readers and links to the file when asked', () => {
    renderUi(<Thumbnail src="/api/v1/public/attachments/a1/thumbnail" fileName="ổ gà.jpg" href="/api/v1/public/attachments/a1" />);
    const image = screen.getByRole('img', { name: 'Ảnh thu nhỏ của tệp đính kèm ổ gà.jpg' });
    expect(image.getAttribute('src')).toBe('/api/v1/public/attachments/a1/thumbnail');
    expect(screen.getByRole('link').getAttribute('href')).toBe('/api/v1/public/attachments/a1');
  });
});

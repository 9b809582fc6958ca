import { fireEvent, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { renderUi } from '../../test-utils';
import { PublicationPage } from './PublicationPage';

const ANSWER = 'Gọi 0912 345 678 nếu cần.';
const REVIEW = {
  publishable: true,
  title: { original: 'Đèn hỏng', found: [], proposed: 'Đèn hỏng' },
  answer: { original: ANSWER, found: [{ kind: 'phone', start: 4, end: 16 }], proposed: 'Gọi [số điện thoại] nếu cần.' },
  attachments: [{ id: 'f1', fileName: 'anh.jpg', contentType: 'image/jpeg', uploadedBy: 'citizen' }],
};

function fakeApi(): { method: string; body: unknown }[] {
  const sent: { method: string; body: unknown }[] = [];
  globalThis.fetch = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const body = request.method === 'PUT' ? await request.json() : undefined;
    sent.push({ method: request.method, body });
    return Response.json(REVIEW);
  }) as typeof fetch;
  return sent;
}

const renderPage = () =>
  renderUi(
    <MemoryRouter initialEntries={['/staff/cases/c1/publication']}>
      <Routes>
        <Route path="/staff/cases/:id/publication" element={<PublicationPage />} />
      </Routes>
    </MemoryRouter>,
  );

describe('the redaction review', () => {
  it('proposes the masked text, follows the kept masks, and publishes only once every attachment is decided', async () => {
    const sent = fakeApi();
    renderPage();
    const phone = await screen.findByRole('checkbox', { name: 'Số điện thoại: 0912 345 678' });
    const texts = () => screen.getAllByRole('textbox', { name: 'Nội dung công khai' }).map((t) => (t as HTMLTextAreaElement).value);
    expect(texts()[1]).toBe('Gọi [số điện thoại] nếu cần.');
    const publish = screen.getByRole('button', { name: 'Công khai' });
    expect((publish as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(phone);
    expect(texts()[1]).toBe(ANSWER);
    fireEvent.click(phone);
    expect(texts()[1]).toBe('Gọi [số điện thoại] nếu cần.');

    fireEvent.click(screen.getByRole('radio', { name: 'Không công khai' }));
    fireEvent.click(publish);
    await waitFor(() => expect(sent.filter((s) => s.method === 'PUT')).toHaveLength(1));
    expect(sent.find((s) => s.method === 'PUT')!.body).toEqual({
      title: 'Đèn hỏng',
      answer: 'Gọi [số điện thoại] nếu cần.',
      masks: [{ kind: 'phone', start: 4, end: 16, field: 'answer' }],
      attachments: [{ id: 'f1', publish: false }],
    });
  });
});

import { fireEvent, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { renderUi } from '../../test-utils';
import { PrivacyPage } from './PrivacyPage';

interface Sent {
  path: string;
  body: unknown;
}

/** The API as the page sees it: 202 for a code, 201 for a request, or the error body given for the codes route. */
function fakeApi(codeAnswer?: { status: number; body: unknown }): Sent[] {
  const sent: Sent[] = [];
  globalThis.fetch = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const path = new URL(request.url).pathname;
    sent.push({ path, body: await request.json() });
    if (path === '/api/v1/privacy/codes') {
      return codeAnswer ? Response.json(codeAnswer.body, { status: codeAnswer.status }) : new Response(null, { status: 202 });
    }
    return Response.json(
      { id: 'r1', accessKey: 'k1', acknowledgeDueAt: '2026-11-25T10:00:00Z', completeDueAt: '2026-12-14T10:00:00Z' },
      { status: 201 },
    );
  }) as typeof fetch;
  return sent;
}

const renderPage = () =>
  renderUi(
    <MemoryRouter>
      <PrivacyPage />
    </MemoryRouter>,
  );

describe('the citizen’s privacy page', () => {
  it('proves control of a phone by an SMS code and files the request for that phone', async () => {
    const sent = fakeApi();
    renderPage();
    fireEvent.click(screen.getByRole('radio', { name: 'Tin nhắn SMS' }));
    fireEvent.change(screen.getByLabelText(/^Số điện thoại đã dùng/), { target: { value: '0912 345 678' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gửi mã xác nhận' }));
    expect(await screen.findByText(/mã xác nhận đã được gửi qua tin nhắn SMS/)).toBeTruthy();
    expect(sent[0]).toEqual({ path: '/api/v1/privacy/codes', body: { contactKind: 'phone', contact: '0912 345 678' } });

    fireEvent.change(screen.getByLabelText(/^Mã xác nhận/), { target: { value: '123456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gửi yêu cầu' }));
    await screen.findByTestId('privacy-filed');
    expect(sent[1]).toEqual({
      path: '/api/v1/privacy/requests',
      body: { kind: 'access', contactKind: 'phone', contact: '0912 345 678', code: '123456' },
    });
  });

  it('keeps email as the default, and says in Vietnamese to call when SMS is not available', async () => {
    const sent = fakeApi({
      status: 422,
      body: { code: 'sms_unavailable', message: 'No SMS channel', details: [{ field: 'contactKind', message: 'No SMS channel' }] },
    });
    renderPage();
    expect(screen.getByLabelText(/^Thư điện tử đã dùng/)).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Tin nhắn SMS' }));
    fireEvent.change(screen.getByLabelText(/^Số điện thoại đã dùng/), { target: { value: '0912345678' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gửi mã xác nhận' }));
    expect(await screen.findByText(/Chưa gửi được mã qua tin nhắn/)).toBeTruthy();
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(screen.queryByLabelText(/^Mã xác nhận/)).toBeNull();
  });
});

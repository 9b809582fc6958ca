import { ContactKind } from '@hotline/contracts';
import { fireEvent, screen, within } from '@testing-library/react';
import { useAction } from '../lib/use-action';
import { renderUi } from '../test-utils';
import { type CodePurpose, ContactCodeRequest, OneTimeCodeInput, useContactCode } from './ContactCodeRequest';
import { ErrorAlert } from './States';

interface Sent {
  path: string;
  body: unknown;
}

/** The API as the form sees it: 202 for a code, or the API's validation_failed naming the contact for the bad ones given. */
function fakeApi(badContacts: string[] = []): Sent[] {
  const sent: Sent[] = [];
  globalThis.fetch = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const body = (await request.json()) as { contact: string };
    sent.push({ path: new URL(request.url).pathname, body });
    if (badContacts.includes(body.contact)) {
      return Response.json(
        { code: 'validation_failed', message: 'Validation failed', details: [{ field: 'contact', message: 'contact is not valid' }] },
        { status: 400 },
      );
    }
    return new Response(null, { status: 202 });
  }) as typeof fetch;
  return sent;
}

/** A page around the step, as the pages use it (useContactCode): it shows its alert, the "sent" note and the code's field. */
function Harness({ purpose, messages = 'myCases' }: { purpose: CodePurpose; messages?: 'privacy' | 'myCases' }) {
  const proof = useContactCode(ContactKind.Phone);
  const action = useAction();
  return (
    <>
      <ContactCodeRequest
        purpose={purpose}
        messages={messages}
        kinds={[ContactKind.Phone, ContactKind.Email]}
        {...proof.request}
        action={action}
      />
      {proof.codeSent && <p>sent</p>}
      {proof.codeSent && <OneTimeCodeInput label="Mã xác nhận" {...proof.codeInput} />}
      <ErrorAlert error={action.error} />
    </>
  );
}

const sendCode = () => fireEvent.click(screen.getByRole('button', { name: 'Gửi mã xác nhận' }));

describe('ContactCodeRequest', () => {
  it('asks for a code to a phone, trimmed, at the purpose’s endpoint', async () => {
    const sent = fakeApi();
    renderUi(<Harness purpose={{ kind: 'my-cases' }} />);
    const field = screen.getByLabelText(/^Số điện thoại/, { selector: 'input[type="tel"]' });
    expect(field.getAttribute('type')).toBe('tel');
    fireEvent.change(field, { target: { value: ' 0912 345 678 ' } });
    sendCode();
    await screen.findByText('sent');
    expect(sent).toEqual([{ path: '/api/v1/my-cases/codes', body: { contactKind: 'phone', contact: '0912 345 678' } }]);
  });

  it('switches to an email field and asks for a code to that email', async () => {
    const sent = fakeApi();
    renderUi(<Harness purpose={{ kind: 'supporter', trackingCode: 'HL-2026-000123' }} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Thư điện tử' }));
    const field = screen.getByLabelText(/^Thư điện tử/, { selector: 'input[type="email"]' });
    fireEvent.change(field, { target: { value: 'dan@example.vn' } });
    sendCode();
    await screen.findByText('sent');
    expect(sent).toEqual([
      {
        path: '/api/v1/cases/track/HL-2026-000123/supporter-codes',
        body: { contactKind: 'email', contact: 'dan@example.vn' },
      },
    ]);
  });

  it('marks a phone the API refuses next to the field, and sends no code', async () => {
    const sent = fakeApi(['12345']);
    renderUi(<Harness purpose={{ kind: 'privacy' }} messages="privacy" />);
    const field = screen.getByLabelText(/^Số điện thoại đã dùng/);
    fireEvent.change(field, { target: { value: '12345' } });
    sendCode();
    expect(await screen.findByText('Giá trị này chưa hợp lệ.')).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain(screen.getByText('Giá trị này chưa hợp lệ.').id);
    expect(within(screen.getByRole('alert')).getByText(/Một số thông tin chưa hợp lệ/)).toBeTruthy();
    expect(screen.queryByText('sent')).toBeNull();
    expect(sent).toEqual([{ path: '/api/v1/privacy/codes', body: { contactKind: 'phone', contact: '12345' } }]);
  });

  it('marks an email the API refuses next to the field', async () => {
    fakeApi(['dan@']);
    renderUi(<Harness purpose={{ kind: 'my-cases' }} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Thư điện tử' }));
    const field = screen.getByLabelText(/^Thư điện tử/, { selector: 'input[type="email"]' });
    fireEvent.change(field, { target: { value: 'dan@' } });
    sendCode();
    expect(await screen.findByText('Giá trị này chưa hợp lệ.')).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByText('sent')).toBeNull();
  });

  it('names the form and the kind switch with the page’s texts', () => {
    fakeApi();
    renderUi(<Harness purpose={{ kind: 'privacy' }} messages="privacy" />);
    expect(screen.getByRole('form', { name: 'Gửi mã xác nhận' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Tin nhắn SMS' })).toBeTruthy();
    expect(screen.getByLabelText(/^Số điện thoại đã dùng khi gửi hồ sơ/)).toBeTruthy();
  });

  it('starts over when the citizen picks the other kind: a code proves one contact', async () => {
    fakeApi();
    renderUi(<Harness purpose={{ kind: 'my-cases' }} />);
    fireEvent.change(screen.getByLabelText(/^Số điện thoại/, { selector: 'input[type="tel"]' }), { target: { value: '0912 345 678' } });
    sendCode();
    await screen.findByText('sent');
    const code = screen.getByLabelText(/^Mã xác nhận/);
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
    fireEvent.change(code, { target: { value: '123456' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Thư điện tử' }));
    expect(screen.queryByText('sent')).toBeNull();
    expect(screen.queryByLabelText(/^Mã xác nhận/)).toBeNull();
    expect((screen.getByLabelText(/^Thư điện tử/, { selector: 'input[type="email"]' }) as HTMLInputElement).value).toBe('');
    fireEvent.click(screen.getByRole('radio', { name: 'Số điện thoại' }));
    expect((screen.getByLabelText(/^Số điện thoại/, { selector: 'input[type="tel"]' }) as HTMLInputElement).value).toBe('');
  });
});

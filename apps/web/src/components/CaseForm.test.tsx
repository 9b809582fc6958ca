import { fireEvent, screen } from '@testing-library/react';
import { renderUi } from '../test-utils';
import { toCaseBody, validateCase } from '../lib/validation';
import { CaseForm, emptyCase } from './CaseForm';

const CATEGORIES = [
  { code: 'GTHT', name: 'Giao thông, hạ tầng', nameEn: 'Transport', parentCode: null },
  { code: 'GTHT.CHIEU-SANG', name: 'Chiếu sáng đô thị', nameEn: 'Street lighting', parentCode: 'GTHT' },
];
const AREAS = [{ code: 'HN-HOANKIEM', name: 'Phường Hoàn Kiếm', nameEn: 'Hoan Kiem Ward', parentCode: 'HN' }];
const AGENCIES = [
  { code: 'UBND-HOANKIEM', name: 'UBND phường Hoàn Kiếm', nameEn: 'Hoan Kiem Ward People’s Committee', parentCode: 'UBND-HN' },
];

const fill = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('CaseForm validation', () => {
  it('shows each problem next to its field and does not submit', () => {
    const onSubmit = jest.fn();
    renderUi(<CaseForm categories={CATEGORIES} areas={AREAS} agencies={AGENCIES} onSubmit={onSubmit} />);
    fill(/^Tiêu đề/, 'Đèn');
    fill(/^Số điện thoại/, '12345');
    fireEvent.click(screen.getByRole('button', { name: 'Gửi hồ sơ' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('Vui lòng sửa');
    expect(screen.getByLabelText(/^Tiêu đề/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Tiêu đề cần từ 5 đến 200 ký tự.')).toBeTruthy();
    expect(screen.getByText('Nội dung cần từ 10 đến 10.000 ký tự.')).toBeTruthy();
    expect(screen.getByText(/Hãy nhập họ và tên/)).toBeTruthy();
    expect(screen.getByText(/Số điện thoại Việt Nam/)).toBeTruthy();
  });

  it('submits a valid anonymous case with the honeypot left empty', () => {
    const onSubmit = jest.fn();
    renderUi(<CaseForm categories={CATEGORIES} areas={AREAS} agencies={AGENCIES} onSubmit={onSubmit} />);
    fill(/^Tiêu đề/, 'Đèn đường hỏng phố Hàng Bài');
    fill(/^Nội dung/, 'Ba cột đèn không sáng từ một tuần nay.');
    fireEvent.click(screen.getByLabelText(/Gửi ẩn danh/));
    // Silence is not consent: the box starts unticked and the form will not send without it.
    expect((screen.getByLabelText(/Tôi đồng ý cho HĐND xử lý/) as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Gửi hồ sơ' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Hãy đánh dấu ô đồng ý để gửi hồ sơ.')).toBeTruthy();
    fireEvent.click(screen.getByLabelText(/Tôi đồng ý cho HĐND xử lý/));
    fireEvent.click(screen.getByRole('button', { name: 'Gửi hồ sơ' }));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        anonymous: true,
        title: 'Đèn đường hỏng phố Hàng Bài',
        website: '',
        consentHandling: true,
        consentContact: false,
      }),
    );
  });

  it('shows the server’s field messages next to the fields', () => {
    renderUi(
      <CaseForm
        categories={CATEGORIES}
        areas={AREAS}
        agencies={AGENCIES}
        onSubmit={jest.fn()}
        serverErrors={{ 'citizen.email': 'email must be an email address', title: 'title is too long' }}
      />,
    );
    expect(screen.getByText('email must be an email address')).toBeTruthy();
    expect(screen.getByText('title is too long')).toBeTruthy();
  });

  it('refuses files that are neither photos nor PDF, and files over 10 MB', () => {
    const values = {
      ...emptyCase(),
      anonymous: true,
      title: 'Tiêu đề hợp lệ',
      description: 'Nội dung đủ dài để gửi.',
      consentHandling: true,
    };
    const html = new File(['<html>'], 'trang.html', { type: 'text/html' });
    expect(validateCase({ ...values, files: [html] }).files).toEqual({ key: 'validation.fileType', params: { name: 'trang.html' } });
    const big = new File(['x'], 'anh.jpg', { type: 'image/jpeg' });
    Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 });
    expect(validateCase({ ...values, files: [big] }).files).toEqual({ key: 'validation.fileSize', params: { name: 'anh.jpg' } });
    expect(validateCase({ ...values, files: [new File(['%PDF-'], 'don.pdf', { type: 'application/pdf' })] })).toEqual({});
  });

  it('asks for the accused agency on a denunciation only, and offers no publication for it', () => {
    renderUi(<CaseForm categories={CATEGORIES} areas={AREAS} agencies={AGENCIES} onSubmit={jest.fn()} />);
    expect(screen.queryByRole('textbox', { name: /^Cơ quan bị tố cáo/ })).toBeNull();
    expect(screen.getByLabelText(/Đồng ý công khai/)).toBeTruthy();
    fireEvent.click(screen.getByRole('textbox', { name: /^Loại/ }));
    fireEvent.click(screen.getByRole('option', { name: 'Tố cáo' }));
    expect(screen.getByRole('textbox', { name: /^Cơ quan bị tố cáo/ })).toBeTruthy();
    expect(screen.queryByLabelText(/Đồng ý công khai/)).toBeNull();
  });

  it('sends the accused agency with a denunciation, never with another kind, and never publishes a denunciation', () => {
    const values = {
      ...emptyCase(),
      anonymous: true,
      title: 'Tiêu đề hợp lệ',
      description: 'Nội dung đủ dài để gửi.',
      accusedAgencyCode: 'UBND-HOANKIEM',
      public: true,
    };
    expect(toCaseBody({ ...values, kind: 'denunciation' })).toMatchObject({ accusedAgencyCode: 'UBND-HOANKIEM', public: false });
    const feedback = toCaseBody({ ...values, kind: 'feedback' });
    expect(feedback).toMatchObject({ public: true });
    expect(feedback).not.toHaveProperty('accusedAgencyCode');
  });
});

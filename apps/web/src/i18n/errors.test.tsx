import { ErrorCode } from '@hotline/contracts';
import { act, screen } from '@testing-library/react';
import { ApiError, fieldMessage } from '../api/client';
import { ErrorAlert } from '../components/States';
import i18n from '.';
import { renderUi } from '../test-utils';

describe('error codes in the UI', () => {
  afterEach(() => act(() => void i18n.changeLanguage('vi')));

  it.each(Object.values(ErrorCode))('translates %s in Vietnamese and in English', (code) => {
    for (const lng of ['vi', 'en']) {
      expect(i18n.exists(`errors.${code}`, { lng, fallbackLng: false })).toBe(true);
    }
    expect(i18n.t(`errors.${code}`, { lng: 'vi' })).not.toBe(i18n.t(`errors.${code}`, { lng: 'en' }));
  });

  it('shows the translation of the code, never the server’s English message', () => {
    renderUi(<ErrorAlert error={new ApiError(409, 'Cannot extend a case that is routed', [], 'invalid_transition')} />);
    expect(screen.getByRole('alert').textContent).toContain('Hồ sơ đang ở trạng thái không cho phép thao tác này');
    expect(screen.getByRole('alert').textContent).not.toContain('Cannot extend');
  });

  it('falls back to the status’s code when the body carries none', () => {
    renderUi(<ErrorAlert error={new ApiError(503, 'Service Unavailable')} />);
    expect(screen.getByRole('alert').textContent).not.toContain('Service Unavailable');
    expect(screen.getByRole('alert').textContent).toContain(i18n.t('errors.service_unavailable'));
  });

  it('marks each refused field in the user’s language, never with the server’s English message', () => {
    const error = new ApiError(400, 'Validation failed', [
      { field: 'petitions.0.categoryCode', message: 'Unknown category "X"', code: 'unknown_reference' },
      { field: 'citizen.phone', message: 'phone must be a Vietnamese phone number' },
      { field: 'petitions.1.title', message: 'title must be 5-200 characters' },
      { field: 'summary', message: 'summary must be longer than or equal to 10 characters', code: 'validation_failed' },
    ]);
    expect(error.fieldErrors).toEqual({
      'petitions.0.categoryCode': 'Mã này không có trong danh mục (hoặc đã ngừng dùng).',
      'citizen.phone': 'Số điện thoại Việt Nam bắt đầu bằng 0 hoặc +84, gồm 10–11 chữ số.',
      'petitions.1.title': 'Giá trị này chưa hợp lệ.',
      summary: 'Giá trị này chưa hợp lệ.',
    });
    // A page that knows its field's rule says it.
    expect(fieldMessage(error.details[2], { title: 'validation.titleLength' })).toBe('Tiêu đề cần từ 5 đến 200 ký tự.');
    act(() => void i18n.changeLanguage('en'));
    expect(error.fieldErrors['citizen.phone']).toBe('A Vietnamese phone number starts with 0 or +84 and has 10–11 digits.');
  });
});

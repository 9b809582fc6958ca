import { ErrorCode } from '@hotline/contracts';
import { act, screen } from '@testing-library/react';
import { ApiError } from '../api/client';
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
});

import { act, screen } from '@testing-library/react';
import i18n from '../i18n';
import { renderUi } from '../test-utils';
import { DeadlineBadge } from './DeadlineBadge';

const DUE = '2026-12-04T10:00:00.000Z';

describe('DeadlineBadge', () => {
  afterEach(() => act(() => void i18n.changeLanguage('vi')));

  it('counts working days overdue in red when the number is negative', () => {
    renderUi(<DeadlineBadge workingDaysLeft={-3} dueAt={DUE} />);
    const badge = screen.getByText('Quá hạn 3 ngày làm việc');
    expect(badge.closest('[data-testid="deadline-badge"]')?.getAttribute('data-variant')).toBe('filled');
  });

  it('says due today at zero', () => {
    renderUi(<DeadlineBadge workingDaysLeft={0} dueAt={DUE} />);
    expect(screen.getByText('Đến hạn hôm nay')).toBeTruthy();
  });

  it('counts the working days left otherwise', () => {
    renderUi(<DeadlineBadge workingDaysLeft={4} dueAt={DUE} />);
    expect(screen.getByText('Còn 4 ngày làm việc')).toBeTruthy();
  });

  it('says there is no deadline when the case has no running clock', () => {
    renderUi(<DeadlineBadge workingDaysLeft={undefined} dueAt={undefined} />);
    expect(screen.getByText('Không có hạn')).toBeTruthy();
  });

  it('speaks English after a language switch', async () => {
    await act(() => i18n.changeLanguage('en'));
    renderUi(<DeadlineBadge workingDaysLeft={-1} dueAt={DUE} />);
    expect(screen.getByText('1 working days overdue')).toBeTruthy();
  });
});

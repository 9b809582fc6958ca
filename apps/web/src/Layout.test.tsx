import { Role } from '@hotline/contracts';
import { screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import type { StaffUser } from './api/session';
import { useAuth } from './auth';
import { Layout } from './Layout';
import { renderUi } from './test-utils';

jest.mock('./auth', () => ({ useAuth: jest.fn() }));

const signedIn = (user: Pick<StaffUser, 'fullName' | 'role'> | null) =>
  (useAuth as jest.Mock).mockReturnValue({ user, signOut: jest.fn() });

const renderAt = (path: string) =>
  renderUi(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route element={<Layout />}>
          <Route path="*" element={null} />
        </Route>
      </Routes>
    </MemoryRouter>,
  );

const linksNamed = (name: string) => screen.queryAllByRole('link', { name }).map((a) => a.getAttribute('href'));

describe('the menu', () => {
  it('offers the citizen "Hồ sơ của tôi", their cases by a one-time code', () => {
    signedIn(null);
    renderAt('/');
    expect(linksNamed('Hồ sơ của tôi')).toEqual(['/my-cases']);
  });

  it('shows an officer no citizen "Hồ sơ của tôi", whose name is their own assigned cases', () => {
    signedIn({ fullName: 'Trần Văn Cán', role: Role.AgencyOfficer });
    renderAt('/staff/cases');
    expect(linksNamed('Hồ sơ của tôi')).toEqual([]);
    expect(screen.queryAllByRole('link').map((a) => a.getAttribute('href'))).not.toContain('/my-cases');
    expect(linksNamed('Hồ sơ của cơ quan')).toEqual(['/staff/cases']);
    expect(linksNamed('Tra cứu hồ sơ')).toEqual(['/track']);
    expect(linksNamed('Công khai kết quả')).toEqual(['/public']);
  });
});

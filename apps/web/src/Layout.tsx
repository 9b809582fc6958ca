import { Anchor, AppShell, Burger, Button, Group, NavLink, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink as RouterNavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useAuth } from './auth';
import { Loading } from './components/States';
import { navFor } from './nav';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('lang.label')}
      value={i18n.language === 'en' ? 'en' : 'vi'}
      onChange={(lng) => void i18n.changeLanguage(lng)}
      data={[
        { value: 'vi', label: 'VI' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}

/**
 * The public pages; `forStaff` ones are also linked below a staff member's menu. The citizen's "my cases" is not: its
 * name would clash with an officer's own cases (the assignee filter of the agency's cases).
 */
const PUBLIC_NAV = [
  { to: '/', label: 'nav.submit', forStaff: false },
  { to: '/track', label: 'nav.track', forStaff: true },
  { to: '/my-cases', label: 'myCases.nav', forStaff: false },
  { to: '/public', label: 'nav.disclosure', forStaff: true },
];
const STAFF_PUBLIC_NAV = PUBLIC_NAV.filter((item) => item.forStaff);

/** One shell for every page: the header, a menu that matches the user's role (a drawer below 48em), the page. */
export function Layout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const { user, signOut } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const staffNav = navFor(user?.role);
  const items = user && location.pathname.startsWith('/staff') ? staffNav : PUBLIC_NAV;
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <a href="#main" className="skip-link">
        {t('app.skip')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="sm" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('app.menu')} />
            <Anchor component={Link} to={user ? '/staff' : '/'} underline="never" c="red.8">
              <Title order={1} fz={{ base: 16, xs: 20 }} style={{ whiteSpace: 'nowrap' }}>
                {t('app.title')}
              </Title>
            </Anchor>
          </Group>
          <LanguageSwitch />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('app.nav')}>
        <Stack gap={4} justify="space-between" h="100%">
          <nav>
            {items.map((item) => (
              <NavLink
                key={item.to + item.label}
                component={RouterNavLink}
                to={item.to}
                end={item.to === '/'}
                label={t(item.label)}
                onClick={close}
              />
            ))}
            {user && !location.pathname.startsWith('/staff') && (
              <NavLink component={RouterNavLink} to="/staff" label={t('nav.dashboard')} onClick={close} />
            )}
          </nav>
          <Stack gap={4}>
            {user ? (
              <>
                <Text size="sm" c="dimmed">
                  {t('nav.signedInAs', { name: user.fullName })}
                </Text>
                <NavLink component={RouterNavLink} to="/staff/profile" label={t('nav.profile')} onClick={close} />
                {location.pathname.startsWith('/staff') &&
                  STAFF_PUBLIC_NAV.map((item) => (
                    <NavLink key={item.to} component={RouterNavLink} to={item.to} label={t(item.label)} onClick={close} />
                  ))}
                <Button variant="light" color="gray" onClick={() => void signOut().then(() => navigate('/login'))}>
                  {t('nav.logout')}
                </Button>
              </>
            ) : (
              <NavLink component={RouterNavLink} to="/login" label={t('nav.staffLogin')} onClick={close} />
            )}
          </Stack>
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        {/* A staff page's chunk loads on its first visit (App.tsx): the header and menu stay meanwhile. */}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}

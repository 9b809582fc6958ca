import type { Browser, Page } from 'playwright-core';
import { totpCode } from '@hotline/auth';
import { makeCaseInput, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';
import { launchChromium, newPage, pickOption, PHONE, problemsOf, screenshot, signIn, WEB_DIR } from './browser';

interface Rule {
  id: string;
  kind: string | null;
  categoryCode: string | null;
  areaCode: string | null;
  agencyCode: string;
  active: boolean;
}

/** The session API's sign-in flows in the browser, the admin's users tab, and routing-rule editing. */
describe('accounts and administration in Chromium', () => {
  let platform: TestPlatform;
  let browser: Browser;
  let admin = '';

  /** Types the email and password on the login page and presses the button (no wait for where it lands). */
  const submitLogin = async (page: Page, email: string, password: string) => {
    await page.goto('/login');
    await page.getByLabel('Thư điện tử').fill(email);
    await page.getByLabel(/^Mật khẩu/).fill(password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
  };

  beforeAll(async () => {
    // The secretariat must use TOTP: a new member of it enrols before anything else.
    platform = await newPlatform().start({ env: { WEB_DIR, REQUIRE_TOTP_FOR: 'secretariat' } });
    browser = await launchChromium();
    admin = await platform.login(...USERS.admin);
  });
  afterAll(async () => {
    await browser?.close();
    await platform.stop();
  });

  it('an admin creates an agency officer; the officer signs in with the temporary password and must choose a new one', async () => {
    const { context, page } = await newPage(browser, platform.baseUrl);
    await signIn(page, USERS.admin);
    await page.getByRole('tab', { name: 'Người dùng' }).click();
    await page.getByTestId('user-admin@hotline.example.vn').waitFor();
    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Thư điện tử/).fill('nguyen.thu@hotline.example.vn');
    await dialog.getByLabel(/^Họ và tên/).fill('Nguyễn Thị Thu');
    await dialog.getByRole('textbox', { name: 'Vai trò' }).click();
    await page.getByRole('option', { name: 'Cán bộ cơ quan' }).click();
    // An agency officer without an agency is refused next to the field.
    await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await dialog.locator('.mantine-InputWrapper-error').getByText('Cán bộ và lãnh đạo cơ quan phải thuộc một cơ quan.').waitFor();
    await dialog.getByRole('textbox', { name: /^Cơ quan xử lý/ }).fill('so xay dung');
    await pickOption(page, /Sở Xây dựng/);
    await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const temporary = (await page.getByTestId('temporary-password').textContent())!.trim();
    expect(temporary.length).toBeGreaterThanOrEqual(10);
    await page.getByTestId('user-nguyen.thu@hotline.example.vn').waitFor();
    await screenshot(page, 'admin-users');

    const officer = await newPage(browser, platform.baseUrl, PHONE);
    await submitLogin(officer.page, 'nguyen.thu@hotline.example.vn', temporary);
    await officer.page.waitForURL(/\/welcome\/password$/);
    await officer.page.getByRole('heading', { name: 'Chọn mật khẩu mới' }).waitFor();
    // Other staff pages send it back here until the password is changed.
    await officer.page.goto('/staff/cases');
    await officer.page.waitForURL(/\/welcome\/password$/);
    // A wrong temporary password comes back from the API as a field error.
    await officer.page.getByLabel(/^Mật khẩu tạm thời/).fill('khong-phai-no-123');
    await officer.page.getByLabel(/^Mật khẩu mới/).fill('Thu-mat-khau-2026');
    await officer.page.getByLabel(/^Nhập lại mật khẩu mới/).fill('Thu-mat-khau-2026');
    await officer.page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await officer.page.getByText('Mật khẩu hiện tại không đúng.').waitFor();
    await screenshot(officer.page, 'account-choose-password-360');
    await officer.page.getByLabel(/^Mật khẩu tạm thời/).fill(temporary);
    await officer.page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await officer.page.waitForURL(/\/staff\/cases$/);
    const users = await platform.request<{ items: { email: string; mustChangePassword: boolean; role: string }[] }>(
      'GET',
      '/api/v1/admin/users?q=nguyen.thu',
      undefined,
      admin,
    );
    expect(users.body.items).toEqual([
      expect.objectContaining({ email: 'nguyen.thu@hotline.example.vn', mustChangePassword: false, role: 'agency_officer' }),
    ]);

    // The profile: own sessions listed.
    await officer.page.goto('/staff/profile');
    await officer.page.getByRole('heading', { name: 'Tài khoản của tôi' }).waitFor();
    await officer.page.getByTestId('session-row').first().waitFor();
    await screenshot(officer.page, 'account-profile-360');
    expect(problemsOf(officer.page)).toEqual([]);
    expect(problemsOf(page)).toEqual([]);
    await officer.context.close();
    await context.close();
  });

  it('a new secretariat member enrols TOTP with the QR page, chooses a password, and then signs in with a code', async () => {
    const created = await platform.request<{ temporaryPassword: string }>(
      'POST',
      '/api/v1/admin/users',
      { email: 'tran.lan@hotline.example.vn', fullName: 'Trần Thị Lan', role: 'secretariat' },
      admin,
    );
    expect(created.status).toBe(201);
    const { context, page } = await newPage(browser, platform.baseUrl);
    await submitLogin(page, 'tran.lan@hotline.example.vn', created.body.temporaryPassword);
    // Both are pending: the second factor first, then the password.
    await page.waitForURL(/\/welcome\/totp$/);
    await page.getByRole('heading', { name: 'Bật xác thực hai bước' }).waitFor();
    await page.getByRole('button', { name: 'Tạo mã bí mật' }).click();
    await page.getByTestId('totp-qr').waitFor();
    const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(await page.getByTestId('totp-qr').getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await screenshot(page, 'account-totp-enrol');
    await page.getByLabel('Mã 6 chữ số').fill('000000');
    await page.getByRole('button', { name: 'Xác nhận và bật' }).click();
    await page.getByText(/^Mã không đúng hoặc đã hết hạn/).waitFor();
    await page.getByLabel('Mã 6 chữ số').fill(await totpCode(secret, new Date()));
    await page.getByRole('button', { name: 'Xác nhận và bật' }).click();
    await page.waitForURL(/\/welcome\/password$/);
    await page.getByLabel(/^Mật khẩu tạm thời/).fill(created.body.temporaryPassword);
    await page.getByLabel(/^Mật khẩu mới/).fill('Lan-mat-khau-2026');
    await page.getByLabel(/^Nhập lại mật khẩu mới/).fill('Lan-mat-khau-2026');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.waitForURL(/\/staff\/triage$/);

    // Signed out from the menu; the next sign-in asks for the code once the password is right.
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(/\/login$/);
    await submitLogin(page, 'tran.lan@hotline.example.vn', 'Lan-mat-khau-2026');
    const code = page.getByLabel(/^Mã xác thực/);
    await code.waitFor();
    await screenshot(page, 'account-login-totp');
    // The code of the next time step (one step of drift is allowed): the one used to turn TOTP on is spent.
    await code.fill(await totpCode(secret, new Date(Date.now() + 30_000)));
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/staff\/triage$/);
    await page.goto('/staff/profile');
    await page.getByText('Đang bật').waitFor();
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('an admin edits a routing rule, and the next case goes to the new agency', async () => {
    const { context, page } = await newPage(browser, platform.baseUrl);
    await signIn(page, USERS.admin);
    await page.getByRole('tab', { name: 'Quy tắc chuyển' }).click();
    const row = page.locator('[data-testid=rule-row][data-category="GIAO-THONG.DEN-TIN-HIEU"][data-area=""][data-kind=""]');
    await row.waitFor();
    await screenshot(page, 'admin-routing');
    await row.getByRole('button', { name: 'Sửa' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /^Cơ quan xử lý/ }).fill('hoan kiem');
    await pickOption(page, /UBND phường Hoàn Kiếm/);
    await screenshot(page, 'admin-routing-edit');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row.getByText('UBND phường Hoàn Kiếm').waitFor();

    const rules = (await platform.request<Rule[]>('GET', '/api/v1/admin/routing-rules', undefined, admin)).body;
    expect(rules.find((r) => r.active && r.categoryCode === 'GIAO-THONG.DEN-TIN-HIEU' && !r.areaCode && !r.kind)?.agencyCode).toBe(
      'UBND-HOANKIEM',
    );
    const filed = await platform.request<{ id: string }>(
      'POST',
      '/api/v1/cases',
      makeCaseInput({ categoryCode: 'GIAO-THONG.DEN-TIN-HIEU', areaCode: 'HN-HAIBATRUNG' }),
    );
    const agency = await waitFor(
      async () => {
        const d = (
          await platform.request<{ status: string; agency?: { code: string } }>('GET', `/api/v1/cases/${filed.body.id}`, undefined, admin)
        ).body;
        return d.status !== 'received' && (d.agency?.code ?? 'triage');
      },
      'the case routed',
      30_000,
    );
    expect(agency).toBe('UBND-HOANKIEM');

    await page.getByRole('tab', { name: 'Cơ quan' }).click();
    await page.getByTestId('row-SXD').waitFor();
    await screenshot(page, 'admin-agencies');
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });
});

import type { Page } from 'playwright-core';
import { LoginPage } from '../pages/login.page';
import { ShellPage } from '../pages/shell.page';
import { TotpPage } from '../pages/totp.page';
import { nextTotpCode, type AdminState } from './admin-account';

/**
 * Opens Colectiva in Spanish and signs the first-run administrator in with her password and a fresh
 * TOTP code; resolves once she is inside an organization, with that organization's path (`/o/<id>`).
 */
export async function signInAdmin(page: Page, baseUrl: string, admin: AdminState): Promise<string> {
  await page.goto(`${baseUrl}/`);
  await new ShellPage(page).chooseLanguage('es');
  const login = new LoginPage(page);
  await login.waitVisible();
  await login.signIn(admin.username, admin.password);
  const totp = new TotpPage(page);
  await totp.waitVisible();
  await totp.enterCode(await nextTotpCode(admin));
  await page.waitForURL(/\/o\/[0-9a-f-]{36}/);
  return /\/o\/[0-9a-f-]{36}/.exec(page.url())![0];
}

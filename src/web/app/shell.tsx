import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useBrowserLocation } from 'wouter/use-browser-location';
import type { MembershipView } from '../../domain/auth.schemas';
import { useBrand } from './brand';
import { LanguageSwitcher } from './language-switcher';
import { entriesFor } from './nav-registry';
import { orgPath } from './org-context';
import { OrgSwitcher } from './org-switcher';
import { QuickExitButton } from './quick-exit-button';
import { useSession } from './session';

function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href="#main">
      {t('app.skipToContent')}
    </a>
  );
}

/** Screens before the workspace (set-up, sign-in steps): brand, quick exit, language. */
export function BareShell({ children }: { children: ReactNode }) {
  const brand = useBrand();
  return (
    <div className="app app--bare">
      <SkipLink />
      <header className="topbar">
        <span className="brand">{brand}</span>
        <QuickExitButton />
      </header>
      <main id="main" className="main main--bare" tabIndex={-1}>
        {children}
      </main>
      <footer className="footer">
        <LanguageSwitcher />
      </footer>
    </div>
  );
}

function NavLink({ href, label, exact = false }: { href: string; label: string; exact?: boolean }) {
  const [location] = useBrowserLocation();
  const active = location === href || (!exact && location.startsWith(`${href}/`));
  return (
    <li>
      <Link href={`~${href}`} className="nav__link" aria-current={active ? 'page' : undefined}>
        {label}
      </Link>
    </li>
  );
}

function OrgNav({ org }: { org: MembershipView | null }) {
  const { t } = useTranslation();
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <ul className="nav__list">
        {org ? (
          <>
            <NavLink href={orgPath(org.orgId)} label={t('nav.home')} exact />
            {entriesFor(org).map((entry) => (
              <NavLink key={entry.id} href={orgPath(org.orgId, entry.path)} label={t(entry.labelKey)} />
            ))}
          </>
        ) : null}
        <NavLink href="/account" label={t('nav.account')} />
      </ul>
    </nav>
  );
}

/** The workspace: organization switcher, the modules the role may use, quick exit, language. */
export function SignedInShell({ org, children }: { org: MembershipView | null; children: ReactNode }) {
  const { t } = useTranslation();
  const brand = useBrand();
  const session = useSession();
  return (
    <div className="app">
      <SkipLink />
      <header className="topbar">
        <span className="brand brand--compact">{brand}</span>
        {org ? <OrgSwitcher current={org} /> : <span className="topbar__spacer" />}
        <QuickExitButton />
      </header>
      <OrgNav org={org} />
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="footer">
        <LanguageSwitcher />
        <button type="button" className="button button--link" onClick={() => void session.signOut()}>
          {t('account.signOut')}
        </button>
      </footer>
    </div>
  );
}

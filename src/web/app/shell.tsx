import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useBrowserLocation } from 'wouter/use-browser-location';
import type { MembershipView } from '../../domain/auth.schemas';
import { useBrand } from './brand';
import { LanguageSwitcher } from './language-switcher';
import { Icon, type IconName } from '../ui/icons';
import { entriesFor, phoneEntries } from './nav-registry';
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

interface NavItem {
  id: string;
  href: string;
  label: string;
  icon: IconName;
  exact?: boolean;
}

function isActive(location: string, item: NavItem): boolean {
  return location === item.href || (!item.exact && location.startsWith(`${item.href}/`));
}

function NavLink({ item, location, className }: { item: NavItem; location: string; className: string }) {
  return (
    <li className={className}>
      <Link
        href={`~${item.href}`}
        className="nav__link"
        aria-current={isActive(location, item) ? 'page' : undefined}
      >
        <Icon name={item.icon} className="nav__icon" />
        <span className="nav__text">{item.label}</span>
      </Link>
    </li>
  );
}

/**
 * The organization's sections. On a phone the three sections used most in the field (for the role)
 * sit in a bar at the bottom, within reach of the thumb, and "Más" opens the others; from 900 px the
 * whole list is a side column.
 */
function OrgNav({ org }: { org: MembershipView | null }) {
  const { t } = useTranslation();
  const [location] = useBrowserLocation();
  const [open, setOpen] = useState(false);
  const sheetId = useId();
  useEffect(() => setOpen(false), [location]);
  useEffect(() => {
    if (!open) return;
    const close = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    window.addEventListener('keydown', close);
    return () => window.removeEventListener('keydown', close);
  }, [open]);

  const entries = org ? entriesFor(org) : [];
  const quick = org ? phoneEntries(entries) : [];
  const items: NavItem[] = [
    ...(org
      ? [{ id: 'home', href: orgPath(org.orgId), label: t('nav.home'), icon: 'home' as const, exact: true }]
      : []),
    ...(org
      ? entries.map((entry) => ({
          id: entry.id,
          href: orgPath(org.orgId, entry.path),
          label: t(entry.labelKey),
          icon: entry.icon ?? ('more' as const),
        }))
      : []),
    { id: 'account', href: '/account', label: t('nav.account'), icon: 'account' },
  ];
  const quickIds = new Set(quick.map((entry) => entry.id));
  const quickItems = quick.flatMap((entry) => items.filter((item) => item.id === entry.id));
  const moreActive = items.some((item) => !quickIds.has(item.id) && isActive(location, item));
  const sheet = quickItems.length > 0;
  return (
    <>
      <nav
        id={sheetId}
        className={sheet ? `nav nav--sheet${open ? ' nav--open' : ''}` : 'nav'}
        aria-label={t('nav.label')}
      >
        <ul className="nav__list">
          {items.map((item) => (
            <NavLink
              key={item.id}
              item={item}
              location={location}
              className={quickIds.has(item.id) ? 'nav__item nav__item--quick' : 'nav__item'}
            />
          ))}
        </ul>
      </nav>
      {sheet ? (
        <nav className="tabbar" aria-label={t('phoneNav.quick')}>
          <ul className="tabbar__list">
            {quickItems.map((item) => (
              <NavLink key={item.id} item={item} location={location} className="tabbar__item" />
            ))}
            <li className="tabbar__item">
              <button
                type="button"
                className={
                  moreActive ? 'nav__link tabbar__more tabbar__more--active' : 'nav__link tabbar__more'
                }
                aria-expanded={open}
                aria-controls={sheetId}
                onClick={() => setOpen((value) => !value)}
              >
                <Icon name={open ? 'close' : 'more'} className="nav__icon" />
                <span className="nav__text">{t('phoneNav.more')}</span>
              </button>
            </li>
          </ul>
        </nav>
      ) : null}
      {open ? <div className="nav-backdrop" aria-hidden="true" onClick={() => setOpen(false)} /> : null}
    </>
  );
}

/** The workspace: organization switcher, the modules the role may use, quick exit, language. */
export function SignedInShell({ org, children }: { org: MembershipView | null; children: ReactNode }) {
  const { t } = useTranslation();
  const brand = useBrand();
  const session = useSession();
  return (
    <div
      className={
        org && phoneEntries(entriesFor(org)).length > 0 ? 'app app--nav app--tabbar' : 'app app--nav'
      }
    >
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

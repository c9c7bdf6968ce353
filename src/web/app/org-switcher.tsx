import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { MembershipView } from '../../domain/auth.schemas';
import { ChevronIcon } from '../ui/icons';
import { orgPath } from './org-context';
import { useMe } from './session';

/**
 * Shows the organization in use and lets a person who belongs to several switch between them. The
 * list comes from the memberships in GET /api/me; the choice lives in the address (`/o/:orgId`).
 */
export function OrgSwitcher({ current }: { current: MembershipView }) {
  const { t } = useTranslation();
  const { memberships } = useMe();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLElement>('[aria-current="true"]')?.focus();
    const closeOnOutside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', closeOnOutside);
    document.addEventListener('keydown', closeOnEscape);
    return () => {
      document.removeEventListener('pointerdown', closeOnOutside);
      document.removeEventListener('keydown', closeOnEscape);
    };
  }, [open]);

  if (memberships.length < 2) {
    return (
      <div className="org-switcher">
        <span className="org-switcher__caption">{t('orgSwitcher.caption')}</span>
        <span className="org-switcher__name">{current.orgName}</span>
      </div>
    );
  }

  return (
    <div className="org-switcher" ref={root}>
      <button
        ref={button}
        type="button"
        className="org-switcher__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="org-switcher__caption">{t('orgSwitcher.caption')}</span>
        <span className="org-switcher__name">{current.orgName}</span>
        <span className="visually-hidden">{t('orgSwitcher.change')}</span>
        <ChevronIcon className="org-switcher__chevron" />
      </button>
      {open ? (
        <div className="org-switcher__panel" id={panelId}>
          <p className="org-switcher__title" id={`${panelId}-title`}>
            {t('orgSwitcher.title')}
          </p>
          <ul className="org-switcher__list" aria-labelledby={`${panelId}-title`}>
            {memberships.map((membership) => (
              <li key={membership.orgId}>
                <Link
                  href={`~${orgPath(membership.orgId)}`}
                  className="org-switcher__option"
                  aria-current={membership.orgId === current.orgId ? 'true' : undefined}
                  onClick={() => setOpen(false)}
                >
                  <span className="org-switcher__option-name">{membership.orgName}</span>
                  <span className="org-switcher__option-meta">
                    {t(`roles.${membership.role}`)} · {t(`levels.${membership.orgLevel}`)}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

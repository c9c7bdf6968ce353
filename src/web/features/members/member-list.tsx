import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDisplayCode } from '../../../domain/members';
import type { MemberListItem } from '../../../domain/members.schemas';
import { ApiError } from '../../app/api-client';
import { useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Icon } from '../../ui/icons';
import { Loading } from '../../ui/page';
import {
  fetchMoreMembers,
  memberListUrl,
  useMemberList,
  useRegistrySettings,
  useSites,
  type MemberFilters,
} from './members.resource';

const NO_FILTERS: MemberFilters = { q: '', siteId: '', flag: '', priority: false };

/** Priority members first, then the order the server gave (newest first). */
export function priorityFirst(members: readonly MemberListItem[]): MemberListItem[] {
  return [...members.filter((m) => m.priority), ...members.filter((m) => !m.priority)];
}

interface MemberListProps {
  /** Where a member's row leads, from the members page (`/:id`) or elsewhere (`~/o/…`). */
  hrefFor: (member: MemberListItem) => string;
  /** The label of the row's link, read by screen readers with the code. */
  openLabel: (code: string) => string;
  showFilters?: boolean;
}

/** Members in reach with a search by display code, site, flag and priority; priority first. */
export function MemberList({ hrefFor, openLabel, showFilters = true }: MemberListProps) {
  const { t, i18n } = useTranslation();
  const org = useOrg();
  const [filters, setFilters] = useState<MemberFilters>(NO_FILTERS);
  const url = memberListUrl(org.orgId, filters);
  const list = useMemberList(url);
  const settings = useRegistrySettings(org.orgId);
  const sites = useSites(org.orgId);
  const [extra, setExtra] = useState<{ url: string; members: MemberListItem[]; next: string | null } | null>(
    null,
  );
  const [moreError, setMoreError] = useState<string | null>(null);
  const set = (change: Partial<MemberFilters>) => setFilters((current) => ({ ...current, ...change }));
  const lang = i18n.language as 'es' | 'pt-BR' | 'en';
  const flagLabel = (key: string) => {
    const flag = settings.data?.riskFlags.find((f) => f.key === key);
    return flag ? (flag.labels[lang] ?? flag.labels.es) : key;
  };

  const more = extra?.url === url ? extra : null;
  const members = priorityFirst([...(list.data?.members ?? []), ...(more?.members ?? [])]);
  const nextCursor = more ? more.next : (list.data?.nextCursor ?? null);
  const filtered = filters.q || filters.siteId || filters.flag || filters.priority;

  return (
    <div>
      <form className="member-search" role="search" onSubmit={(event) => event.preventDefault()}>
        <label className="member-search__box">
          <Icon name="search" className="member-search__icon" />
          <span className="visually-hidden">{t('members.searchByCode')}</span>
          <input
            className="field__input"
            type="search"
            placeholder={t('memberScreens.list.searchPlaceholder')}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            value={filters.q}
            onChange={(event) => set({ q: event.target.value })}
          />
        </label>
        {showFilters ? (
          <div className="member-filters">
            {(sites.data?.sites.length ?? 0) > 0 ? (
              <label className="field">
                <span className="field__label">{t('memberScreens.list.site')}</span>
                <select
                  className="field__input field__select"
                  value={filters.siteId}
                  onChange={(e) => set({ siteId: e.target.value })}
                >
                  <option value="">{t('memberScreens.list.anySite')}</option>
                  {sites.data?.sites.map((site) => (
                    <option key={site.id} value={site.id}>
                      {site.name}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            {(settings.data?.riskFlags.length ?? 0) > 0 ? (
              <label className="field">
                <span className="field__label">{t('memberScreens.list.flag')}</span>
                <select
                  className="field__input field__select"
                  value={filters.flag}
                  onChange={(e) => set({ flag: e.target.value })}
                >
                  <option value="">{t('memberScreens.list.anyFlag')}</option>
                  {settings.data?.riskFlags.map((flag) => (
                    <option key={flag.key} value={flag.key}>
                      {flagLabel(flag.key)}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            <label className="choice member-filters__priority">
              <input
                type="checkbox"
                checked={filters.priority}
                onChange={(e) => set({ priority: e.target.checked })}
              />
              <span>{t('memberScreens.list.onlyPriority')}</span>
            </label>
          </div>
        ) : null}
      </form>
      {list.error ? <Alert kind="error">{list.error.message}</Alert> : null}
      {list.loading && !list.data ? <Loading label={t('common.loading')} /> : null}
      {list.data && members.length === 0 ? (
        <p className="empty">{filtered ? t('members.empty') : t('memberScreens.list.none')}</p>
      ) : null}
      <ul
        className="items member-list"
        aria-label={t('memberScreens.list.label')}
        aria-busy={list.loading || undefined}
      >
        {members.map((member) => {
          const code = formatDisplayCode(member.displayCode);
          return (
            <li
              key={member.id}
              className={member.priority ? 'member-row member-row--priority' : 'member-row'}
            >
              <Link href={hrefFor(member)} className="member-row__link" aria-label={openLabel(code)}>
                <span className="member-row__main">
                  <span className="member-code">{code}</span>
                  {member.priority ? (
                    <span className="badge badge--warn">{t('members.priority')}</span>
                  ) : null}
                  <span className="member-row__meta">
                    {[
                      t(`members.ageBands.${member.ageBand}`),
                      t(`members.genderIdentities.${member.genderIdentity}`),
                      member.riskFlags.length > 0
                        ? t('memberScreens.list.flags', { n: member.riskFlags.length })
                        : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </span>
                <Icon name="contact" className="member-row__go" />
              </Link>
            </li>
          );
        })}
      </ul>
      {moreError ? <Alert kind="error">{moreError}</Alert> : null}
      {nextCursor ? (
        <Button
          variant="secondary"
          onClick={() => {
            setMoreError(null);
            fetchMoreMembers(url, nextCursor).then(
              (page) =>
                setExtra({
                  url,
                  members: [...(more?.members ?? []), ...page.members],
                  next: page.nextCursor,
                }),
              (reason: unknown) => setMoreError(reason instanceof ApiError ? reason.message : String(reason)),
            );
          }}
        >
          {t('members.more')}
        </Button>
      ) : null}
    </div>
  );
}

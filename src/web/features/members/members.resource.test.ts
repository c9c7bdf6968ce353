import { describe, expect, it } from 'vitest';
import { memberListUrl } from './members.resource';

const ORG = '0190a000-0000-7000-8000-000000000001';
const SITE = '0190a000-0000-7000-8000-000000000002';

describe('member list address', () => {
  it('carries only the filters that are set', () => {
    expect(memberListUrl(ORG, { q: '', siteId: '', flag: '', priority: false })).toBe(
      `/api/orgs/${ORG}/members`,
    );
    expect(memberListUrl(ORG, { q: ' k7m-4 ', siteId: SITE, flag: 'violence', priority: true })).toBe(
      `/api/orgs/${ORG}/members?q=k7m-4&siteId=${SITE}&flag=violence&priority=true`,
    );
  });
});

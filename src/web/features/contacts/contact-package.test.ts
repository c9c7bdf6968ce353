import { describe, expect, it } from 'vitest';
import type { ContactView } from '../../../domain/contacts.schemas';
import { DEFAULT_PACKAGE, todayOnDevice, usualPackage } from './contact-package';

const contact = (over: Partial<ContactView>): ContactView => ({
  id: 'c',
  contactedOn: '2026-01-01',
  siteId: null,
  promotoraUserId: 'u',
  memberId: 'm',
  memberDisplayCode: 'K7M4QX',
  anonymousCount: null,
  firstContact: null,
  condoms: 0,
  lubricant: 0,
  hivSelfTests: 0,
  infoTopics: [],
  needs: [],
  referrals: [],
  stockPointId: null,
  supersedesId: null,
  supersededById: null,
  voided: false,
  effective: true,
  createdBy: null,
  createdAt: '2026-01-01T10:00:00Z',
  ...over,
});

describe('usual package', () => {
  it('is the default package without a contact', () => {
    expect(usualPackage([])).toEqual(DEFAULT_PACKAGE);
  });

  it('takes condoms and lubricant of the last effective contact, self-tests at zero', () => {
    const history = [
      contact({ id: 'a', contactedOn: '2026-02-01', condoms: 30, lubricant: 5, hivSelfTests: 1 }),
      contact({ id: 'b', contactedOn: '2026-03-01', condoms: 99, effective: false }),
      contact({ id: 'c', contactedOn: '2026-01-01', condoms: 4, lubricant: 1 }),
    ];
    expect(usualPackage(history)).toEqual({ condoms: 30, lubricant: 5, hivSelfTests: 0 });
  });

  it('ignores voided contacts and falls back when the last one gave nothing', () => {
    expect(usualPackage([contact({ voided: true, effective: false, condoms: 8 })])).toEqual(DEFAULT_PACKAGE);
    expect(usualPackage([contact({ condoms: 0, lubricant: 0 })])).toEqual(DEFAULT_PACKAGE);
  });

  it('writes today in the device time zone', () => {
    expect(todayOnDevice(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});

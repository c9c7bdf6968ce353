import { describe, expect, it } from 'vitest';
import { MemberUpdateInput } from '../../../domain/members.schemas';
import { draftFrom, draftToInput, type AttributeChoices } from './member-attribute-fields';

const choices: AttributeChoices = {
  migrant: false,
  channel: false,
  notes: true,
  assign: false,
  localGroups: [],
  sites: [],
  promotoras: [],
};

describe('member attribute form → API input', () => {
  it('"another organization" with no name is refused on that field, not silently dropped', () => {
    const draft = { ...draftFrom(null, '2026-11-29'), servedBefore: 'org', servedBeforeOrg: '  ' };
    const result = MemberUpdateInput.safeParse(draftToInput(draft, choices, { needs: false }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['servedBeforeOrg']);
  });

  it('a named organization is sent trimmed, and no site with it', () => {
    const draft = { ...draftFrom(null, '2026-11-29'), servedBefore: 'org', servedBeforeOrg: ' APROASE ' };
    const input = draftToInput(draft, choices, { needs: false });
    expect(input.servedBeforeOrg).toBe('APROASE');
    expect(input.servedBeforeSiteId).toBeNull();
    expect(MemberUpdateInput.safeParse(input).success).toBe(true);
  });
});

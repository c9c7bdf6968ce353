import type { MemberCreateInput } from '../../domain/members.schemas';
import { buildUic, UIC_RECIPES, type UicAnswers } from '../../domain/uic';
import { appendAudit } from '../platform/audit/audit-writer';
import type { Tx } from '../platform/db/client';
import type { AppDeps } from '../platform/deps';
import type { OrgAccess, ServiceContext } from '../platform/http/route-spec';
import { memberSettings } from '../modules/members/member-settings';
import { createMember } from '../modules/members/members.service';

/** Synthetic people (every answer invented): a dozen members of the demo promotora's caseload. */
const DEMO_MEMBER_ANSWERS: readonly {
  answers: UicAnswers;
  flags: number;
  extra: Partial<MemberCreateInput>;
}[] = [
  {
    answers: { motherFirstName: 'Rosa', fatherFirstName: 'Julio', birthDate: '1990-04-12' },
    flags: 5,
    extra: {
      ageBand: '35_44',
      genderIdentity: 'woman',
      workSettings: ['street'],
      partnersPerWeek: 12,
      actsPerPartner: 1,
    },
  },
  {
    answers: { motherFirstName: 'Marta', fatherFirstName: 'Ernesto', birthDate: '1998-09-03' },
    flags: 4,
    extra: {
      ageBand: '25_34',
      genderIdentity: 'trans_woman',
      workSettings: ['street', 'online'],
      partnersPerWeek: 15,
      actsPerPartner: 1,
    },
  },
  {
    answers: { motherFirstName: 'Blanca', fatherFirstName: 'Tomás', birthDate: '2002-01-21' },
    flags: 4,
    extra: {
      ageBand: '18_24',
      genderIdentity: 'woman',
      workSettings: ['venue'],
      partnersPerWeek: 10,
      actsPerPartner: 2,
    },
  },
  {
    answers: { motherFirstName: 'Dolores', fatherFirstName: 'Rafael', birthDate: '1985-06-30' },
    flags: 2,
    extra: {
      ageBand: '35_44',
      genderIdentity: 'woman',
      workSettings: ['brothel'],
      partnersPerWeek: 20,
      actsPerPartner: 1,
      leadershipRoles: ['peer_educator'],
    },
  },
  {
    answers: { motherFirstName: 'Lucía', fatherFirstName: 'Andrés', birthDate: '1993-11-08' },
    flags: 1,
    extra: {
      ageBand: '25_34',
      genderIdentity: 'woman',
      workSettings: ['hotel'],
      partnersPerWeek: 8,
      actsPerPartner: 1,
    },
  },
  {
    answers: { motherFirstName: 'Teresa', birthDate: '1979-02-14' },
    flags: 0,
    extra: {
      ageBand: '45_plus',
      genderIdentity: 'woman',
      workSettings: ['street'],
      leadershipRoles: ['local_group_leader'],
    },
  },
  {
    answers: { motherFirstName: 'Gloria', fatherFirstName: 'Mauricio', birthDate: '2000-07-19' },
    flags: 3,
    extra: {
      ageBand: '18_24',
      genderIdentity: 'non_binary',
      workSettings: ['online'],
      partnersPerWeek: 6,
      actsPerPartner: 1,
    },
  },
  {
    answers: { motherFirstName: 'Sonia', fatherFirstName: 'Víctor', birthDate: '1988-12-25' },
    flags: 0,
    extra: { ageBand: '35_44', genderIdentity: 'woman', workSettings: ['apartment'] },
  },
  {
    answers: { motherFirstName: 'Carmen', fatherFirstName: 'Óscar', birthDate: '1996-03-02' },
    flags: 2,
    extra: {
      ageBand: '25_34',
      genderIdentity: 'trans_woman',
      workSettings: ['street'],
      partnersPerWeek: 14,
      actsPerPartner: 1,
    },
  },
  {
    answers: { motherFirstName: 'Irma', fatherFirstName: 'Nelson', birthDate: '1975-10-10' },
    flags: 1,
    extra: { ageBand: '45_plus', genderIdentity: 'woman', workSettings: ['venue'] },
  },
  {
    answers: { motherFirstName: 'Yesenia', fatherFirstName: 'Wilfredo', birthDate: '2001-05' },
    flags: 4,
    extra: {
      ageBand: '18_24',
      genderIdentity: 'woman',
      workSettings: ['street', 'venue'],
      partnersPerWeek: 18,
      actsPerPartner: 1,
    },
  },
  {
    answers: { motherFirstName: 'Elena', fatherFirstName: 'Santos', birthDate: '1991-08-17' },
    flags: 0,
    extra: {
      ageBand: '25_34',
      genderIdentity: 'woman',
      workSettings: ['hotel'],
      partnersPerWeek: 5,
      actsPerPartner: 2,
    },
  },
];

/**
 * Registers the demo members through the members service, so their codes are hashed with the network
 * key like any other member's and the UIC is dropped. Runs inside the demo's seeding transaction.
 */
export async function seedDemoMembers(
  deps: AppDeps,
  tx: Tx,
  options: { org: Omit<OrgAccess, 'role'>; promotora: { userId: string; username: string }; now: Date },
): Promise<void> {
  const org: OrgAccess = { ...options.org, role: 'promotora' };
  const ctx: ServiceContext = {
    deps,
    db: tx,
    now: options.now,
    actor: {
      userId: options.promotora.userId,
      username: options.promotora.username,
      sessionId: 'demo',
      sessionState: 'active',
      sessionToken: '',
    },
    org,
    audit: (event) =>
      appendAudit(
        tx,
        deps.keyring,
        { orgId: org.orgId, userId: options.promotora.userId, role: 'promotora', ipTag: null },
        event,
        options.now,
      ),
  };
  const flagKeys = (await memberSettings(tx, org.orgId)).riskFlagKeys;
  const recipe = UIC_RECIPES.default;
  for (const [index, person] of DEMO_MEMBER_ANSWERS.entries()) {
    const built = buildUic(recipe, person.answers);
    const firstContact = new Date(options.now.getTime() - (index + 1) * 17 * 86_400_000);
    await createMember(ctx, {
      uic: { recipeId: 'default', code: built.code, fallbacksUsed: built.fallbacksUsed },
      confirmedDistinct: true,
      firstContactOn: firstContact.toISOString().slice(0, 10),
      riskFlags: flagKeys.slice(0, person.flags),
      notes: index === 0 ? 'Prefiere que la visiten por la tarde. (Datos de demostración.)' : null,
      ...person.extra,
    });
  }
}

import type { Recipe } from '../../testing/route-recipes';
import { buildEngagement } from '../advocacy/advocacy.factory';
import { buildGrant } from '../grants/grants.factories';
import { buildConsultation } from '../priorities/priorities.factories';

/** A valid request for the calendar, with entries whose titles are unique markers. */
let sequence = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-ca${(sequence++).toString(36)}`;

export const CALENDAR_RECIPES: Record<string, Recipe> = {
  'GET /api/orgs/:orgId/calendar': async (ctx) => {
    await buildConsultation(ctx.t, { orgId: ctx.orgId, title: unique('ASAMBLEA'), heldOn: '2026-11-12' });
    await buildEngagement(ctx.t, {
      orgId: ctx.orgId,
      officeTitle: unique('DESPACHO'),
      engagedOn: '2026-11-13',
      commitments: [{ description: unique('COMPROMISO'), followUpOn: '2026-11-20' }],
    });
    await buildGrant(ctx.t, {
      orgId: ctx.orgId,
      title: unique('PROYECTO'),
      reports: [{ dueOn: '2026-11-28' }],
    });
    return { params: { orgId: ctx.orgId }, query: { from: '2026-11-01', to: '2026-11-30' } };
  },
};

import {
  InteractionCreateInput,
  PartnerCreateInput,
  PartnerDetail,
  PartnerList,
  PartnerParams,
  PartnerUpdateInput,
} from '../../../domain/alliances.schemas';
import { OrgParams } from '../../../domain/common.schemas';
import { defineRoute } from '../../platform/http/route-spec';
import * as service from './alliances.service';

const tags = ['alliances'];
const base = '/api/orgs/:orgId/alliances/partners';

export const allianceRoutes = [
  defineRoute({
    method: 'GET',
    url: base,
    summary: 'Allied organizations with their counts of engagements and joint actions',
    tags,
    access: { kind: 'org', resource: 'alliance', action: 'list' },
    params: OrgParams,
    response: PartnerList,
    handler: async (ctx) => ({ partners: await service.listPartners(ctx) }),
  }),
  defineRoute({
    method: 'POST',
    url: base,
    summary: 'Add a partner (kind, contact as a role, strength of the relationship)',
    tags,
    access: { kind: 'org', resource: 'alliance', action: 'create' },
    params: OrgParams,
    body: PartnerCreateInput,
    response: PartnerDetail,
    status: 201,
    handler: (ctx) => service.createPartner(ctx, ctx.body),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/:partnerId`,
    summary: 'One partner with its engagements and joint actions, newest first',
    tags,
    access: { kind: 'org', resource: 'alliance', action: 'read' },
    params: PartnerParams,
    response: PartnerDetail,
    handler: (ctx) => service.getPartner(ctx, ctx.params.partnerId),
  }),
  defineRoute({
    method: 'PATCH',
    url: `${base}/:partnerId`,
    summary: 'Change a partner',
    tags,
    access: { kind: 'org', resource: 'alliance', action: 'update' },
    params: PartnerParams,
    body: PartnerUpdateInput,
    response: PartnerDetail,
    handler: (ctx) => service.updatePartner(ctx, ctx.params.partnerId, ctx.body),
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/:partnerId/interactions`,
    summary: 'Record an engagement or a joint action with a partner',
    tags,
    access: { kind: 'org', resource: 'alliance', action: 'update' },
    params: PartnerParams,
    body: InteractionCreateInput,
    response: PartnerDetail,
    status: 201,
    handler: (ctx) => service.addInteraction(ctx, ctx.params.partnerId, ctx.body),
  }),
];

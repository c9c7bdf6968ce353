import { OrgParams } from '../../../domain/common.schemas';
import { EvidenceView } from '../../../domain/programme-evidence.schemas';
import { defineRoute } from '../../platform/http/route-spec';
import * as service from './programme-evidence.service';

export const programmeEvidenceRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/orgs/:orgId/capacity/evidence',
    summary:
      'Programme evidence per capacity domain (the organization’s own data, counts only; context, not a score)',
    tags: ['capacity'],
    access: { kind: 'org', resource: 'capacity_assessment', action: 'read' },
    params: OrgParams,
    response: EvidenceView,
    handler: (ctx) => service.collectEvidence(ctx),
  }),
];

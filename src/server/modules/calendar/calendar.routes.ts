import { CalendarQuery, CalendarView } from '../../../domain/calendar.schemas';
import { OrgParams } from '../../../domain/common.schemas';
import { defineRoute } from '../../platform/http/route-spec';
import * as service from './calendar.service';

export const calendarRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/orgs/:orgId/calendar',
    summary:
      'Dated entries of trainings, mobilizations, engagements, commitments, consultations and deadlines the caller may read',
    tags: ['calendar'],
    access: { kind: 'org', resource: 'calendar', action: 'read' },
    params: OrgParams,
    query: CalendarQuery,
    response: CalendarView,
    handler: (ctx) => service.getCalendar(ctx, ctx.query),
  }),
];

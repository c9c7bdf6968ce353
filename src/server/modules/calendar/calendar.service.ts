import type { CalendarQuery, CalendarView } from '../../../domain/calendar.schemas';
import { POLICY, type Rule } from '../../../domain/policy';
import type { OrgLevel, Role } from '../../../domain/roles';
import { orgContext, type ServiceContext } from '../../platform/http/route-spec';
import { CALENDAR_SOURCE_SPECS } from './calendar.sources';

/** Whether a role may list a resource. Looked up by name: a source's module may name its resource later. */
function mayList(role: Role, orgLevel: OrgLevel, resource: string): boolean {
  const rules = (POLICY as unknown as Record<string, Record<string, Rule> | undefined>)[resource];
  const rule = rules?.list;
  if (!rule) return false;
  if (rule.orgLevel && rule.orgLevel !== orgLevel) return false;
  return rule.roles.includes(role);
}

/**
 * One calendar of the organization's dated work. Each source is read only when the caller's role may
 * list its module (deny by default: an unknown resource shows nothing); entries carry dates, titles
 * and states, never participants.
 */
export async function getCalendar(ctx: ServiceContext, query: CalendarQuery): Promise<CalendarView> {
  const c = orgContext(ctx);
  const specs = CALENDAR_SOURCE_SPECS.filter((spec) => mayList(c.org.role, c.org.level, spec.resource));
  const entries = [];
  // One after the other: the queries share a connection when called inside a transaction.
  for (const spec of specs) entries.push(...(await spec.entries(c.db, c.org.orgId, query.from, query.to)));
  entries.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      specs.findIndex((s) => s.source === a.source) - specs.findIndex((s) => s.source === b.source) ||
      a.title.localeCompare(b.title),
  );
  return { from: query.from, to: query.to, sources: [...new Set(specs.map((s) => s.source))], entries };
}

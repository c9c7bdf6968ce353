import { isAllowed } from '../../domain/policy';
import { ROLES, type Role } from '../../domain/roles';
import type { SessionState } from '../../domain/auth.schemas';
import type { RouteSpec } from '../platform/http/route-spec';
import { TestAgent } from './agent';
import { buildUser, type BuiltUser } from './factories';
import type { TestApp } from './test-app';
import type { PlantedOrg } from './world';

export interface Caller {
  agent: TestAgent;
  actor: BuiltUser | null;
  /** The organization in the URL of organization routes. */
  orgId: string;
}

/** The first role the policy allows for an organization route, in an organization of `org`'s level. */
export function allowedRole(spec: RouteSpec, org: PlantedOrg): Role | null {
  if (spec.access.kind !== 'org') return null;
  const { resource, action } = spec.access;
  return ROLES.find((role) => isAllowed(role, resource, action as never, org.row.level)) ?? null;
}

async function signedInAs(t: TestApp, user: BuiltUser, state: SessionState, ip: string): Promise<TestAgent> {
  const agent = new TestAgent(t, ip);
  if (state === 'active') return agent.signIn(user);
  const login = await agent.post('/api/auth/login', { username: user.username, password: user.password });
  if (login.json<{ state: string }>().state !== state) throw new Error(`could not reach state ${state}`);
  return agent;
}

/**
 * A fresh caller that passes the route's authorization: nobody for public routes, a new account in
 * the first accepted session state for session routes, a member with an allowed role otherwise.
 * `org` should be a regional organization so that every organization route has an allowed role.
 */
export async function authorizedCaller(
  t: TestApp,
  spec: RouteSpec,
  org: PlantedOrg,
  ip = '127.0.0.1',
  options: { totp?: boolean } = {},
): Promise<Caller> {
  const orgId = org.row.id;
  if (spec.access.kind === 'public') return { agent: new TestAgent(t, ip), actor: null, orgId };
  if (spec.access.kind === 'session') {
    const state = (spec.access.states ?? ['active'])[0]!;
    const user = await buildUser(t, {
      orgId,
      role: state === 'totp_required' || state === 'totp_setup_required' ? 'admin' : 'promotora',
      mustChangePassword: state === 'password_change_required',
      totp: state === 'totp_setup_required' ? false : options.totp,
    });
    return { agent: await signedInAs(t, user, state, ip), actor: user, orgId };
  }
  const role = allowedRole(spec, org);
  if (!role)
    throw new Error(`no role may call ${spec.method} ${spec.url} in a ${org.row.level} organization`);
  const user = await buildUser(t, { orgId, role });
  return { agent: await signedInAs(t, user, 'active', ip), actor: user, orgId };
}

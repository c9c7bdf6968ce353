import { createContext, useContext } from 'react';
import type { MembershipView } from '../../domain/auth.schemas';
import { hiddenFieldsFor, isAllowed, type Action, type Resource } from '../../domain/policy';

/** The organization the user is working in (from the `/o/:orgId` part of the address). */
export const OrgContext = createContext<MembershipView | null>(null);

export function useOrg(): MembershipView {
  const org = useContext(OrgContext);
  if (!org) throw new Error('useOrg outside an organization route');
  return org;
}

/** Whether the user's role here may do `action` on `resource` — to hide what the server would refuse. */
export function useCan(): <R extends Resource>(resource: R, action: Action<R>) => boolean {
  const org = useOrg();
  return (resource, action) => isAllowed(org.role, resource, action, org.orgLevel);
}

/** Whether the user's role may see a field of a resource (e.g. the notes of a local group). */
export function useCanSeeField(resource: Resource, field: string): boolean {
  const org = useOrg();
  return !hiddenFieldsFor(resource, org.role).includes(field);
}

/** Absolute address of a page inside an organization. */
export function orgPath(orgId: string, path = ''): string {
  return `/o/${orgId}${path}`;
}

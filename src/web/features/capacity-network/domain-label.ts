import type { TFunction } from 'i18next';

/** The domains of the standard framework, in its order (labels in `capacityNetwork.domains`). */
export const FRAMEWORK_DOMAIN_KEYS = [
  'governance',
  'project_management',
  'resource_mobilization',
  'networking',
  'government_engagement',
  'ngo_engagement',
  'financial_management',
  'human_resources',
  'advocacy',
  'community_services',
  'safety_data_protection',
  'hr_documentation',
] as const;

/** A domain's name; an organization's own domain key shows as itself. */
export function domainLabel(t: TFunction, key: string): string {
  return t(`capacityNetwork.domains.${key}`, { defaultValue: key });
}

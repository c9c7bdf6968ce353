import { OrgParams } from '../../../domain/common.schemas';
import { RegistrySettingsInput, RegistrySettingsView } from '../../../domain/registry-settings.schemas';
import { defineRoute } from '../../platform/http/route-spec';
import * as service from './registry-settings.service';

const tags = ['registry-settings'];

export const registrySettingsRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/orgs/:orgId/registry/settings',
    summary: "The organization's registry settings (defaults until changed) and the network's UIC recipe",
    tags,
    access: { kind: 'org', resource: 'registry_settings', action: 'read' },
    params: OrgParams,
    response: RegistrySettingsView,
    handler: (ctx) => service.readRegistrySettings(ctx),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/orgs/:orgId/registry/settings',
    summary:
      "Replace the registry settings; a regional administrator may also change the network's UIC recipe",
    tags,
    access: { kind: 'org', resource: 'registry_settings', action: 'update' },
    params: OrgParams,
    body: RegistrySettingsInput,
    response: RegistrySettingsView,
    handler: (ctx) => service.updateRegistrySettings(ctx, ctx.body),
  }),
];

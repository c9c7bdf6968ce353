import { DEFAULT_REGISTRY_SETTINGS } from '../../../domain/registry-settings';
import type {
  RegistrySettingsInput,
  RegistrySettingsView,
  RiskFlag,
} from '../../../domain/registry-settings.schemas';
import { DEFAULT_UIC_RECIPE_ID, isUicRecipeId, type UicRecipeId } from '../../../domain/uic/uic-recipes';
import type { DbOrTx } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import { orgContext, type OrgAccess, type ServiceContext } from '../../platform/http/route-spec';
import { presentRegistrySettings } from './registry-settings.presenter';
import * as repo from './registry-settings.repo';

/** An organization's registry settings, as other modules use them. */
export interface RegistrySettings {
  dueAfterDays: number;
  riskFlags: RiskFlag[];
  recordMigrantStatus: boolean;
  recordContactChannel: boolean;
  caseloadNorm: number;
  /** S7: counts below it are published as "<threshold" (default 11). */
  smallCellThreshold: number;
  /** Null while the organization uses the defaults. */
  updatedAt: Date | null;
}

/**
 * The organization's registry settings, or the defaults when it never changed them. Members (risk
 * flags, optional fields), micro-planning (due after, caseload norm) and imports call this.
 */
export async function getRegistrySettings(db: DbOrTx, orgId: string): Promise<RegistrySettings> {
  const row = await repo.findRegistrySettings(db, orgId);
  if (!row)
    return {
      ...DEFAULT_REGISTRY_SETTINGS,
      riskFlags: [...DEFAULT_REGISTRY_SETTINGS.riskFlags],
      updatedAt: null,
    };
  return {
    dueAfterDays: row.dueAfterDays,
    riskFlags: row.riskFlags,
    recordMigrantStatus: row.recordMigrantStatus,
    recordContactChannel: row.recordContactChannel,
    caseloadNorm: row.caseloadNorm,
    smallCellThreshold: row.smallCellThreshold,
    updatedAt: row.updatedAt,
  };
}

/** The network's UIC recipe: what the member form asks and what `UicInput.recipeId` must be. */
export async function getNetworkUicRecipeId(db: DbOrTx, networkId: string): Promise<UicRecipeId> {
  const id = await repo.findNetworkUicRecipeId(db, networkId);
  return id !== null && isUicRecipeId(id) ? id : DEFAULT_UIC_RECIPE_ID;
}

/** Only an administrator of the network's regional organization chooses the network's recipe. */
function canChangeUicRecipe(org: OrgAccess): boolean {
  return org.role === 'admin' && org.level === 'regional';
}

async function view(ctx: ServiceContext & { org: OrgAccess }): Promise<RegistrySettingsView> {
  const settings = await getRegistrySettings(ctx.db, ctx.org.orgId);
  return presentRegistrySettings(settings, {
    uicRecipeId: await getNetworkUicRecipeId(ctx.db, ctx.org.networkId),
    canChangeUicRecipe: canChangeUicRecipe(ctx.org),
    networkHasMembers: await repo.networkHasMembers(ctx.db, ctx.org.networkId),
  });
}

export async function readRegistrySettings(ctx: ServiceContext): Promise<RegistrySettingsView> {
  return view(orgContext(ctx));
}

/**
 * Changes the network's recipe. Codes made under another recipe never match the ones already
 * hashed, so while the network has members every person would be registered again as someone new:
 * the change is refused unless `confirm` says the administrator knows it (and it is audited).
 */
async function changeUicRecipe(
  ctx: ServiceContext & { org: OrgAccess },
  to: UicRecipeId,
  confirm: boolean,
): Promise<void> {
  const from = await getNetworkUicRecipeId(ctx.db, ctx.org.networkId);
  if (from === to) return;
  if (!canChangeUicRecipe(ctx.org)) {
    throw new AppError('forbidden', {
      field: 'uicRecipeId',
      messageKey: 'registrySettings.errors.recipeRegionalOnly',
    });
  }
  const hasMembers = await repo.networkHasMembers(ctx.db, ctx.org.networkId);
  if (hasMembers && !confirm) {
    throw new AppError('conflict', {
      field: 'uicRecipeId',
      messageKey: 'registrySettings.errors.recipeInUse',
    });
  }
  await repo.updateNetworkUicRecipeId(ctx.db, ctx.org.networkId, to);
  await ctx.audit({
    action: 'network.uic_recipe_changed',
    resourceType: 'network',
    resourceId: ctx.org.networkId,
    details: { from, to, networkHadMembers: hasMembers },
  });
}

export async function updateRegistrySettings(
  ctx: ServiceContext,
  input: RegistrySettingsInput,
): Promise<RegistrySettingsView> {
  const c = orgContext(ctx);
  if (input.uicRecipeId !== undefined) {
    await changeUicRecipe(c, input.uicRecipeId, input.confirmUicRecipeChange === true);
  }
  const before = await getRegistrySettings(c.db, c.org.orgId);
  await repo.upsertRegistrySettings(c.db, {
    orgId: c.org.orgId,
    dueAfterDays: input.dueAfterDays,
    riskFlags: input.riskFlags,
    recordMigrantStatus: input.recordMigrantStatus,
    recordContactChannel: input.recordContactChannel,
    caseloadNorm: input.caseloadNorm,
    smallCellThreshold: input.smallCellThreshold ?? before.smallCellThreshold,
    updatedAt: c.now,
  });
  await ctx.audit({
    action: 'registry_settings.updated',
    resourceType: 'registry_settings',
    resourceId: c.org.orgId,
    details: {
      dueAfterDays: input.dueAfterDays,
      caseloadNorm: input.caseloadNorm,
      smallCellThreshold: input.smallCellThreshold ?? before.smallCellThreshold,
      riskFlagKeys: input.riskFlags.map((flag) => flag.key).join(','),
      recordMigrantStatus: input.recordMigrantStatus,
      recordContactChannel: input.recordContactChannel,
      previousRiskFlagKeys: before.riskFlags.map((flag) => flag.key).join(','),
    },
  });
  return view(c);
}

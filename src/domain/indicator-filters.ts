import { z } from 'zod';
import { Uuid } from './common.schemas';
import { ReferralService } from './contacts.schemas';
import { WorkSetting } from './members.schemas';

/**
 * Every filter an indicator source may accept. A source declares the subset it understands
 * (`IndicatorFilterValues.pick({...})`); an indicator stores the values chosen for it. Add a key here
 * when a new source needs a new filter (and its label `indicators.filters.<key>`).
 */
export const IndicatorFilterValues = z.strictObject({
  /** Contacts made at this site, or zero returns of this site. */
  siteId: Uuid.optional(),
  /** Members of this local group (their current group). */
  localGroupId: Uuid.optional(),
  /** Referrals to this service. */
  service: ReferralService.optional(),
  /** Members whose work settings include this one (typology). */
  workSetting: WorkSetting.optional(),
});
export type IndicatorFilterValues = z.infer<typeof IndicatorFilterValues>;
export type IndicatorFilterKey = keyof IndicatorFilterValues;
export const INDICATOR_FILTER_KEYS = Object.keys(IndicatorFilterValues.shape) as IndicatorFilterKey[];

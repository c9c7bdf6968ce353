import { z } from 'zod';

/** Countries of the region (ISO 3166-1 alpha-2); the nine of the seed come first. */
export const COUNTRY_CODES = [
  'AR',
  'BR',
  'CO',
  'SV',
  'EC',
  'MX',
  'NI',
  'PA',
  'PE',
  'BO',
  'CL',
  'CR',
  'CU',
  'DO',
  'GT',
  'HN',
  'HT',
  'PY',
  'PR',
  'UY',
  'VE',
  'JM',
  'TT',
  'GY',
  'SR',
  'BZ',
] as const;
export const CountryCode = z.enum(COUNTRY_CODES);
export type CountryCode = z.infer<typeof CountryCode>;

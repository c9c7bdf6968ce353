import type { RiskFlag } from './registry-settings.schemas';

/** SWIT: up to 8 risk and vulnerability factors, chosen with the promotoras. */
export const RISK_FLAGS_MAX = 8;

export const REGISTRY_SETTINGS_LIMITS = {
  dueAfterDaysMin: 7,
  dueAfterDaysMax: 180,
  caseloadNormMin: 5,
  caseloadNormMax: 200,
  riskFlagLabelMax: 80,
  smallCellThresholdMin: 2,
  smallCellThresholdMax: 100,
} as const;

/**
 * Starting risk and vulnerability flags (SWIT ch. 3 and 6; Avahan micro-planning), worded as facts a
 * promotora can check with the person, never as judgements. Each organization edits them with its
 * promotoras; a member with more than 3 is a priority. Keys are stable: members store the keys.
 */
export const DEFAULT_RISK_FLAGS: readonly RiskFlag[] = [
  {
    key: 'violence_recent',
    labels: {
      es: 'Vivió violencia en los últimos 6 meses',
      'pt-BR': 'Sofreu violência nos últimos 6 meses',
      en: 'Experienced violence in the last 6 months',
    },
  },
  {
    key: 'new_to_sex_work',
    labels: {
      es: 'Lleva menos de un año en el trabajo sexual',
      'pt-BR': 'Está há menos de um ano no trabalho sexual',
      en: 'Less than a year in sex work',
    },
  },
  {
    key: 'under_25',
    labels: { es: 'Tiene menos de 25 años', 'pt-BR': 'Tem menos de 25 anos', en: 'Under 25 years old' },
  },
  {
    key: 'many_clients',
    labels: {
      es: 'Muchos clientes por semana',
      'pt-BR': 'Muitos clientes por semana',
      en: 'Many clients a week',
    },
  },
  {
    key: 'inconsistent_condom_use',
    labels: {
      es: 'No siempre usa condón',
      'pt-BR': 'Nem sempre usa camisinha',
      en: 'Does not always use condoms',
    },
  },
  {
    key: 'sti_symptoms',
    labels: {
      es: 'Tiene síntomas de ITS',
      'pt-BR': 'Tem sintomas de IST',
      en: 'Has STI symptoms',
    },
  },
  {
    key: 'substance_use',
    labels: {
      es: 'Uso de alcohol u otras drogas que le causa problemas',
      'pt-BR': 'Uso de álcool ou outras drogas que lhe causa problemas',
      en: 'Alcohol or drug use that causes her problems',
    },
  },
  {
    key: 'no_id_document',
    labels: {
      es: 'No tiene documento de identidad',
      'pt-BR': 'Não tem documento de identidade',
      en: 'Has no identity document',
    },
  },
];

export const DEFAULT_REGISTRY_SETTINGS = {
  /** Avahan/SWIT: at least one contact a month. */
  dueAfterDays: 30,
  riskFlags: DEFAULT_RISK_FLAGS,
  /** Off by default: migration status and a contact channel are collected only where they serve. */
  recordMigrantStatus: false,
  recordContactChannel: false,
  /** SWIT Fig. 6.6: one promotora for about 50 sex workers. */
  caseloadNorm: 50,
  /** SECURITY.md S7: counts 1..10 leave a caseload only as "<11". */
  smallCellThreshold: 11,
} as const;

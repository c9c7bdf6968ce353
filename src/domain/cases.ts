/**
 * Pure rules of human-rights cases (issue 5, DOMAIN §4): status transitions, references, the
 * break-the-glass window, perpetrator categories, the starter act types and current consent.
 */

export const CASE_STATUSES = ['open', 'in_progress', 'closed', 'archived'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_OUTCOMES = ['resolved', 'partly_resolved', 'unresolved', 'withdrawn', 'referred'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

/**
 * Allowed moves: open → in progress → closed (with an outcome) → archived. A case can be closed
 * straight from open (a single contact resolved it), and a closed case can be reopened (back to in
 * progress, the outcome is cleared) until it is archived. Archived is final.
 */
const NEXT: Record<CaseStatus, readonly CaseStatus[]> = {
  open: ['in_progress', 'closed'],
  in_progress: ['closed'],
  closed: ['in_progress', 'archived'],
  archived: [],
};

export function nextStatuses(from: CaseStatus): readonly CaseStatus[] {
  return NEXT[from];
}

export type TransitionCheck =
  | { ok: true; outcome: CaseOutcome | null; closedAt: 'set' | 'clear' | 'keep' }
  | { ok: false; reason: 'not_allowed' | 'outcome_required' | 'outcome_not_allowed' };

/** Whether a case may move from `from` to `to`; closing needs an outcome, nothing else takes one. */
export function checkTransition(
  from: CaseStatus,
  to: CaseStatus,
  outcome: CaseOutcome | null | undefined,
  currentOutcome: CaseOutcome | null = null,
): TransitionCheck {
  if (!NEXT[from].includes(to)) return { ok: false, reason: 'not_allowed' };
  if (to === 'closed') {
    if (!outcome) return { ok: false, reason: 'outcome_required' };
    return { ok: true, outcome, closedAt: 'set' };
  }
  if (outcome) return { ok: false, reason: 'outcome_not_allowed' };
  if (to === 'archived') return { ok: true, outcome: currentOutcome, closedAt: 'keep' };
  // Reopening (closed → in progress) clears the outcome and the closing time.
  return { ok: true, outcome: null, closedAt: from === 'closed' ? 'clear' : 'keep' };
}

/** Open and in-progress cases are the queue; closed and archived ones are history. */
export function isActiveStatus(status: CaseStatus): boolean {
  return status === 'open' || status === 'in_progress';
}

/** "C-2026-0007": the organization's yearly sequence, padded to four digits (more when needed). */
export function formatCaseReference(year: number, sequence: number): string {
  return `C-${year}-${String(sequence).padStart(4, '0')}`;
}

/** The sequence number inside a reference of `year`, or null when it belongs to another year. */
export function referenceSequence(reference: string, year: number): number | null {
  const match = /^C-(\d{4})-(\d+)$/.exec(reference);
  if (!match || Number(match[1]) !== year) return null;
  return Number(match[2]);
}

/** Break-the-glass lasts three hours from the moment it is granted. */
export const BREAK_GLASS_MS = 3 * 60 * 60 * 1000;

export function breakGlassExpiresAt(grantedAt: Date): Date {
  return new Date(grantedAt.getTime() + BREAK_GLASS_MS);
}

export function isBreakGlassActive(window: { expiresAt: Date }, now: Date): boolean {
  return window.expiresAt.getTime() > now.getTime();
}

export const STATE_PERPETRATORS = [
  'police',
  'municipal_agent',
  'military',
  'migration',
  'judiciary',
  'health_worker',
  'other_official',
] as const;
export const NON_STATE_PERPETRATORS = [
  'client',
  'partner_family',
  'venue_owner',
  'community_member',
  'media',
  'employer',
  'organized_crime',
  'other_non_state',
] as const;
export const PERPETRATOR_TYPES = [...STATE_PERPETRATORS, ...NON_STATE_PERPETRATORS] as const;
export type PerpetratorType = (typeof PERPETRATOR_TYPES)[number];

export function isStatePerpetrator(type: PerpetratorType): boolean {
  return (STATE_PERPETRATORS as readonly string[]).includes(type);
}

export const CASE_CONSENT_PURPOSES = ['record', 'follow_up', 'advocacy_anonymized', 'network_share'] as const;
export type CaseConsentPurpose = (typeof CASE_CONSENT_PURPOSES)[number];

export interface ConsentEntry {
  purpose: CaseConsentPurpose;
  granted: boolean;
  recordedOn: string;
  /** Orders entries of the same purpose: the latest is the current answer. */
  createdAt: Date;
  id: string;
}

/** The current answer per purpose: the latest entry (a withdrawal is a later `granted: false`). */
export function currentConsents(
  entries: readonly ConsentEntry[],
): Record<CaseConsentPurpose, { granted: boolean; recordedOn: string } | null> {
  const result = Object.fromEntries(CASE_CONSENT_PURPOSES.map((p) => [p, null])) as Record<
    CaseConsentPurpose,
    { granted: boolean; recordedOn: string } | null
  >;
  const sorted = [...entries].sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
  );
  for (const entry of sorted)
    result[entry.purpose] = { granted: entry.granted, recordedOn: entry.recordedOn };
  return result;
}

/** Labels of an act type in the three languages. */
export interface ActTypeLabels {
  es: string;
  'pt-BR': string;
  en: string;
}

/** The starter act types (DOMAIN §4), seeded into each organization's list on first use. */
export const STARTER_ACT_TYPES: readonly { key: string; labels: ActTypeLabels }[] = [
  {
    key: 'arbitrary_detention',
    labels: {
      es: 'Detención arbitraria (vagancia, "escándalo", contravenciones)',
      'pt-BR': 'Detenção arbitrária (vadiagem, "escândalo", contravenções)',
      en: 'Arbitrary detention or arrest (vagrancy, "scandal", misdemeanours)',
    },
  },
  {
    key: 'police_extortion',
    labels: {
      es: 'Extorsión o soborno policial',
      'pt-BR': 'Extorsão ou suborno policial',
      en: 'Police extortion or bribery',
    },
  },
  {
    key: 'physical_violence',
    labels: { es: 'Violencia física', 'pt-BR': 'Violência física', en: 'Physical violence' },
  },
  {
    key: 'sexual_violence',
    labels: { es: 'Violencia sexual', 'pt-BR': 'Violência sexual', en: 'Sexual violence' },
  },
  {
    key: 'condom_confiscation',
    labels: {
      es: 'Decomiso de condones como prueba',
      'pt-BR': 'Apreensão de preservativos como prova',
      en: 'Confiscation of condoms as evidence',
    },
  },
  {
    key: 'forced_testing',
    labels: {
      es: 'Prueba forzada de VIH/ITS',
      'pt-BR': 'Testagem forçada de HIV/IST',
      en: 'Forced HIV/STI testing',
    },
  },
  {
    key: 'health_service_denial',
    labels: {
      es: 'Negación de servicio de salud',
      'pt-BR': 'Negação de atendimento de saúde',
      en: 'Denial of health service',
    },
  },
  {
    key: 'confidentiality_breach',
    labels: {
      es: 'Violación de la confidencialidad / revelación del estado serológico',
      'pt-BR': 'Quebra de sigilo / revelação de sorologia',
      en: 'Breach of confidentiality / disclosure of status',
    },
  },
  {
    key: 'degrading_treatment',
    labels: { es: 'Trato degradante', 'pt-BR': 'Tratamento degradante', en: 'Degrading treatment' },
  },
  {
    key: 'eviction',
    labels: {
      es: 'Desalojo / negación de vivienda',
      'pt-BR': 'Despejo / negação de moradia',
      en: 'Eviction / denial of housing',
    },
  },
  {
    key: 'id_denial',
    labels: {
      es: 'Negación de documentos de identidad o prestaciones sociales',
      'pt-BR': 'Negação de documentos ou benefícios sociais',
      en: 'Denial of ID or social entitlements',
    },
  },
  {
    key: 'labour_exploitation',
    labels: { es: 'Explotación laboral', 'pt-BR': 'Exploração laboral', en: 'Labour exploitation' },
  },
  {
    key: 'stigmatizing_media',
    labels: {
      es: 'Medios estigmatizantes',
      'pt-BR': 'Mídia estigmatizante',
      en: 'Stigmatizing media',
    },
  },
  {
    key: 'online_harassment',
    labels: {
      es: 'Acoso en línea / exposición de datos (doxxing)',
      'pt-BR': 'Assédio online / exposição de dados (doxxing)',
      en: 'Online harassment / doxxing',
    },
  },
  { key: 'threats', labels: { es: 'Amenazas', 'pt-BR': 'Ameaças', en: 'Threats' } },
  { key: 'homicide', labels: { es: 'Homicidio', 'pt-BR': 'Homicídio', en: 'Homicide' } },
];

/** What the immediate-response checklist of an urgent case lists (labels in the `cases` catalog). */
export const URGENT_CHECKLIST = [
  'safety_now',
  'medical_72h',
  'detention_legal',
  'preserve_evidence',
  'notify_coordinator',
  'follow_up_24h',
] as const;

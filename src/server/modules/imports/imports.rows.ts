import {
  AGE_BANDS,
  GENDER_IDENTITIES,
  LEADERSHIP_ROLES,
  MEMBER_LIMITS,
  WORK_SETTINGS,
} from '../../../domain/members.schemas';
import { CONTACT_LIMITS } from '../../../domain/contacts.schemas';
import {
  CONTACT_IMPORT_FIELDS,
  IMPORT_LIMITS,
  MEMBER_IMPORT_FIELDS,
  UIC_CODE_FIELD,
  uicAnswerField,
  type ImportKind,
  type ImportMapping,
} from '../../../domain/imports.schemas';
import { LIMITS } from '../../../domain/limits';
import { buildUic, InvalidUicAnswerError, isUicCodeShape, type UicRecipe } from '../../../domain/uic';
import en from '../../../i18n/en.json';
import es from '../../../i18n/es.json';
import ptBR from '../../../i18n/pt-BR.json';

/** Fields of a kind, in form order: the person's code first, then the recipe's answers, then the rest. */
export function importFields(kind: ImportKind, recipe: UicRecipe): string[] {
  const uic = [UIC_CODE_FIELD, ...recipe.questions.map((q) => uicAnswerField(q.id))];
  return kind === 'members' ? [...uic, ...MEMBER_IMPORT_FIELDS] : [...uic, ...CONTACT_IMPORT_FIELDS];
}

/** Lower case, no accents, single spaces: how headers and option labels are compared. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[_\s.-]+/g, ' ')
    .trim();
}

/** Header words that suggest a field (any of the three languages), besides the field's own labels. */
const HEADER_HINTS: Record<string, string[]> = {
  [UIC_CODE_FIELD]: [
    'uic',
    'codigo unico',
    'codigo unico de identificacion',
    'unique identifier code',
    'cui',
  ],
  'uic.motherFirstName': ['nombre de la madre', 'nombre madre', 'madre', 'mother', 'mae', 'nome da mae'],
  'uic.fatherFirstName': ['nombre del padre', 'nombre padre', 'padre', 'father', 'pai', 'nome do pai'],
  'uic.birthDate': ['fecha de nacimiento', 'nacimiento', 'birth date', 'date of birth', 'data de nascimento'],
  'uic.birthOrder': ['orden de nacimiento', 'birth order', 'ordem de nascimento'],
  'uic.surname': ['apellido', 'surname', 'sobrenome'],
  'uic.ownFirstName': ['nombre propio', 'primer nombre', 'first name'],
  'uic.sexCode': ['sexo', 'sex'],
  ageBand: ['edad', 'age', 'idade', 'rango de edad'],
  genderIdentity: ['genero', 'identidad de genero', 'gender', 'genero identidade', 'identidade de genero'],
  workSettings: ['lugar de trabajo', 'donde trabaja', 'work setting', 'local de trabalho'],
  firstContactOn: ['primer contacto', 'fecha de primer contacto', 'first contact', 'primeiro contato'],
  riskFlags: ['factores de riesgo', 'riesgos', 'risk flags', 'fatores de risco'],
  leadershipRoles: ['liderazgo', 'roles', 'leadership', 'lideranca'],
  partnersPerWeek: ['clientes por semana', 'parejas por semana', 'partners per week', 'parceiros por semana'],
  actsPerPartner: ['relaciones por cliente', 'actos por pareja', 'acts per partner', 'relacoes por parceiro'],
  assignedUsername: ['promotora', 'usuario promotora', 'promotora a cargo', 'assigned'],
  promotoraUsername: ['promotora', 'usuario promotora', 'promoter'],
  notes: ['notas', 'observaciones', 'notes', 'observacoes'],
  contactedOn: ['fecha', 'fecha de contacto', 'date', 'data', 'data do contato'],
  anonymousCount: ['anonimas', 'personas anonimas', 'anonymous', 'anonimas'],
  condoms: ['condones', 'preservativos', 'condoms', 'camisinhas'],
  lubricant: ['lubricante', 'lubricant', 'lubrificante', 'gel'],
  hivSelfTests: ['autopruebas', 'autoprueba de vih', 'autopruebas de vih', 'hiv self tests', 'autotestes'],
};

/** A mapping guessed from the header row: each field takes the first column whose header matches it. */
export function guessMapping(fields: string[], headers: string[]): ImportMapping {
  const folded = headers.map(fold);
  const mapping: ImportMapping = {};
  const taken = new Set<number>();
  for (const field of fields) {
    const words = [fold(field.replace(/^uic\./, '')), ...(HEADER_HINTS[field] ?? []).map(fold)];
    const index = folded.findIndex((header, i) => !taken.has(i) && words.includes(header));
    if (index >= 0) {
      mapping[field] = index;
      taken.add(index);
    }
  }
  return mapping;
}

/** Option codes and their labels in the three catalogs, folded, for reading a cell. */
function optionTable(values: readonly string[], catalogKey: string): Map<string, string> {
  const table = new Map<string, string>();
  for (const value of values) {
    table.set(fold(value), value);
    for (const catalog of [es, ptBR, en]) {
      const labels = (catalog as unknown as Record<string, Record<string, Record<string, string>>>).members?.[
        catalogKey
      ];
      const label = labels?.[value];
      if (label) table.set(fold(label), value);
    }
  }
  return table;
}

const OPTIONS = {
  ageBand: optionTable(AGE_BANDS, 'ageBands'),
  genderIdentity: optionTable(GENDER_IDENTITIES, 'genderIdentities'),
  workSettings: optionTable(WORK_SETTINGS, 'workSettings'),
  leadershipRoles: optionTable(LEADERSHIP_ROLES, 'leadershipRoles'),
};

/** A problem of a row, before translation: the field and a code of the `imports.rowErrors` catalog. */
export interface RowProblem {
  field: string | null;
  code: string;
  params?: Record<string, string | number>;
}

export class RowInvalid extends Error {
  constructor(readonly problem: RowProblem) {
    super(problem.code);
  }
}

const invalid = (field: string | null, code: string, params?: Record<string, string | number>) =>
  new RowInvalid({ field, code, params });

/** `YYYY-MM-DD`, `DD/MM/YYYY` or `DD-MM-YYYY` (the day first, as written in the region). */
export function readDate(text: string): string | null {
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

function readOption(field: keyof typeof OPTIONS, text: string): string {
  const value = OPTIONS[field].get(fold(text));
  if (!value) throw invalid(field, 'option');
  return value;
}

function splitList(text: string): string[] {
  return text
    .split(/[,;|]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

function readOptionList(field: keyof typeof OPTIONS, text: string): string[] {
  return [...new Set(splitList(text).map((part) => readOption(field, part)))];
}

function readCount(field: string, text: string, max: number): number {
  if (!/^\d+$/.test(text)) throw invalid(field, 'number', { max });
  const n = Number(text);
  if (n > max) throw invalid(field, 'number', { max });
  return n;
}

/** A UIC answer as `buildUic` expects it: dates in ISO, whatever the sheet's date format. */
function uicAnswerText(recipe: UicRecipe, questionId: string, text: string): string {
  const question = recipe.questions.find((q) => q.id === questionId);
  if (question?.kind !== 'date' || text === '') return text;
  if (/^\d{4}(-\d{2}){0,2}$/.test(text)) return text;
  return readDate(text) ?? text;
}

export interface RowIdentity {
  /** The UIC built or read from the row; hash it at once and drop it. */
  code: string;
  fallbacksUsed: string[];
}

/**
 * The person's code from a row: the precomputed code when that column is mapped and filled, else the
 * recipe's answers (built with `buildUic`, as the member form does). Null when no column holds it.
 */
export function rowIdentity(
  recipe: UicRecipe,
  mapping: ImportMapping,
  cell: (field: string) => string,
): RowIdentity | null {
  if (mapping[UIC_CODE_FIELD] !== undefined) {
    const raw = cell(UIC_CODE_FIELD);
    if (raw !== '') {
      const code = raw.toUpperCase().replace(/[\s-]/g, '');
      if (!isUicCodeShape(recipe, code)) throw invalid(UIC_CODE_FIELD, 'uic_code_shape');
      return { code, fallbacksUsed: [] };
    }
  }
  const answerFields = recipe.questions.filter((q) => mapping[uicAnswerField(q.id)] !== undefined);
  if (answerFields.length === 0) return null;
  const answers: Record<string, string> = {};
  for (const q of answerFields) answers[q.id] = uicAnswerText(recipe, q.id, cell(uicAnswerField(q.id)));
  if (Object.values(answers).every((answer) => answer === '')) return null;
  try {
    return buildUic(recipe, answers);
  } catch (error) {
    if (error instanceof InvalidUicAnswerError) throw invalid(uicAnswerField(error.questionId), 'uic_answer');
    throw error;
  }
}

export interface MemberRowValues {
  ageBand?: string;
  genderIdentity?: string;
  workSettings?: string[];
  firstContactOn?: string;
  riskFlags?: string[];
  leadershipRoles?: string[];
  partnersPerWeek?: number;
  actsPerPartner?: number;
  assignedUsername?: string;
  notes?: string;
}

export interface ContactRowValues {
  contactedOn?: string;
  anonymousCount?: number;
  condoms?: number;
  lubricant?: number;
  hivSelfTests?: number;
  promotoraUsername?: string;
}

/** Reads the member attributes of a row with the same rules as the member form. */
export function readMemberValues(cell: (field: string) => string, riskFlagKeys: string[]): MemberRowValues {
  const values: MemberRowValues = {};
  const text = (field: string) => cell(field);
  if (text('ageBand')) values.ageBand = readOption('ageBand', text('ageBand'));
  if (text('genderIdentity')) values.genderIdentity = readOption('genderIdentity', text('genderIdentity'));
  if (text('workSettings')) values.workSettings = readOptionList('workSettings', text('workSettings'));
  if (text('leadershipRoles'))
    values.leadershipRoles = readOptionList('leadershipRoles', text('leadershipRoles'));
  if (text('firstContactOn')) {
    const date = readDate(text('firstContactOn'));
    if (!date) throw invalid('firstContactOn', 'date');
    values.firstContactOn = date;
  }
  if (text('riskFlags')) {
    const known = new Map(riskFlagKeys.map((key) => [fold(key), key]));
    const flags = splitList(text('riskFlags')).map((part) => {
      const key = known.get(fold(part));
      if (!key) throw invalid('riskFlags', 'risk_flag', { options: riskFlagKeys.join(', ') });
      return key;
    });
    values.riskFlags = [...new Set(flags)].slice(0, MEMBER_LIMITS.riskFlagsMax);
  }
  if (text('partnersPerWeek'))
    values.partnersPerWeek = readCount(
      'partnersPerWeek',
      text('partnersPerWeek'),
      MEMBER_LIMITS.partnersPerWeekMax,
    );
  if (text('actsPerPartner'))
    values.actsPerPartner = readCount(
      'actsPerPartner',
      text('actsPerPartner'),
      MEMBER_LIMITS.actsPerPartnerMax,
    );
  if (text('assignedUsername')) values.assignedUsername = text('assignedUsername').toLowerCase();
  if (text('notes')) {
    if (text('notes').length > LIMITS.notesMax) throw invalid('notes', 'too_long', { max: LIMITS.notesMax });
    values.notes = text('notes');
  }
  return values;
}

const CONTACT_MAXIMA = {
  anonymousCount: CONTACT_LIMITS.anonymousCountMax,
  condoms: CONTACT_LIMITS.condomsMax,
  lubricant: CONTACT_LIMITS.lubricantMax,
  hivSelfTests: CONTACT_LIMITS.hivSelfTestsMax,
} as const;

/** Reads a contact row with the limits of the contact form; `today` bounds the date. */
export function readContactValues(cell: (field: string) => string, today: string): ContactRowValues {
  const values: ContactRowValues = {};
  const date = cell('contactedOn');
  if (!date) throw invalid('contactedOn', 'required');
  values.contactedOn = readDate(date) ?? undefined;
  if (!values.contactedOn) throw invalid('contactedOn', 'date');
  if (values.contactedOn < CONTACT_LIMITS.earliestDate || values.contactedOn > today)
    throw invalid('contactedOn', 'date_range', { from: CONTACT_LIMITS.earliestDate });
  for (const field of ['anonymousCount', 'condoms', 'lubricant', 'hivSelfTests'] as const)
    if (cell(field)) values[field] = readCount(field, cell(field), CONTACT_MAXIMA[field]);
  if (values.anonymousCount === 0) delete values.anonymousCount;
  if (cell('promotoraUsername')) values.promotoraUsername = cell('promotoraUsername').toLowerCase();
  return values;
}

/** Cells longer than any field allows are refused before reading them. */
export function checkCellLengths(cells: string[]): void {
  if (cells.some((c) => c.length > IMPORT_LIMITS.cellChars))
    throw invalid(null, 'too_long', { max: IMPORT_LIMITS.cellChars });
}

import type { Dhis2DataElementMapping, Dhis2OrgUnitMapping } from '../coverage-exports.schemas';
import { adxPeriodName, dhis2PeriodName, type IndicatorCode, type ReportingPeriod } from './indicators';

/** One figure to report: an indicator of a site, or of the whole organization (`siteId: null`). */
export interface IndicatorValue {
  indicator: IndicatorCode;
  siteId: string | null;
  /** Null = no figure (e.g. coverage without a size estimate): not sent. */
  value: number | null;
}

export interface Dhis2ExportInput {
  period: ReportingPeriod;
  values: readonly IndicatorValue[];
  dataSet: string | null;
  dataElements: readonly Dhis2DataElementMapping[];
  orgUnits: readonly Dhis2OrgUnitMapping[];
  /** Wording of each indicator in the export's language (ADX annotations). */
  labels?: Partial<Record<IndicatorCode, string>>;
}

export interface MappedValue {
  indicator: IndicatorCode;
  dataElement: string;
  categoryOptionCombo: string | null;
  orgUnit: string;
  value: string;
}

/**
 * The values that have both a data element and an organisation unit, in a stable order
 * (org unit, then data element). Values without a mapping are counted, not sent.
 */
export function mapIndicatorValues(input: Dhis2ExportInput): { mapped: MappedValue[]; unmapped: number } {
  const elements = new Map(input.dataElements.map((d) => [d.indicator, d]));
  const units = new Map(input.orgUnits.map((o) => [o.siteId, o.orgUnit]));
  const mapped: MappedValue[] = [];
  let unmapped = 0;
  for (const v of input.values) {
    if (v.value === null) continue;
    const element = elements.get(v.indicator);
    const orgUnit = units.get(v.siteId);
    if (!element || !orgUnit) {
      unmapped += 1;
      continue;
    }
    mapped.push({
      indicator: v.indicator,
      dataElement: element.dataElement,
      categoryOptionCombo: element.categoryOptionCombo,
      orgUnit,
      value: formatValue(v.value),
    });
  }
  mapped.sort((a, b) =>
    a.orgUnit === b.orgUnit ? a.dataElement.localeCompare(b.dataElement) : a.orgUnit.localeCompare(b.orgUnit),
  );
  return { mapped, unmapped };
}

/** Integers as they are; ratios with at most one decimal (DHIS2 number values are plain strings). */
function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

export interface DataValueSet {
  dataSet?: string;
  period: string;
  dataValues: {
    dataElement: string;
    period: string;
    orgUnit: string;
    categoryOptionCombo?: string;
    value: string;
  }[];
}

/** DHIS2 `dataValueSets` JSON (POST /api/dataValueSets). */
export function toDataValueSet(input: Dhis2ExportInput): DataValueSet {
  const period = dhis2PeriodName(input.period);
  const { mapped } = mapIndicatorValues(input);
  return {
    ...(input.dataSet ? { dataSet: input.dataSet } : {}),
    period,
    dataValues: mapped.map((m) => ({
      dataElement: m.dataElement,
      period,
      orgUnit: m.orgUnit,
      ...(m.categoryOptionCombo ? { categoryOptionCombo: m.categoryOptionCombo } : {}),
      value: m.value,
    })),
  };
}

/** Control characters XML 1.0 does not allow (tab, line feed and carriage return are allowed). */
function isForbiddenInXml(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
}

/** Text safe inside an XML attribute or element. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .split('')
    .filter((ch) => !isForbiddenInXml(ch))
    .join('');
}

const attrs = (pairs: [string, string | null | undefined][]) =>
  pairs
    .filter((p): p is [string, string] => typeof p[1] === 'string')
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');

/** ADX (IHE QRPH, `urn:ihe:qrph:adx:2015`): one group per organisation unit. */
export function toAdx(input: Dhis2ExportInput, exported: Date): string {
  const period = adxPeriodName(input.period);
  const { mapped } = mapIndicatorValues(input);
  const byUnit = new Map<string, MappedValue[]>();
  for (const m of mapped) byUnit.set(m.orgUnit, [...(byUnit.get(m.orgUnit) ?? []), m]);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<adx xmlns="urn:ihe:qrph:adx:2015"${attrs([['exported', exported.toISOString()]])}>`,
  ];
  for (const [orgUnit, values] of byUnit) {
    lines.push(
      `  <group${attrs([
        ['orgUnit', orgUnit],
        ['period', period],
        ['dataSet', input.dataSet],
      ])}>`,
    );
    for (const v of values) {
      const open = `    <dataValue${attrs([
        ['dataElement', v.dataElement],
        ['categoryOptionCombo', v.categoryOptionCombo],
        ['value', v.value],
      ])}`;
      const label = input.labels?.[v.indicator];
      lines.push(label ? `${open}><annotation>${escapeXml(label)}</annotation></dataValue>` : `${open}/>`);
    }
    lines.push('  </group>');
  }
  lines.push('</adx>');
  return `${lines.join('\n')}\n`;
}

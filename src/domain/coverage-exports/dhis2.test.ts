import { describe, expect, it } from 'vitest';
import { escapeXml, mapIndicatorValues, toAdx, toDataValueSet, type Dhis2ExportInput } from './dhis2';
import { adxPeriodName, dhis2PeriodName, reportingPeriodOf } from './indicators';
import { CoverageExportSettingsInput } from '../coverage-exports.schemas';

const SITE = '0190a000-0000-7000-8000-000000000001';
const OTHER_SITE = '0190a000-0000-7000-8000-000000000002';

const input = (over: Partial<Dhis2ExportInput> = {}): Dhis2ExportInput => ({
  period: reportingPeriodOf('2026-07', '2026-09')!,
  dataSet: 'DsAbcdefgh1',
  dataElements: [
    { indicator: 'GF_KP_1c', dataElement: 'DeKp1cAAAAA', categoryOptionCombo: 'CocFsw00001' },
    { indicator: 'UNAIDS_GAM_COVERAGE', dataElement: 'DeGamAAAAAA', categoryOptionCombo: null },
  ],
  orgUnits: [
    { siteId: null, orgUnit: 'OuOrg000001' },
    { siteId: SITE, orgUnit: 'OuSite00001' },
  ],
  values: [
    { indicator: 'GF_KP_1c', siteId: null, value: 120 },
    { indicator: 'GF_KP_1c', siteId: SITE, value: 40 },
    { indicator: 'UNAIDS_GAM_COVERAGE', siteId: SITE, value: 33.333 },
    { indicator: 'GF_KP_1c', siteId: OTHER_SITE, value: 7 },
    { indicator: 'PEPFAR_KP_PREV', siteId: null, value: 120 },
    { indicator: 'UNAIDS_GAM_COVERAGE', siteId: null, value: null },
  ],
  ...over,
});

/**
 * A small well-formedness check (no XML parser in the dependencies): balanced elements, quoted
 * attributes without raw `<` or `&`, text without raw `<` or stray `&`.
 */
function assertWellFormedXml(xml: string) {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const token =
    /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<&]*(?:&(?:amp|lt|gt|quot|apos);[^"<&]*)*")*)\s*(\/?)>|([^<]+)/gy;
  let consumed = 0;
  for (const m of body.matchAll(token)) {
    consumed += m[0].length;
    if (m[5] !== undefined) {
      expect(m[5].replace(/&(amp|lt|gt|quot|apos);/g, '')).not.toMatch(/[&<>]/);
      continue;
    }
    const [, close, name, , selfClose] = m;
    if (close) expect(stack.pop()).toBe(name);
    else if (!selfClose) stack.push(name!);
  }
  expect(consumed).toBe(body.length);
  expect(stack).toEqual([]);
}

describe('reporting periods', () => {
  it('names months, quarters and years as DHIS2 and ADX do', () => {
    expect(dhis2PeriodName(reportingPeriodOf('2026-11', '2026-11')!)).toBe('202611');
    expect(dhis2PeriodName(reportingPeriodOf('2026-07', '2026-09')!)).toBe('2026Q3');
    expect(dhis2PeriodName(reportingPeriodOf('2026-01', '2026-12')!)).toBe('2026');
    expect(adxPeriodName(reportingPeriodOf('2026-07', '2026-09')!)).toBe('2026-07-01/P3M');
    expect(adxPeriodName(reportingPeriodOf('2026-03', '2026-03')!)).toBe('2026-03-01/P1M');
    expect(adxPeriodName(reportingPeriodOf('2026-01', '2026-12')!)).toBe('2026-01-01/P1Y');
  });

  it('refuses ranges DHIS2 cannot name', () => {
    expect(reportingPeriodOf('2026-02', '2026-04')).toBeNull();
    expect(reportingPeriodOf('2026-11', '2027-01')).toBeNull();
    expect(reportingPeriodOf('2026-01', '2026-06')).toBeNull();
  });
});

describe('DHIS2 dataValueSets', () => {
  it('sends only mapped values, with the period on every value', () => {
    expect(toDataValueSet(input())).toEqual({
      dataSet: 'DsAbcdefgh1',
      period: '2026Q3',
      dataValues: [
        {
          dataElement: 'DeKp1cAAAAA',
          period: '2026Q3',
          orgUnit: 'OuOrg000001',
          categoryOptionCombo: 'CocFsw00001',
          value: '120',
        },
        {
          dataElement: 'DeGamAAAAAA',
          period: '2026Q3',
          orgUnit: 'OuSite00001',
          value: '33.3',
        },
        {
          dataElement: 'DeKp1cAAAAA',
          period: '2026Q3',
          orgUnit: 'OuSite00001',
          categoryOptionCombo: 'CocFsw00001',
          value: '40',
        },
      ],
    });
  });

  it('counts what it could not map (no data element or no org unit); null values are not figures', () => {
    expect(mapIndicatorValues(input()).unmapped).toBe(2);
  });

  it('leaves the data set out when none is configured', () => {
    expect(toDataValueSet(input({ dataSet: null }))).not.toHaveProperty('dataSet');
  });
});

describe('ADX', () => {
  it('groups values by organisation unit in the ADX namespace', () => {
    const xml = toAdx(input(), new Date('2026-11-29T10:00:00Z'));
    assertWellFormedXml(xml);
    expect(xml).toContain('<adx xmlns="urn:ihe:qrph:adx:2015" exported="2026-11-29T10:00:00.000Z">');
    expect(xml).toContain('<group orgUnit="OuSite00001" period="2026-07-01/P3M" dataSet="DsAbcdefgh1">');
    expect(xml).toContain(
      '<dataValue dataElement="DeKp1cAAAAA" categoryOptionCombo="CocFsw00001" value="40"/>',
    );
    expect(xml.match(/<group /g)).toHaveLength(2);
  });

  it('escapes configured wording in annotations', () => {
    const xml = toAdx(
      input({ labels: { GF_KP_1c: 'Alcanzadas <paquete> & "más" \u0001' } }),
      new Date('2026-11-29T10:00:00Z'),
    );
    assertWellFormedXml(xml);
    expect(xml).toContain('<annotation>Alcanzadas &lt;paquete&gt; &amp; &quot;más&quot; </annotation>');
  });

  it('the checker itself rejects broken XML', () => {
    expect(() => assertWellFormedXml('<a><b></a>')).toThrow();
    expect(() => assertWellFormedXml('<a x="1 & 2"/>')).toThrow();
    expect(() => assertWellFormedXml('<a>1 < 2</a>')).toThrow();
    expect(escapeXml(`'`)).toBe('&apos;');
  });
});

describe('export settings', () => {
  const valid = {
    labels: [],
    dataSet: null,
    dataElements: [{ indicator: 'GF_KP_1c', dataElement: 'DeKp1cAAAAA', categoryOptionCombo: null }],
    orgUnits: [{ siteId: null, orgUnit: 'OuOrg000001' }],
  };

  it('accepts DHIS2 UIDs and refuses anything else', () => {
    expect(CoverageExportSettingsInput.safeParse(valid).success).toBe(true);
    for (const bad of ['1eKp1cAAAAA', 'DeKp1cAAAA', 'DeKp1cAAAAAA', 'DeKp1c-AAAA']) {
      const r = CoverageExportSettingsInput.safeParse({
        ...valid,
        dataElements: [{ ...valid.dataElements[0], dataElement: bad }],
      });
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.path).toEqual(['dataElements', 0, 'dataElement']);
    }
  });

  it('refuses the same indicator or the same site twice', () => {
    const r = CoverageExportSettingsInput.safeParse({
      ...valid,
      orgUnits: [...valid.orgUnits, { siteId: null, orgUnit: 'OuOrg000002' }],
    });
    expect(r.error?.issues[0]?.path).toEqual(['orgUnits', 1, 'siteId']);
  });
});

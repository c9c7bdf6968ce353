import { newId } from '../../domain/ids';
import type { SiteTypology } from '../../domain/sites.schemas';
import type { Tx } from '../platform/db/client';
import type { AppDeps } from '../platform/deps';
import { areas } from '../modules/areas/areas.tables';
import {
  siteEstimates,
  siteNotesColumn,
  siteReports,
  sites,
  siteWorkers,
} from '../modules/sites/sites.tables';

/**
 * Demo areas, sites, size estimates and zero returns (all synthetic). Liquidambar (El Salvador) has
 * the full picture; the regional secretariat runs one site in the same municipality so that the demo
 * shows a catchment-overlap warning.
 */
interface DemoSite {
  org: string;
  place: readonly [province: string, municipality: string];
  name: string;
  typology: SiteTypology;
  days: string[];
  hours?: readonly [string, string];
  notes?: string;
  workers?: string[];
  /** [low, point, high, months ago] — the last one is the current estimate. */
  estimates?: (readonly [number, number, number, number])[];
  /** "Nothing to report" last month. */
  quietLastMonth?: boolean;
}

const DEMO_SITES: DemoSite[] = [
  {
    org: 'liquidambar',
    place: ['San Salvador', 'San Salvador'],
    name: 'Parque Libertad',
    typology: 'street',
    days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
    hours: ['09:00', '18:00'],
    notes: 'Patrullajes frecuentes los viernes por la tarde. (Datos de demostración.)',
    workers: ['promotora.demo'],
    estimates: [
      [30, 40, 55, 14],
      [35, 48, 60, 2],
    ],
  },
  {
    org: 'liquidambar',
    place: ['San Salvador', 'San Salvador'],
    name: 'Bar La Estación',
    typology: 'venue',
    days: ['thu', 'fri', 'sat'],
    hours: ['20:00', '03:00'],
    workers: ['promotora.demo'],
    estimates: [[8, 12, 15, 5]],
    quietLastMonth: true,
  },
  {
    org: 'liquidambar',
    place: ['San Salvador', 'Soyapango'],
    name: 'Terminal de Oriente',
    typology: 'street',
    days: ['fri', 'sat', 'sun'],
    hours: ['18:00', '23:00'],
    workers: ['promotora.demo'],
    estimates: [[15, 22, 30, 3]],
  },
  {
    org: 'liquidambar',
    place: ['Santa Ana', 'Santa Ana'],
    name: 'Hotel del Centro',
    typology: 'hotel',
    days: [],
    estimates: [[5, 7, 10, 8]],
  },
  {
    org: 'liquidambar',
    place: ['Santa Ana', 'Santa Ana'],
    name: 'Contactos por teléfono',
    typology: 'online',
    days: [],
  },
  {
    org: 'regional',
    place: ['San Salvador', 'San Salvador'],
    name: 'Parque Libertad (programa regional)',
    typology: 'street',
    days: ['sat'],
  },
];

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
function monthsAgo(now: Date, months: number): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1));
}

export async function seedDemoSites(
  tx: Tx,
  deps: AppDeps,
  options: { orgIds: Map<string, string>; userIds: Map<string, string>; now: Date },
): Promise<void> {
  const { now } = options;
  // The demo's sites have been worked for a while, so past months list them too.
  const since = monthsAgo(now, 15);
  const areaIds = new Map<string, string>();
  async function area(orgId: string, path: readonly string[]): Promise<string> {
    const key = `${orgId}|${path.join('|')}`;
    const known = areaIds.get(key);
    if (known) return known;
    const parentId = path.length > 1 ? await area(orgId, path.slice(0, -1)) : null;
    const id = newId(now.getTime());
    const level = (['country', 'province', 'municipality'] as const)[path.length - 1]!;
    await tx.insert(areas).values({
      orgId,
      id,
      parentId,
      level,
      name: path.at(-1)!,
      countryCode: 'SV',
      createdAt: since,
      updatedAt: since,
    });
    areaIds.set(key, id);
    return id;
  }
  for (const demo of DEMO_SITES) {
    const orgId = options.orgIds.get(demo.org)!;
    const id = newId(now.getTime());
    await tx.insert(sites).values({
      orgId,
      id,
      areaId: await area(orgId, ['El Salvador', ...demo.place]),
      name: demo.name,
      typology: demo.typology,
      activityDays: demo.days,
      opensAt: demo.hours?.[0] ?? null,
      closesAt: demo.hours?.[1] ?? null,
      notesEnc: demo.notes
        ? await deps.keyring.encryptText(orgId, demo.notes, siteNotesColumn.aad({ org_id: orgId, id }))
        : null,
      createdAt: since,
      updatedAt: since,
    });
    const workers = (demo.workers ?? []).map((username) => options.userIds.get(username)!);
    for (const userId of workers)
      await tx.insert(siteWorkers).values({ orgId, siteId: id, userId, createdAt: now });
    for (const [low, point, high, ago] of demo.estimates ?? [])
      await tx.insert(siteEstimates).values({
        orgId,
        id: newId(now.getTime()),
        siteId: id,
        low,
        point,
        high,
        method: 'mapping',
        estimatedOn: isoDate(monthsAgo(now, ago)),
        source: 'Mapeo participativo con promotoras (demostración)',
        createdAt: now,
      });
    if (demo.quietLastMonth)
      await tx.insert(siteReports).values({
        orgId,
        id: newId(now.getTime()),
        siteId: id,
        month: isoDate(monthsAgo(now, 1)),
        status: 'nothing_to_report',
        reportedBy: workers[0] ?? null,
        createdAt: now,
      });
  }
}

import type { AreaView } from '../../../domain/sites.schemas';
import type { AreaRow } from './areas.repo';

/** Names from the country down to each area, computed from the organization's live areas. */
export function areaPaths(rows: readonly AreaRow[]): Map<string, string[]> {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const paths = new Map<string, string[]>();
  const pathOf = (row: AreaRow, depth = 0): string[] => {
    const known = paths.get(row.id);
    if (known) return known;
    const parent = row.parentId ? byId.get(row.parentId) : undefined;
    // The hierarchy has three levels; the depth guard only protects against corrupted data.
    const path = parent && depth < 3 ? [...pathOf(parent, depth + 1), row.name] : [row.name];
    paths.set(row.id, path);
    return path;
  };
  for (const row of rows) pathOf(row);
  return paths;
}

/** Explicit output fields. */
export function presentArea(row: AreaRow, path: readonly string[]): AreaView {
  return {
    id: row.id,
    parentId: row.parentId,
    level: row.level,
    name: row.name,
    countryCode: row.countryCode,
    path: [...path],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

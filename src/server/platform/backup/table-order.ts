import type pg from 'pg';

export interface TableInfo {
  name: string;
  /** Primary-key columns, for a stable row order. */
  key: string[];
}

/**
 * The application's tables (schema public) ordered so that every table comes after the tables its
 * foreign keys point to — the order in which rows can be restored.
 */
export async function listTablesInDependencyOrder(client: pg.ClientBase): Promise<TableInfo[]> {
  const tables = await client.query<{ name: string; key: string[] }>(`
    select c.relname as name,
           array(select a.attname from unnest(i.indkey) with ordinality k(attnum, n)
                 join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum order by k.n)::text[] as key
      from pg_class c
      join pg_namespace ns on ns.oid = c.relnamespace and ns.nspname = 'public'
      left join pg_index i on i.indrelid = c.oid and i.indisprimary
     where c.relkind = 'r'
     order by c.relname`);
  const edges = await client.query<{ child: string; parent: string }>(`
    select cl.relname as child, pl.relname as parent
      from pg_constraint k
      join pg_class cl on cl.oid = k.conrelid
      join pg_class pl on pl.oid = k.confrelid
      join pg_namespace ns on ns.oid = cl.relnamespace and ns.nspname = 'public'
     where k.contype = 'f' and k.conrelid <> k.confrelid`);
  const parents = new Map<string, Set<string>>();
  for (const { child, parent } of edges.rows) {
    if (!parents.has(child)) parents.set(child, new Set());
    parents.get(child)!.add(parent);
  }
  const ordered: TableInfo[] = [];
  const placed = new Set<string>();
  const pending = [...tables.rows];
  while (pending.length) {
    const index = pending.findIndex((table) =>
      [...(parents.get(table.name) ?? [])].every((parent) => placed.has(parent)),
    );
    if (index < 0) throw new Error('Foreign keys form a cycle; cannot order tables for restore.');
    const [table] = pending.splice(index, 1);
    ordered.push({ name: table!.name, key: table!.key.length ? table!.key : [] });
    placed.add(table!.name);
  }
  return ordered;
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function orderClause(table: TableInfo): string {
  return table.key.length ? `order by ${table.key.map(quoteIdent).join(', ')}` : 'order by 1';
}

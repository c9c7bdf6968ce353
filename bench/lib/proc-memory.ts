import fs from 'node:fs';

/** Linux /proc readers: a process tree and its resident memory. */

function parentOf(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number.parseInt(fields[1] ?? '', 10);
    return Number.isFinite(ppid) ? ppid : null;
  } catch {
    return null; // gone meanwhile
  }
}

/** Every live process whose parent chain leads to one of `roots`, the roots included. */
export function processTree(roots: readonly number[]): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    const ppid = parentOf(pid);
    if (ppid === null) continue;
    const list = children.get(ppid) ?? [];
    list.push(pid);
    children.set(ppid, list);
  }
  const seen = new Set<number>();
  const queue = roots.filter((pid) => fs.existsSync(`/proc/${pid}`));
  while (queue.length) {
    const pid = queue.shift()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return [...seen].sort((a, b) => a - b);
}

function readKb(file: string, field: string): number | null {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(file, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export interface ProcessMemory {
  pid: number;
  name: string;
  /** VmRSS: resident set, counting shared pages (PostgreSQL's shared buffers) in every process. */
  rss: number;
  /** Pss: proportional share of the resident set; sums to the real total across processes. */
  pss: number | null;
}

export function processMemory(pid: number): ProcessMemory | null {
  const rss = readKb(`/proc/${pid}/status`, 'VmRSS');
  if (rss === null) return null;
  let name = '?';
  try {
    name = fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    // gone meanwhile
  }
  return { pid, name, rss, pss: readKb(`/proc/${pid}/smaps_rollup`, 'Pss') };
}

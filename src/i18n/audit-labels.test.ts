import { describe, expect, it } from 'vitest';
import en from './en.json';
import es from './es.json';
import ptBR from './pt-BR.json';

// The server's sources, as text: every audit action written as a literal (`action: 'member.created'`).
const SERVER_SOURCES = import.meta.glob<string>(['../server/**/*.ts', '!../server/**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The audit page shows `audit.actions.<action with dots as underscores>`; without it, the raw code. */
describe('audit action labels', () => {
  const actions = new Set<string>();
  for (const text of Object.values(SERVER_SOURCES))
    for (const match of text.matchAll(/\baction: '([a-z_]+(?:\.[a-z_]+)+)'/g)) actions.add(match[1]!);

  it.each([
    ['es', es.audit.actions],
    ['pt-BR', ptBR.audit.actions],
    ['en', en.audit.actions],
  ])('%s names every audit action the server writes', (_name, labels: Record<string, string>) => {
    expect(actions.size).toBeGreaterThan(100);
    expect([...actions].filter((action) => !labels[action.replace(/\./g, '_')])).toEqual([]);
  });
});

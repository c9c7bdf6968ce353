import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { describeForLog } from './error-handler';

describe('describeForLog', () => {
  it('keeps the SQL and the cause but never the query parameters, in the message or the stack', () => {
    const cause = Object.assign(
      new Error('duplicate key value violates unique constraint "users_username_uq"'),
      {
        code: '23505',
        constraint: 'users_username_uq',
        detail: 'Key (username)=(maria.secreta) already exists.',
      },
    );
    const error = new DrizzleQueryError(
      'insert into "users" ("username") values ($1)',
      ['maria.secreta'],
      cause,
    );
    const logged = JSON.stringify(describeForLog(error));
    expect(logged).not.toContain('maria.secreta');
    expect(logged).toContain('insert into \\"users\\"');
    expect(logged).toContain('params: [redacted]');
    expect(logged).toContain('23505');
    expect(logged).toContain('users_username_uq');
  });

  it('leaves an ordinary error as it is', () => {
    const logged = describeForLog(new TypeError('x is not a function'));
    expect(logged).toMatchObject({ name: 'TypeError', message: 'x is not a function' });
    expect(logged.stack).toContain('TypeError: x is not a function');
  });
});

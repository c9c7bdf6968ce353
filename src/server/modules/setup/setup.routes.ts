import { Ok } from '../../../domain/common.schemas';
import { SetupInput, SetupStatus } from '../../../domain/setup.schemas';
import { AppError } from '../../platform/errors';
import { defineRoute } from '../../platform/http/route-spec';
import { completeSetup, isSetupNeeded, tokenMatches } from './setup.service';

const tags = ['setup'];

export const setupRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/setup',
    summary: 'Whether first-run set-up is still needed',
    tags,
    access: { kind: 'public' },
    response: SetupStatus,
    handler: async (ctx) => ({ needed: await isSetupNeeded(ctx.deps.db) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/setup',
    summary: 'First run: create the network, first organization and administrator (needs the console token)',
    tags,
    access: { kind: 'public' },
    write: false,
    body: SetupInput,
    response: Ok,
    status: 201,
    handler: async (ctx) => {
      if (!(await isSetupNeeded(ctx.deps.db))) throw new AppError('setup_done');
      if (!tokenMatches(ctx.deps.setup.token, ctx.body.token))
        throw new AppError('setup_token', { field: 'token' });
      const { token: _token, ...input } = ctx.body;
      await completeSetup(ctx.deps.db, ctx.deps.keyring, input, ctx.now);
      ctx.deps.setup.token = null;
      return { ok: true as const };
    },
  }),
];

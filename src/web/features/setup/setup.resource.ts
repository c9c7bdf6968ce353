import type { Ok } from '../../../domain/common.schemas';
import type { SetupInput } from '../../../domain/setup.schemas';
import { api } from '../../app/api-client';

/** First run: creates the network, its first organization and the administrator. */
export const completeSetup = (input: SetupInput) => api<Ok>('POST', '/api/setup', input);

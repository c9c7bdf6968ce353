import type { SessionList } from '../../../domain/auth.schemas';
import type { Ok } from '../../../domain/common.schemas';
import { api } from '../../app/api-client';
import { useApiData } from '../../app/use-api-data';

export const useOwnSessions = () => useApiData<SessionList>('/api/me/sessions');

export const endOwnSession = (sessionId: string) => api<Ok>('DELETE', `/api/me/sessions/${sessionId}`);

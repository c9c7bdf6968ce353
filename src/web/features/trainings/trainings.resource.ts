import type { MemberPathway, MentorshipInput, PathwayRoleInput } from '../../../domain/leadership.schemas';
import type {
  AttendanceCreateInput,
  AttendanceList,
  AttendanceRecorded,
  CourseCreateInput,
  CourseList,
  CourseView,
  SessionCreateInput,
  SessionList,
  SessionUpdateInput,
  SessionView,
} from '../../../domain/trainings.schemas';
import { api } from '../../app/api-client';
import { useApiData } from '../../app/use-api-data';

const base = (orgId: string) => `/api/orgs/${orgId}/trainings`;

export const useCourses = (orgId: string) => useApiData<CourseList>(`${base(orgId)}/courses`);
export const createCourse = (orgId: string, input: CourseCreateInput) =>
  api<CourseView>('POST', `${base(orgId)}/courses`, input);
export const useSessions = (orgId: string) => useApiData<SessionList>(`${base(orgId)}/sessions`);
export const useSession = (orgId: string, sessionId: string) =>
  useApiData<SessionView>(`${base(orgId)}/sessions/${sessionId}`);
export const createSession = (orgId: string, input: SessionCreateInput) =>
  api<SessionView>('POST', `${base(orgId)}/sessions`, input);
export const updateSession = (orgId: string, sessionId: string, input: SessionUpdateInput) =>
  api<SessionView>('PATCH', `${base(orgId)}/sessions/${sessionId}`, input);
export const useAttendance = (orgId: string, sessionId: string | null) =>
  useApiData<AttendanceList>(sessionId ? `${base(orgId)}/sessions/${sessionId}/attendance` : null);
export const recordAttendance = (orgId: string, sessionId: string, input: AttendanceCreateInput) =>
  api<AttendanceRecorded>('POST', `${base(orgId)}/sessions/${sessionId}/attendance`, input);
export const removeAttendance = (orgId: string, sessionId: string, attendanceId: string) =>
  api<{ ok: true }>('DELETE', `${base(orgId)}/sessions/${sessionId}/attendance/${attendanceId}`);
export const certificateUrl = (orgId: string, sessionId: string, attendanceId: string, lang: string) =>
  `${base(orgId)}/sessions/${sessionId}/attendance/${attendanceId}/certificate?lang=${encodeURIComponent(lang)}`;

const pathway = (orgId: string, memberId: string) => `/api/orgs/${orgId}/members/${memberId}/pathway`;
export const usePathway = (orgId: string, memberId: string) =>
  useApiData<MemberPathway>(pathway(orgId, memberId));
export const addPathwayRole = (orgId: string, memberId: string, input: PathwayRoleInput) =>
  api<{ ok: true }>('POST', `${pathway(orgId, memberId)}/roles`, input);
export const endPathwayRole = (orgId: string, memberId: string, roleId: string, toOn: string | null) =>
  api<{ ok: true }>('PATCH', `${pathway(orgId, memberId)}/roles/${roleId}`, { toOn });
export const addMentorship = (orgId: string, memberId: string, input: MentorshipInput) =>
  api<{ ok: true }>('POST', `${pathway(orgId, memberId)}/mentorships`, input);

import type {
  ImportJobList,
  ImportJobView,
  ImportKind,
  ImportMapping,
  ImportPreview,
} from '../../../domain/imports.schemas';
import { api, apiGet } from '../../app/api-client';
import { useApiData } from '../../app/use-api-data';

const base = (orgId: string) => `/api/orgs/${orgId}/imports`;

export const useRecentImports = (orgId: string) => useApiData<ImportJobList>(base(orgId));

/** The file travels as base64 inside JSON (the upload route takes up to 10 MiB). */
export const uploadImport = (orgId: string, kind: ImportKind, fileName: string, contentBase64: string) =>
  api<ImportJobView>('POST', base(orgId), { kind, fileName, contentBase64 });

export const previewImport = (orgId: string, id: string, mapping: ImportMapping) =>
  api<ImportPreview>('POST', `${base(orgId)}/${id}/preview`, { mapping });

export const confirmImport = (orgId: string, id: string) =>
  api<ImportJobView>('POST', `${base(orgId)}/${id}/confirm`);

export const cancelImport = (orgId: string, id: string) =>
  api<ImportJobView>('POST', `${base(orgId)}/${id}/cancel`);

export const fetchImport = (orgId: string, id: string, signal?: AbortSignal) =>
  apiGet<ImportJobView>(`${base(orgId)}/${id}`, signal);

/** Reads a file as base64 (without the data-URL prefix). */
export function readFileBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

import { useCallback, useEffect, useState } from 'react';
import { apiGet } from './api-client';

export interface ApiData<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload: () => void;
  /** Replaces the data after a write that returned the new value. */
  setData: (update: (current: T | undefined) => T | undefined) => void;
}

/**
 * Reads a GET endpoint for a screen. Data lives in this component's memory only: it is never put in
 * browser storage and disappears with the screen (and with the quick exit).
 */
export function useApiData<T>(url: string | null): ApiData<T> {
  const [data, setDataState] = useState<T | undefined>(undefined);
  const [error, setError] = useState<Error | undefined>(undefined);
  const [loading, setLoading] = useState(url !== null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (url === null) return;
    const controller = new AbortController();
    setLoading(true);
    setError(undefined);
    apiGet<T>(url, controller.signal).then(
      (value) => {
        setDataState(value);
        setLoading(false);
      },
      (reason: unknown) => {
        if (controller.signal.aborted) return;
        setError(reason instanceof Error ? reason : new Error(String(reason)));
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [url, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const setData = useCallback(
    (update: (current: T | undefined) => T | undefined) => setDataState(update),
    [],
  );
  return { data, error, loading, reload, setData };
}

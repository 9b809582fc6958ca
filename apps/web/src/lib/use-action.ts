import { useState } from 'react';
import { ApiError } from '../api/client';

/**
 * A form's action against the API: `busy` while it runs; on a refusal, `error` for the alert (the code's translation,
 * never the server's English) and `fieldErrors` marking each field the API named. `onError` sees the error first and
 * may return false to leave the fields unmarked (a refusal that is no wrong value, such as a legal hold).
 */
export function useAction(onError?: (e: unknown) => boolean | void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const run = async (action: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setError(undefined);
    setFieldErrors({});
    try {
      await action();
    } catch (e) {
      const mark = onError?.(e) !== false;
      if (mark && e instanceof ApiError && e.details.length) setFieldErrors(e.fieldErrors);
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, fieldErrors, run, setError };
}

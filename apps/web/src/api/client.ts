import { API_QUERY_SERIALIZER, defaultErrorCode, type ErrorCode } from '@hotline/contracts';
import i18n from 'i18next';
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { authHeaders } from './session';

export interface FieldError {
  field: string;
  message: string;
  /** The rule the field broke, when the API names one (translated as `errors.<code>`). */
  code?: string;
}

/** Fields whose rule is the same wherever they appear: their own hint says what is wanted (by the field's last name). */
const FIELD_HINTS: Readonly<Record<string, string>> = { phone: 'validation.phone', email: 'validation.email' };

/**
 * A petition's title and description follow the intake's rules: pages that take them (the grid, the sheet import) say
 * them as the citizen form does.
 */
export const CASE_TEXT_HINTS: Readonly<Record<string, string>> = {
  title: 'validation.titleLength',
  description: 'validation.descriptionLength',
};

/**
 * What the web shows next to a field the API refused, in the user's language and never the server's (English)
 * message: the translation of the field's own code, else the page's hint for that field (`hints`, by the field's last
 * name, e.g. `petitions.2.title` → title), else a field hint that holds everywhere (phone, email), else "not valid".
 */
export function fieldMessage(detail: FieldError, hints: Readonly<Record<string, string>> = {}): string {
  if (detail.code && detail.code !== 'validation_failed' && i18n.exists(`errors.${detail.code}`)) return i18n.t(`errors.${detail.code}`);
  const name = detail.field.split('.').pop() ?? detail.field;
  const hint = hints[name] ?? FIELD_HINTS[name];
  return i18n.t(hint ?? 'errors.invalidField');
}

/**
 * The API's error body: `{statusCode, code, error, message, details?: [{field, message}]}`. The message is for
 * developers (English); users read the translation of `code` (i18n `errors.*`).
 */
export class ApiError extends Error {
  readonly code: ErrorCode;

  constructor(
    readonly status: number,
    message: string,
    readonly details: FieldError[] = [],
    code?: string,
  ) {
    super(message);
    this.code = (code as ErrorCode | undefined) ?? defaultErrorCode(status, details.length > 0);
  }

  /** What to show next to each field the API named (`citizen.phone`), translated (fieldMessage). */
  get fieldErrors(): Record<string, string> {
    return Object.fromEntries(this.details.map((d) => [d.field, fieldMessage(d)]));
  }
}

export const UNAUTHORIZED_EVENT = 'hotline:unauthorized';

const auth: Middleware = {
  onRequest({ request }) {
    for (const [name, value] of Object.entries(authHeaders(request.method))) request.headers.set(name, value);
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401) window.dispatchEvent(new Event(UNAUTHORIZED_EVENT));
    return response;
  },
};

/** The typed client generated from the API's OpenAPI document (`npm run generate:api-types`). */
// `fetch` is looked up on each request, not once at load: the page's fetch is used even when replaced later (a test's fake API).
export const api = createClient<paths>({
  baseUrl: '',
  credentials: 'same-origin',
  querySerializer: API_QUERY_SERIALIZER,
  fetch: (request) => globalThis.fetch(request),
});
api.use(auth);

export async function toApiError(res: Response, body?: unknown): Promise<ApiError> {
  const data = (body ?? (await res.json().catch(() => ({})))) as { message?: string | string[]; details?: FieldError[]; code?: string };
  const message = Array.isArray(data.message) ? data.message.join('; ') : (data.message ?? res.statusText);
  return new ApiError(res.status, message, data.details ?? [], data.code);
}

/** Unwraps an openapi-fetch result: the data, or an ApiError. */
export async function unwrap<T>(result: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await result;
  if (!response.ok) throw await toApiError(response, error);
  return data as T;
}

/**
 * The body serializer of a multipart upload through the typed client: the document types each file (`format: binary`)
 * as a Blob, so `body` holds the File objects themselves; each goes in as one part (an array as several under one
 * name), a File under its own name. openapi-fetch leaves a FormData's Content-Type (and boundary) to the browser.
 */
export function formData(body: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(body)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined) continue;
      if (item instanceof File) form.append(name, item, item.name);
      else if (item instanceof Blob) form.append(name, item);
      else form.append(name, String(item));
    }
  }
  return form;
}

/** Downloads a file the API makes (CSV, XLSX, PDF) with the user's credentials, under the server's file name. */
export async function download(path: string, fallbackName: string): Promise<void> {
  const res = await fetch(path, { credentials: 'same-origin', headers: authHeaders('GET') });
  if (!res.ok) throw await toApiError(res);
  const blob = await res.blob();
  const disposition = res.headers.get('content-disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * How a list travels in a query string: `status=triage,returned` (OpenAPI style form, not exploded), as the API's
 * comma-separated list parameters are declared (COMMA_LIST_PARAM in libs/platform). Every typed client of the API is
 * created with this as its `querySerializer`, so it sends arrays in the form the document describes.
 */
export const API_QUERY_SERIALIZER = { array: { style: 'form', explode: false } } as const;

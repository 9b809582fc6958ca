// The API's types, generated from its OpenAPI document into libs/contracts (the HTTP contract the web shares).
export type { components, paths } from '@hotline/contracts';

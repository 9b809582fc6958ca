import { api, unwrap } from '../api/client';
import type { RefItem } from '../components/RefSelect';

interface Reference {
  categories: RefItem[];
  areas: RefItem[];
  agencies: RefItem[];
}

let cache: Promise<Reference> | null = null;

/** Categories, areas and agencies, fetched once per page load (again after a failure). */
export function referenceData(): Promise<Reference> {
  if (!cache) {
    const loading = Promise.all([
      unwrap(api.GET('/api/v1/categories')),
      unwrap(api.GET('/api/v1/areas')),
      unwrap(api.GET('/api/v1/agencies')),
    ]).then(([categories, areas, agencies]) => ({ categories, areas, agencies }) as Reference);
    loading.catch(() => (cache = null));
    cache = loading;
  }
  return cache;
}

/** After an administrator's change: the next reader fetches the lists again. */
export function clearReferenceCache(): void {
  cache = null;
}

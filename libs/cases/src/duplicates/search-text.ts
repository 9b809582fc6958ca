/**
 * The one folding every case search applies: `search_text` (migration 1765300000000) unaccents and lower-cases, so
 * "lan chiem" finds "lấn chiếm". Each case's folded texts live in `case_search` (migration 1765480000001, kept by
 * triggers on `cases`): `title` for the list's search, `body` (title + description) for the duplicate finder, both
 * served by trigram indexes there, off the table that routing updates.
 */
export const searchTextSql = (expression: string): string => `public.search_text(${expression})`;

/** A LIKE pattern for text containing `words`, its wildcards escaped; compare it folded with searchTextSql. */
export const containsPattern = (words: string): string => `%${words.replace(/[%_\\]/g, '\\$&')}%`;

/**
 * The ids of cases whose folded title contains `:param` (which holds containsPattern(words)), as a subquery for
 * `c.id IN (...)`.
 */
export const titleContainsIdsSql = (param: string): string =>
  `SELECT s.case_id FROM case_search s WHERE s.title LIKE ${searchTextSql(`:${param}`)}`;

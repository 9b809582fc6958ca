/**
 * The one folding every case search applies: `search_text` (migration 1765300000000) unaccents and lower-cases, so
 * "lan chiem" finds "lấn chiếm". The duplicate finder compares `case_search_text(title, description)`, built on it;
 * the list matches a title with `titleContains`, served by the trigram index on `search_text(title)`.
 */
export const searchTextSql = (expression: string): string => `public.search_text(${expression})`;

/** A LIKE pattern for text containing `words`, its wildcards escaped; compare it folded with searchTextSql. */
export const containsPattern = (words: string): string => `%${words.replace(/[%_\\]/g, '\\$&')}%`;

/** `column` contains `:param` once both are folded: the parameter holds containsPattern(words). */
export const titleContainsSql = (column: string, param: string): string => `${searchTextSql(column)} LIKE ${searchTextSql(`:${param}`)}`;

/** Folds Vietnamese for search: "Chiếu sáng đô thị" and "chieu sang do thi" match (NFD, marks stripped, đ → d). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .trim();
}

/** Whether every word of the query is found in one of the texts, diacritics ignored. */
export function matches(query: string, ...texts: (string | null | undefined)[]): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(texts.filter(Boolean).join(' '));
  return words.every((w) => haystack.includes(w));
}

/** A label as a sentence (the clock names are lower-case to sit inside sentences): first letter upper-case. */
export const sentence = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

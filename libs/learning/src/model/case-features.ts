/**
 * The features a routing decision is learnt from: the case's text, folded by PostgreSQL's `search_text` (unaccented,
 * lower-cased: the one folding every search uses, so "lấn chiếm" and "lan chiem" are the same words), cut into words,
 * word pairs and the character trigrams of each word (a misspelt word still shares most of its trigrams), and its
 * fields (kind, category and its parent, area, channel). Each group has its weight in the model's score.
 */
export interface CaseFields {
  /** The case's title and description as `search_text` folded them. */
  foldedText: string;
  kind: string;
  categoryCode: string | null;
  parentCategoryCode?: string | null;
  areaCode: string | null;
  channel: string;
}

export type FeatureGroup = 'word' | 'phrase' | 'trigram' | 'kind' | 'category' | 'area' | 'channel';

export const FEATURE_WEIGHTS: Record<FeatureGroup, number> = {
  word: 1,
  phrase: 1,
  trigram: 0.2,
  kind: 1,
  category: 2,
  area: 0.5,
  channel: 0.5,
};

const PREFIX: Record<FeatureGroup, string> = {
  word: 'w:',
  phrase: 'p:',
  trigram: 't:',
  kind: 'k:',
  category: 'c:',
  area: 'a:',
  channel: 'h:',
};
const GROUP_OF_PREFIX = new Map(Object.entries(PREFIX).map(([group, prefix]) => [prefix, group as FeatureGroup]));

/** Folded Vietnamese words that say nothing about the agency (particles, pronouns, "please", "the case"). */
const STOP_WORDS = new Set(
  (
    'va cua cac la co khong o tai cho nhung duoc da dang toi chung ta rat nay do the mot nhieu tren trong den voi khi de bi ' +
    'thi ma nen vi nhu nguoi dan xin de nghi kinh gui ve viec nam ngay thang tu sau truoc hon lai cung con ra vao len xuong ' +
    'em anh chi ong ba minh moi nua roi van phai can hay hoac neu chua'
  ).split(' '),
);

export type FeatureBag = Map<string, number>;

/** The words of a folded text, stop words and one-letter words left out. */
export function wordsOf(foldedText: string): string[] {
  return foldedText.split(/[^a-z0-9]+/).filter((w) => w.length > 1 && !STOP_WORDS.has(w));
}

/** The weighted features of one case; a case whose text has no word yields only its fields. */
export function featuresOf(fields: CaseFields): FeatureBag {
  const bag: FeatureBag = new Map();
  const add = (group: FeatureGroup, value: string) => {
    const key = PREFIX[group] + value;
    bag.set(key, (bag.get(key) ?? 0) + FEATURE_WEIGHTS[group]);
  };
  const words = wordsOf(fields.foldedText);
  words.forEach((word, i) => {
    add('word', word);
    if (i > 0) add('phrase', `${words[i - 1]} ${word}`);
    const padded = `_${word}_`;
    for (let j = 0; j + 3 <= padded.length; j++) add('trigram', padded.slice(j, j + 3));
  });
  add('kind', fields.kind);
  add('channel', fields.channel);
  if (fields.categoryCode) add('category', fields.categoryCode);
  if (fields.parentCategoryCode) add('category', fields.parentCategoryCode);
  if (fields.areaCode) add('area', fields.areaCode);
  return bag;
}

/** True when the text gives the model something to read: no text, no suggestion. */
export function hasText(fields: CaseFields): boolean {
  return wordsOf(fields.foldedText).length > 0;
}

/** A feature key as a person reads it: its group and its value ("category", "TTXD"). */
export function describeFeature(key: string): { group: FeatureGroup; value: string } {
  const prefix = key.slice(0, 2);
  return { group: GROUP_OF_PREFIX.get(prefix) ?? 'word', value: key.slice(2) };
}

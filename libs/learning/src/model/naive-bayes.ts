import { describeFeature, FeatureBag, FeatureGroup } from './case-features';

/**
 * A multinomial naive Bayes classifier over weighted features, kept as counts so that it learns one decision at a
 * time (the worker adds each route as it happens) and serialises to JSON (a version in PostgreSQL). A return by an
 * agency is a negative example: it takes back the route it reverses and half an example more from that agency's
 * counts of its features (never below zero).
 */
export interface NaiveBayesState {
  alpha: number;
  /**
   * Naive Bayes adds one term per feature as if they were independent, so its raw probabilities are near 0 or 1: the
   * scores are divided by `temperature` × √(summed feature weight) before the softmax. Fitted on held-out decisions.
   */
  temperature?: number;
  /** Per agency id: its weighted example count, its summed feature weight and its feature counts. */
  classes: Record<string, { docs: number; total: number; counts: Record<string, number> }>;
}

export interface Reason {
  group: FeatureGroup;
  value: string;
  /** How much the feature favoured this agency over the runner-up (log-odds). */
  weight: number;
}

export interface Suggestion {
  agencyId: string;
  /** The probability the model gives this agency among the candidates, 0..1. */
  confidence: number;
  reasons: Reason[];
}

/** What a return takes back beyond the route it reverses, as a share of one example. */
export const NEGATIVE_WEIGHT = 0.5;

export class NaiveBayes {
  private vocabulary?: number;

  constructor(readonly state: NaiveBayesState = { alpha: 0.1, classes: {} }) {}

  get examples(): number {
    return Object.values(this.state.classes).reduce((sum, c) => sum + c.docs, 0);
  }

  /** Learns one example: `sign` 1 for a decision that stood, -1 for one the agency returned. */
  learn(features: FeatureBag, agencyId: string, sign: 1 | -1 = 1): void {
    const cls = (this.state.classes[agencyId] ??= { docs: 0, total: 0, counts: {} });
    const factor = sign === 1 ? 1 : -(1 + NEGATIVE_WEIGHT);
    cls.docs = Math.max(0, cls.docs + factor);
    for (const [key, weight] of features) {
      const before = cls.counts[key] ?? 0;
      const after = Math.max(0, before + factor * weight);
      cls.total += after - before;
      if (after > 0) cls.counts[key] = after;
      else delete cls.counts[key];
    }
    this.vocabulary = undefined;
  }

  /**
   * The `limit` most probable agencies among `candidates` (the active agencies: a retired one is never offered),
   * each with its probability and the features that weighed most for it against the next best.
   */
  predict(features: FeatureBag, candidates: ReadonlySet<string>, limit = 3): Suggestion[] {
    const ranking = this.rank(features, candidates);
    if (!ranking) return [];
    const { scored, known, logLikelihood } = ranking;
    const probabilities = softmax(scored, ranking.weight, this.state.temperature ?? DEFAULT_TEMPERATURE);
    return scored.slice(0, limit).map((s, i) => {
      const rival = scored[i === 0 ? 1 : 0];
      const reasons = rival
        ? known
            .map(([key, weight]) => ({ key, weight: weight * (logLikelihood(s.c, key) - logLikelihood(rival.c, key)) }))
            .filter((r) => r.weight > 0 && !key3(r.key))
            .sort((a, b) => b.weight - a.weight)
            .slice(0, 5)
            .map((r) => ({ ...describeFeature(r.key), weight: round(r.weight) }))
        : [];
      return { agencyId: s.id, confidence: round(probabilities[i]), reasons };
    });
  }

  /**
   * Chooses the temperature that gives the true agencies of held-out decisions the highest likelihood (a grid
   * search): the confidences shown then mean what they say.
   */
  fitTemperature(heldOut: readonly { features: FeatureBag; agencyId: string }[], candidates: ReadonlySet<string>): number {
    const rankings = heldOut
      .map(({ features, agencyId }) => ({ ranking: this.rank(features, candidates), agencyId }))
      .filter((r) => r.ranking && r.ranking.scored.some((s) => s.id === r.agencyId));
    if (rankings.length < 5) return this.state.temperature ?? DEFAULT_TEMPERATURE;
    let best = { temperature: DEFAULT_TEMPERATURE, loss: Infinity };
    for (const temperature of [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 8, 12]) {
      const loss = rankings.reduce((sum, { ranking, agencyId }) => {
        const p = softmax(ranking!.scored, ranking!.weight, temperature);
        return sum - Math.log(Math.max(1e-9, p[ranking!.scored.findIndex((s) => s.id === agencyId)]));
      }, 0);
      if (loss < best.loss) best = { temperature, loss };
    }
    this.state.temperature = best.temperature;
    return best.temperature;
  }

  private rank(features: FeatureBag, candidates: ReadonlySet<string>) {
    const classes = Object.entries(this.state.classes).filter(([id, c]) => candidates.has(id) && c.docs > 0);
    if (classes.length === 0) return null;
    const vocabulary = this.vocabularySize();
    const known = [...features].filter(([key]) => classes.some(([, c]) => key in c.counts));
    const docs = classes.reduce((sum, [, c]) => sum + c.docs, 0);
    const logLikelihood = (c: NaiveBayesState['classes'][string], key: string) =>
      Math.log(((c.counts[key] ?? 0) + this.state.alpha) / (c.total + this.state.alpha * vocabulary));
    const scored = classes.map(([id, c]) => {
      const prior = Math.log((c.docs + 1) / (docs + classes.length));
      const score = known.reduce((sum, [key, weight]) => sum + weight * logLikelihood(c, key), prior);
      return { id, c, score };
    });
    scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    return { scored, known, logLikelihood, weight: known.reduce((sum, [, w]) => sum + w, 0) };
  }

  private vocabularySize(): number {
    if (this.vocabulary === undefined) {
      const keys = new Set<string>();
      for (const c of Object.values(this.state.classes)) for (const key of Object.keys(c.counts)) keys.add(key);
      this.vocabulary = Math.max(1, keys.size);
    }
    return this.vocabulary;
  }
}

const DEFAULT_TEMPERATURE = 2;

function softmax(scored: readonly { score: number }[], weight: number, temperature: number): number[] {
  const divisor = Math.max(1, temperature * Math.sqrt(weight));
  const best = scored[0].score;
  const exps = scored.map((s) => Math.exp((s.score - best) / divisor));
  const norm = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / norm);
}

/** Character trigrams help the score but say nothing a person can read: they are left out of the reasons. */
function key3(key: string): boolean {
  return key.startsWith('t:');
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

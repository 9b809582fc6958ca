/** Figures the evaluation and the admin page share: top-k accuracy, the Brier score and a calibration table. */

/** The share of cases whose true agency is among the first `k` suggested. */
export function topKAccuracy(rows: readonly { truth: string; ranked: readonly string[] }[], k: number): number {
  if (rows.length === 0) return 0;
  return rows.filter((r) => r.ranked.slice(0, k).includes(r.truth)).length / rows.length;
}

/** Mean squared difference between a predicted probability and what happened (0 or 1): lower is better. */
export function brierScore(rows: readonly { p: number; y: 0 | 1 }[]): number {
  if (rows.length === 0) return 0;
  return rows.reduce((sum, r) => sum + (r.p - r.y) ** 2, 0) / rows.length;
}

export interface CalibrationBin {
  from: number;
  to: number;
  count: number;
  meanPredicted: number;
  observed: number;
}

/** Predictions in `bins` equal-width bins: in a calibrated model each bin's observed rate is near its mean prediction. */
export function calibrationTable(rows: readonly { p: number; y: 0 | 1 }[], bins = 10): CalibrationBin[] {
  const table = Array.from({ length: bins }, (_, i) => ({ from: i / bins, to: (i + 1) / bins, count: 0, sumP: 0, sumY: 0 }));
  for (const r of rows) {
    const bin = table[Math.min(bins - 1, Math.floor(r.p * bins))];
    bin.count++;
    bin.sumP += r.p;
    bin.sumY += r.y;
  }
  return table.map(({ from, to, count, sumP, sumY }) => ({
    from,
    to,
    count,
    meanPredicted: count ? sumP / count : 0,
    observed: count ? sumY / count : 0,
  }));
}

/** Expected calibration error: the bins' gaps between predicted and observed, weighted by their counts. */
export function expectedCalibrationError(table: readonly CalibrationBin[]): number {
  const total = table.reduce((sum, b) => sum + b.count, 0);
  return total ? table.reduce((sum, b) => sum + b.count * Math.abs(b.meanPredicted - b.observed), 0) / total : 0;
}

/**
 * Splits a history by time, never at random: the oldest `trainShare` of it to learn from, the rest to test on. Every
 * training example is decided no later than every test example, as a model in service only knows the past.
 */
export function splitByTime<T>(rows: readonly T[], at: (row: T) => Date, trainShare: number): { train: T[]; test: T[]; cutoff: Date } {
  const sorted = [...rows].sort((a, b) => at(a).getTime() - at(b).getTime());
  const cut = Math.max(1, Math.min(sorted.length - 1, Math.floor(sorted.length * trainShare)));
  const cutoff = at(sorted[cut - 1]);
  return {
    train: sorted.filter((r) => at(r).getTime() <= cutoff.getTime()),
    test: sorted.filter((r) => at(r).getTime() > cutoff.getTime()),
    cutoff,
  };
}

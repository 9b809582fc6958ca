import { splitByTime } from '../model/metrics';
import { evaluateRisk, evaluateRouting, splitRiskHistory, splitRoutingHistory, TRAIN_SHARE } from './evaluate';
import { generateHistory } from './synthetic-history';

describe('the evaluation of the learned models', () => {
  const history = generateHistory({ cases: 1200, seed: 7 });

  it('splits the routing history by time: every training decision precedes every test decision', () => {
    const { train, test, cutoff } = splitRoutingHistory(history.cases);
    expect(train.length + test.length).toBe(history.cases.length);
    expect(train.length / history.cases.length).toBeCloseTo(TRAIN_SHARE, 1);
    const lastTrain = Math.max(...train.map((c) => c.decidedAt.getTime()));
    const firstTest = Math.min(...test.map((c) => c.decidedAt.getTime()));
    expect(lastTrain).toBeLessThanOrEqual(cutoff.getTime());
    expect(firstTest).toBeGreaterThan(cutoff.getTime());
  });

  it('splits the risk snapshots by time as well', () => {
    const { train, test } = splitRiskHistory(history.snapshots);
    expect(Math.max(...train.map((s) => s.at.getTime()))).toBeLessThan(Math.min(...test.map((s) => s.at.getTime())));
  });

  it('does not shuffle: a history given newest first is split the same way', () => {
    const rows = [5, 1, 4, 2, 3].map((d) => ({ at: new Date(Date.UTC(2026, 0, d)) }));
    const { train, test } = splitByTime(rows, (r) => r.at, 0.6);
    expect(train.map((r) => r.at.getUTCDate())).toEqual([1, 2, 3]);
    expect(test.map((r) => r.at.getUTCDate())).toEqual([4, 5]);
  });

  it('learns routing well above the category baseline on the held-out newer cases', async () => {
    const result = await evaluateRouting(history, async (texts) => texts.map((t) => t.toLowerCase()));
    expect(result.top3).toBeGreaterThan(result.categoryBaselineTop3);
    expect(result.top1).toBeGreaterThan(result.categoryBaselineTop1);
  });

  it('predicts deadline risk with a lower Brier score than the base rate', () => {
    const result = evaluateRisk(history);
    expect(result.brierModel).toBeLessThan(result.brierBaseRate);
  });
});

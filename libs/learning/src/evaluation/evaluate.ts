import { featuresOf } from '../model/case-features';
import { predictLogistic, trainLogistic } from '../model/logistic-regression';
import { brierScore, calibrationTable, CalibrationBin, expectedCalibrationError, splitByTime, topKAccuracy } from '../model/metrics';
import { NaiveBayes } from '../model/naive-bayes';
import { riskFeatures } from '../model/risk-features';
import { AGENCIES, History, RiskSnapshot, SyntheticCase } from './synthetic-history';

/** The share of the history (oldest first) the models learn from; the newer rest is the test. */
export const TRAIN_SHARE = 0.7;

export interface RoutingEvaluation {
  trainCases: number;
  testCases: number;
  cutoff: Date;
  top1: number;
  top3: number;
  rulesOnlyTop1: number;
  categoryBaselineTop1: number;
  categoryBaselineTop3: number;
  /** The temperature fitted on the newest fifth of the training part, and how well the top-1 confidence is calibrated. */
  temperature: number | null;
  meanConfidence: number;
  confidenceEce: number;
  confidenceTable: CalibrationBin[];
  /** The cases the rules could not place (the triage list): what the secretariat would see suggestions for. */
  triage: { cases: number; top1: number; top3: number; categoryBaselineTop1: number };
}

export interface RiskEvaluation {
  trainSnapshots: number;
  testSnapshots: number;
  cutoff: Date;
  baseRate: number;
  brierModel: number;
  brierBaseRate: number;
  eceModel: number;
  eceBaseRate: number;
  calibration: CalibrationBin[];
}

/** The time split of the routing evaluation: by the decision's time, the oldest TRAIN_SHARE to train on. */
export function splitRoutingHistory(cases: readonly SyntheticCase[]) {
  return splitByTime(cases, (c) => c.decidedAt, TRAIN_SHARE);
}

/** The time split of the risk evaluation: by the instant each snapshot was taken. */
export function splitRiskHistory(snapshots: readonly RiskSnapshot[]) {
  return splitByTime(snapshots, (s) => s.at, TRAIN_SHARE);
}

/**
 * Trains the routing model on the older part of the history and ranks agencies for the newer part. `fold` is the
 * platform's folding of text (PostgreSQL's `search_text`), applied to every text in one call.
 */
export async function evaluateRouting(history: History, fold: (texts: string[]) => Promise<string[]>): Promise<RoutingEvaluation> {
  const folded = await fold(history.cases.map((c) => c.text));
  const foldedOf = new Map(history.cases.map((c, i) => [c.id, folded[i]]));
  const features = (c: SyntheticCase) =>
    featuresOf({ foldedText: foldedOf.get(c.id)!, kind: c.kind, categoryCode: c.categoryCode, areaCode: c.areaCode, channel: c.channel });
  const { train, test, cutoff } = splitRoutingHistory(history.cases);
  const model = new NaiveBayes();
  const byCategory = new Map<string, Map<string, number>>();
  const candidates = new Set(AGENCIES.map((a) => a.code));
  // The newest fifth of the training part sets the temperature of the confidences before it is learnt too.
  const fitFrom = Math.floor(train.length * 0.8);
  for (const [i, c] of train.entries()) {
    if (i === fitFrom)
      model.fitTemperature(
        train.slice(fitFrom).map((d) => ({ features: features(d), agencyId: d.agencyCode })),
        candidates,
      );
    const bag = features(c);
    if (c.returnedBy) {
      model.learn(bag, c.returnedBy, 1);
      model.learn(bag, c.returnedBy, -1);
    }
    model.learn(bag, c.agencyCode, 1);
    const counts = byCategory.get(c.categoryCode) ?? new Map<string, number>();
    counts.set(c.agencyCode, (counts.get(c.agencyCode) ?? 0) + 1);
    byCategory.set(c.categoryCode, counts);
  }
  const categoryRanking = (category: string) =>
    [...(byCategory.get(category) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]).map(([agency]) => agency);
  const rows = test.map((c) => {
    const suggested = model.predict(features(c), candidates);
    return {
      truth: c.agencyCode,
      ranked: suggested.map((s) => s.agencyId),
      confidence: suggested[0]?.confidence ?? 0,
      rules: c.ruleAgencyCode ? [c.ruleAgencyCode] : [],
      category: categoryRanking(c.categoryCode),
      triage: c.ruleAgencyCode === null,
    };
  });
  const confidence = rows.map((r) => ({ p: r.confidence, y: (r.ranked[0] === r.truth ? 1 : 0) as 0 | 1 }));
  const confidenceTable = calibrationTable(confidence);
  const triage = rows.filter((r) => r.triage);
  return {
    trainCases: train.length,
    testCases: test.length,
    cutoff,
    top1: topKAccuracy(rows, 1),
    top3: topKAccuracy(rows, 3),
    rulesOnlyTop1: topKAccuracy(
      rows.map((r) => ({ truth: r.truth, ranked: r.rules })),
      1,
    ),
    categoryBaselineTop1: topKAccuracy(
      rows.map((r) => ({ truth: r.truth, ranked: r.category })),
      1,
    ),
    categoryBaselineTop3: topKAccuracy(
      rows.map((r) => ({ truth: r.truth, ranked: r.category })),
      3,
    ),
    temperature: model.state.temperature ?? null,
    meanConfidence: confidence.reduce((sum, r) => sum + r.p, 0) / Math.max(1, confidence.length),
    confidenceEce: expectedCalibrationError(confidenceTable),
    confidenceTable,
    triage: {
      cases: triage.length,
      top1: topKAccuracy(triage, 1),
      top3: topKAccuracy(triage, 3),
      categoryBaselineTop1: topKAccuracy(
        triage.map((r) => ({ truth: r.truth, ranked: r.category })),
        1,
      ),
    },
  };
}

/**
 * Trains the deadline-risk model on the older snapshots and scores the newer ones; the baseline predicts the training
 * base rate for every case. An agency's history is what had been answered before the cutoff.
 */
export function evaluateRisk(history: History): RiskEvaluation {
  const { train, test, cutoff } = splitRiskHistory(history.snapshots);
  const answered = new Map<string, { answered: number; late: number }>();
  for (const s of train) {
    if (s.answeredAt.getTime() > cutoff.getTime()) continue;
    const a = answered.get(s.agencyCode) ?? { answered: 0, late: 0 };
    a.answered++;
    if (s.late) a.late++;
    answered.set(s.agencyCode, a);
  }
  const baseRate = train.filter((s) => s.late).length / train.length;
  const vector = (s: RiskSnapshot) => {
    const a = answered.get(s.agencyCode) ?? { answered: 0, late: 0 };
    return riskFeatures(
      {
        kind: s.kind,
        agencyBacklog: s.agencyBacklog,
        agencyAnswered: a.answered,
        agencyLate: a.late,
        hoursLeft: s.hoursLeft,
        hoursAllowed: s.hoursAllowed,
      },
      baseRate,
    );
  };
  const model = trainLogistic(
    train.map(vector),
    train.map((s) => (s.late ? 1 : 0)),
  );
  const scored = test.map((s) => ({ p: predictLogistic(model, vector(s)), y: (s.late ? 1 : 0) as 0 | 1 }));
  const flat = scored.map((r) => ({ p: baseRate, y: r.y }));
  const calibration = calibrationTable(scored);
  return {
    trainSnapshots: train.length,
    testSnapshots: test.length,
    cutoff,
    baseRate,
    brierModel: brierScore(scored),
    brierBaseRate: brierScore(flat),
    eceModel: expectedCalibrationError(calibration),
    eceBaseRate: expectedCalibrationError(calibrationTable(flat)),
    calibration,
  };
}

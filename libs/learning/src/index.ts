export * from './model/case-features';
export * from './model/naive-bayes';
export * from './model/logistic-regression';
export * from './model/risk-features';
export * from './model/metrics';
export * from './evaluation/synthetic-history';
export * from './evaluation/evaluate';

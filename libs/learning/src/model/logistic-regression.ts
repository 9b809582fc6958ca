/**
 * Binary logistic regression over a handful of dense features, trained by full-batch gradient descent with an L2
 * penalty: the deadline-risk model has about ten features, so this is a few milliseconds for thousands of examples.
 */
export interface LogisticState {
  weights: number[];
  bias: number;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function trainLogistic(
  xs: readonly number[][],
  ys: readonly (0 | 1)[],
  { epochs = 400, learningRate = 0.5, l2 = 1e-3 }: { epochs?: number; learningRate?: number; l2?: number } = {},
): LogisticState {
  const dims = xs[0]?.length ?? 0;
  const weights = new Array<number>(dims).fill(0);
  const positives = ys.reduce<number>((sum, y) => sum + y, 0);
  // Start from the base rate, so an empty or one-sided history predicts it rather than one half.
  const rate = Math.min(0.99, Math.max(0.01, (positives + 0.5) / (ys.length + 1)));
  let bias = Math.log(rate / (1 - rate));
  const n = xs.length;
  for (let epoch = 0; epoch < epochs && n > 0; epoch++) {
    const grad = new Array<number>(dims).fill(0);
    let gradBias = 0;
    for (let i = 0; i < n; i++) {
      const error = sigmoid(dot(weights, xs[i]) + bias) - ys[i];
      for (let d = 0; d < dims; d++) grad[d] += error * xs[i][d];
      gradBias += error;
    }
    for (let d = 0; d < dims; d++) weights[d] -= learningRate * (grad[d] / n + l2 * weights[d]);
    bias -= learningRate * (gradBias / n);
  }
  return { weights, bias };
}

export function predictLogistic(state: LogisticState, x: readonly number[]): number {
  return sigmoid(dot(state.weights, x) + state.bias);
}

function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

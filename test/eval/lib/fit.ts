/** Options of the logistic-regression fit. */
export interface FitOptions {
  epochs: number;
  /** Weights that stay as given (by feature index); the others are learned. */
  fixed?: ReadonlyMap<number, number>;
  rate: number;
  l2: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Fits weights and a bias by batch gradient descent on the log loss with L2 regularisation. */
export function fitLogistic(xs: number[][], ys: number[], options: FitOptions): { weights: number[]; bias: number } {
  const d = xs[0].length;
  const weights = Array.from({ length: d }, (_, i) => options.fixed?.get(i) ?? 0);
  let bias = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const grad = new Array<number>(d).fill(0);
    let gradBias = 0;
    for (let n = 0; n < xs.length; n++) {
      const x = xs[n];
      let z = bias;
      for (let i = 0; i < d; i++) z += weights[i] * x[i];
      const err = sigmoid(z) - ys[n];
      for (let i = 0; i < d; i++) grad[i] += err * x[i];
      gradBias += err;
    }
    for (let i = 0; i < d; i++) if (!options.fixed?.has(i)) weights[i] -= options.rate * (grad[i] / xs.length + options.l2 * weights[i]);
    bias -= (options.rate * gradBias) / xs.length;
  }
  return { weights, bias };
}

/**
 * The score threshold that maximises F-beta (beta < 1 favours precision, > 1 recall), with its figures.
 * With a tolerance, the highest threshold whose F-beta is within it of the best: on a flat curve, the most precise.
 */
export function bestThreshold(scores: number[], ys: number[], beta: number, tolerance = 0): { threshold: number; precision: number; recall: number; f: number } {
  const candidates = [...new Set(scores.map((s) => Math.round(s * 100) / 100))].sort((a, b) => a - b);
  const positives = ys.reduce((a, b) => a + b, 0);
  const rows = candidates.map((threshold) => {
    let tp = 0, fp = 0;
    scores.forEach((s, n) => { if (s >= threshold - 1e-9) { if (ys[n]) tp++; else fp++; } });
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = positives ? tp / positives : 0;
    const b2 = beta * beta;
    const f = precision + recall ? ((1 + b2) * precision * recall) / (b2 * precision + recall) : 0;
    return { threshold, precision, recall, f };
  });
  const top = Math.max(...rows.map((r) => r.f));
  return rows.filter((r) => r.f >= top - tolerance - 1e-12).pop() ?? { threshold: 0, precision: 0, recall: 0, f: 0 };
}

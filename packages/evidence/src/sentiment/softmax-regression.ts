/**
 * Multinomial logistic regression (softmax) over sparse binary features, trained by stochastic
 * gradient descent with L2 regularisation: small enough to train in the browser on first use.
 */
export interface SoftmaxRegression<C extends string> {
  classes: readonly C[];
  /** Weights per feature, one per class. */
  weights: Map<string, Float64Array>;
  bias: Float64Array;
}

/** Training settings (defaults chosen by cross-validation on the training comments). */
export interface SoftmaxOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
}

function scores<C extends string>(model: SoftmaxRegression<C>, features: readonly string[]): Float64Array {
  const out = Float64Array.from(model.bias);
  for (const feature of new Set(features)) {
    const w = model.weights.get(feature);
    if (w) for (let k = 0; k < out.length; k++) out[k]! += w[k]!;
  }
  const top = Math.max(...out);
  let sum = 0;
  for (let k = 0; k < out.length; k++) sum += out[k] = Math.exp(out[k]! - top);
  for (let k = 0; k < out.length; k++) out[k]! /= sum;
  return out;
}

/**
 * Train on labelled bags of features, visiting the examples in a fixed order that changes by epoch
 * (deterministic: the same data gives the same model).
 *
 * @example
 * const model = trainSoftmax(["positive", "negative"], [[["great"], "positive"], [["cold"], "negative"]]);
 */
export function trainSoftmax<C extends string>(
  classes: readonly C[],
  examples: readonly (readonly [readonly string[], C])[],
  { epochs = 12, rate = 0.2, l2 = 1e-4 }: SoftmaxOptions = {},
): SoftmaxRegression<C> {
  const model: SoftmaxRegression<C> = { classes, weights: new Map(), bias: new Float64Array(classes.length) };
  const index = new Map(classes.map((c, k) => [c, k]));
  const bags = examples.map(([features, label]) => [[...new Set(features)], index.get(label)!] as const);
  for (const [features] of bags)
    for (const f of features)
      if (!model.weights.has(f)) model.weights.set(f, new Float64Array(classes.length));
  for (let epoch = 0; epoch < epochs; epoch++) {
    const step = rate / (1 + epoch);
    // A stride walk: every example once per epoch, in an order that differs from epoch to epoch.
    const stride = [1, 7, 13, 17, 19, 23, 29, 31][epoch % 8]!;
    const n = bags.length;
    for (let j = 0; j < n; j++) {
      const [features, label] = bags[(j * stride + epoch) % n]!;
      const p = scores(model, features);
      for (let k = 0; k < classes.length; k++) {
        const gradient = p[k]! - (k === label ? 1 : 0);
        model.bias[k]! -= step * gradient;
        for (const f of features) {
          const w = model.weights.get(f)!;
          w[k]! -= step * (gradient + l2 * w[k]!);
        }
      }
    }
  }
  return model;
}

/**
 * Each class's probability for a bag of features (features never seen in training are ignored).
 *
 * @example
 * classifySoftmax(model, ["cold", "late"]); // { positive: 0.1, negative: 0.9 }
 */
export function classifySoftmax<C extends string>(
  model: SoftmaxRegression<C>,
  features: readonly string[],
): Record<C, number> {
  const p = scores(model, features);
  return Object.fromEntries(model.classes.map((c, k) => [c, p[k]!])) as Record<C, number>;
}

/** Fewest answers for a stage or touchpoint metric, a measured emotion or a theme-based pain point. */
export const MIN_ANSWERS = 5;

// @journeykit/evidence: data-driven empathy. What customers actually said, turned into what a journey
// map holds. Pure: no DOM, no React. Every export is listed by name.
export { type SentimentScore, scoreSentiment, sentimentMetric } from "./sentiment/score-sentiment.js";

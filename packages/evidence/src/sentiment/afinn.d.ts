// The `sentiment` package's English language module (CommonJS): its AFINN-165 word scores.
declare module "sentiment/languages/en/index.js" {
  const english: { labels: Record<string, number> };
  export default english;
}

import Sentiment from "sentiment";
import { it } from "vitest";
import { detectLanguage } from "../src/sentiment/detect-language";
import { scoreSentiment } from "../src/sentiment/score-sentiment";
import { CORPUS_LANGUAGES, evaluate, type Label, labelledComments } from "../test/corpus/labelled-corpus";

// Accuracy of the sentiment scorer on the labelled corpora's test half (never tuned on), beside the
// AFINN-165 lexicon alone (what journeykit used before: the sign of its sum) and the majority class.
// JK_SENTIMENT_SPLIT=tune shows the tuning half instead, with every miss (for whoever tunes the rules).
const split = process.env.JK_SENTIMENT_SPLIT === "tune" ? "tune" : "test";
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

it(`sentiment accuracy on the ${split} half of the labelled corpora`, () => {
  const afinn = new Sentiment();
  const lines: string[] = [`sentiment bench: ${split} half of test/corpus/sentiment-{en,es,de}.jsonl`];
  for (const language of CORPUS_LANGUAGES) {
    const comments = labelledComments(language, split);
    const ours = evaluate(comments, (text) => scoreSentiment(text, language).label);
    const baseline = evaluate(comments, (text) => {
      const score = afinn.analyze(text).score;
      return (score > 0 ? "positive" : score < 0 ? "negative" : "neutral") as Label;
    });
    const counts = new Map<Label, number>();
    for (const c of comments) counts.set(c.label, (counts.get(c.label) ?? 0) + 1);
    const [majority, most] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const detected = comments.filter((c) => detectLanguage(c.text, "xx") === language).length;
    lines.push(
      `${language}: n=${comments.length}  journeykit ${pct(ours.accuracy)}  AFINN-165 alone ${pct(baseline.accuracy)}  always "${majority}" ${pct(most / comments.length)}  language detected ${detected}/${comments.length}`,
      `    ${ours.perClass.map((c) => `${c.label}: precision ${pct(c.precision)} recall ${pct(c.recall)}`).join("  ")}`,
    );
    if (split === "tune" && process.env.JK_SENTIMENT_MISSES)
      for (const miss of ours.misses) {
        const s = scoreSentiment(miss.comment.text, language);
        lines.push(
          `    MISS ${miss.comment.label} as ${miss.predicted} (${s.sentimentValue}) [${miss.comment.kind}] ${miss.comment.text}  +${s.positive.join(",")} -${s.negative.join(",")}`,
        );
      }
  }
  // Speed: every comment of all three corpora, scored 20 times over, beside AFINN-165 alone.
  const texts = CORPUS_LANGUAGES.flatMap((language) =>
    (["tune", "test"] as const).flatMap((part) => labelledComments(language, part).map((c) => c.text)),
  );
  const time = (score: (text: string) => unknown) => {
    const start = performance.now();
    for (let round = 0; round < 20; round++) for (const text of texts) score(text);
    return ((performance.now() - start) * 1000) / (20 * texts.length);
  };
  time((text) => scoreSentiment(text));
  const ours = time((text) => scoreSentiment(text));
  const baseline = time((text) => afinn.analyze(text));
  lines.push(
    `speed: ${ours.toFixed(1)} µs per comment (AFINN-165 alone ${baseline.toFixed(1)} µs, ${(ours / baseline).toFixed(1)}x) over ${texts.length} comments`,
  );
  console.log(lines.join("\n"));
});

/** A small seeded generator, so every run writes the same survey. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** Per stage of the restaurant template: the answers' ranges and what people wrote. */
export const STAGES: { name: string; nps: [number, number]; csat: [number, number]; comments: string[] }[] = [
  {
    name: "Arrive and order",
    nps: [7, 10],
    csat: [4, 5],
    comments: [
      "Friendly welcome and a lovely table by the window",
      "Ordering was quick and the staff were great",
    ],
  },
  {
    name: "Wait for the main",
    nps: [5, 9],
    csat: [3, 4],
    comments: ["The wait for the main course was a bit long", "Bread came quickly, the wait was okay"],
  },
  {
    name: "The dish arrives cold",
    nps: [8, 10],
    csat: [4, 5],
    comments: [
      "Everything was hot and delicious, the chef is brilliant",
      "Wonderful food, perfectly cooked and beautiful plates",
    ],
  },
  {
    name: "Complaint and recovery",
    nps: [6, 10],
    csat: [3, 5],
    comments: ["The manager was kind and helpful when we asked", "They listened and fixed it, good service"],
  },
  {
    name: "Pay and leave",
    nps: [0, 4],
    csat: [1, 2],
    comments: [
      "Terrible: the card machine was broken and we waited ages for the bill",
      "Awful slow bill, the card machine failed twice, so frustrating",
      "Horrible wait to pay, nobody came, angry and disappointed. Mail me at jo@example.com",
    ],
  },
  {
    name: "Review and return",
    nps: [8, 10],
    csat: [4, 5],
    comments: ["We love this place and will happily come back", "Great evening, we recommend it to friends"],
  },
];

/** The restaurant template's touchpoints per stage, for a survey that names the touchpoint too. */
const TOUCHPOINTS: Record<string, readonly string[]> = {
  "Arrive and order": ["Host stand", "Waiter"],
  "Wait for the main": ["Dining room"],
  "The dish arrives cold": ["Runner"],
  "Complaint and recovery": ["Waiter", "Manager"],
  "Pay and leave": ["Bill"],
  "Review and return": ["Review site", "Thank-you email"],
};

/**
 * A SurveyMonkey export: two header rows (questions, then Response / Open-Ended Response), `rows`
 * answers; with `touchpoints`, a last question names the touchpoint of the stage the answer is about.
 */
export function surveyMonkeyCsv(rows: number, options: { touchpoints?: boolean } = {}): string {
  const next = random(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const between = ([low, high]: [number, number]) => low + Math.floor(next() * (high - low + 1));
  const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;
  const lines = [
    [
      "Respondent ID",
      "Collector ID",
      "Start Date",
      "End Date",
      "IP Address",
      "How likely is it that you would recommend us to a friend or colleague?",
      "Overall, how satisfied were you with your visit?",
      "Which part of your visit is this feedback about?",
      "Is there anything else you would like to tell us?",
      ...(options.touchpoints ? ["Which touchpoint was it?"] : []),
    ].map(quote),
    [
      ...["", "", "", "", "", "Response", "Response", "Response", "Open-Ended Response"],
      ...(options.touchpoints ? ["Response"] : []),
    ].map(quote),
  ];
  for (let i = 0; i < rows; i++) {
    const stage = pick(STAGES);
    const day = String(1 + (i % 28)).padStart(2, "0");
    const month = i < rows / 2 ? "02" : "03";
    lines.push(
      [
        String(114_000_000 + i),
        "4421",
        `2026-${month}-${day}`,
        `2026-${month}-${day}`,
        `10.0.${i % 250}.${(i * 7) % 250}`,
        String(between(stage.nps)),
        String(between(stage.csat)),
        stage.name,
        next() < 0.8 ? pick(stage.comments) : "",
        ...(options.touchpoints ? [pick(TOUCHPOINTS[stage.name] ?? [""])] : []),
      ].map(quote),
    );
  }
  return `${lines.map((line) => line.join(",")).join("\r\n")}\r\n`;
}

// The words survey and help-desk exports write instead of numbers, in the seven languages clients use.
// The one home of every answer label: parseAnswer and the column reader look labels up here only.

/** What a labelled answer is about. `rating` is a help desk's two-point Good/Bad (thumbs) rating. */
export type LabelKind = "satisfaction" | "agreement" | "effort" | "likelihood" | "quality" | "rating";

/** The languages whose labels are known. */
export type LabelLanguage = "en" | "es" | "de" | "fr" | "pt" | "it" | "nl";

/** Labels of one side of a scale, negative then positive. */
type Sides = readonly [negative: readonly string[], positive: readonly string[]];

/**
 * The labels of a two-sided scale by degree: `extreme` ("very satisfied"), `plain` ("satisfied"), `mild`
 * ("somewhat satisfied"), and the middle. A column using both plain and mild labels on one side is a
 * 7-point scale, any other a 5-point one (see `labelLevel`).
 */
interface LabelSet {
  extreme: Sides;
  plain: Sides;
  mild?: Sides;
  neutral?: readonly string[];
}

type ScaleKind = Exclude<LabelKind, "rating">;

// "satisfecho/a" stands for "satisfecho" and "satisfecha", "satisfait(e)" for "satisfait" and "satisfaite".
const LABELS: Record<LabelLanguage, Record<ScaleKind, LabelSet>> = {
  en: {
    satisfaction: {
      extreme: [
        ["very dissatisfied", "extremely dissatisfied", "completely dissatisfied", "very unsatisfied"],
        ["very satisfied", "extremely satisfied", "completely satisfied"],
      ],
      plain: [["dissatisfied", "unsatisfied", "not satisfied"], ["satisfied"]],
      mild: [
        ["somewhat dissatisfied", "slightly dissatisfied"],
        ["somewhat satisfied", "slightly satisfied"],
      ],
      neutral: ["neither satisfied nor dissatisfied", "neither satisfied or dissatisfied", "neutral"],
    },
    agreement: {
      extreme: [
        ["strongly disagree", "completely disagree", "totally disagree"],
        ["strongly agree", "completely agree", "totally agree"],
      ],
      plain: [["disagree"], ["agree"]],
      mild: [
        ["somewhat disagree", "slightly disagree", "tend to disagree"],
        ["somewhat agree", "slightly agree", "tend to agree"],
      ],
      neutral: ["neither agree nor disagree", "neither agree or disagree", "neutral"],
    },
    effort: {
      extreme: [
        ["very difficult", "extremely difficult", "very hard", "very high effort"],
        ["very easy", "extremely easy", "very low effort"],
      ],
      plain: [
        ["difficult", "hard", "high effort"],
        ["easy", "low effort"],
      ],
      mild: [
        ["somewhat difficult", "slightly difficult"],
        ["somewhat easy", "slightly easy"],
      ],
      neutral: ["neither easy nor difficult", "neither easy nor hard", "neutral"],
    },
    // SurveyMonkey's "Extremely / Very / Somewhat / Not so / Not at all likely": "somewhat likely" is the middle.
    likelihood: {
      extreme: [
        ["not at all likely", "very unlikely", "extremely unlikely"],
        ["extremely likely", "definitely"],
      ],
      plain: [
        ["not very likely", "not so likely", "unlikely", "somewhat unlikely", "probably not"],
        ["very likely", "likely", "probably"],
      ],
      neutral: ["somewhat likely", "neither likely nor unlikely", "not sure", "maybe"],
    },
    // "Excellent / Very good / Good / Fair / Poor": "good" is the middle of a quality scale.
    quality: {
      extreme: [
        ["poor", "very poor", "very bad", "terrible"],
        ["excellent", "outstanding"],
      ],
      plain: [["fair", "below average"], ["very good"]],
      neutral: ["good", "average"],
    },
  },
  es: {
    satisfaction: {
      extreme: [
        ["muy insatisfecho/a", "nada satisfecho/a", "totalmente insatisfecho/a"],
        ["muy satisfecho/a", "totalmente satisfecho/a", "extremadamente satisfecho/a"],
      ],
      plain: [["insatisfecho/a", "no satisfecho/a"], ["satisfecho/a"]],
      mild: [
        ["algo insatisfecho/a", "poco satisfecho/a"],
        ["algo satisfecho/a", "bastante satisfecho/a"],
      ],
      neutral: ["ni satisfecho/a ni insatisfecho/a", "neutral", "neutro", "indiferente"],
    },
    agreement: {
      extreme: [
        ["totalmente en desacuerdo", "muy en desacuerdo", "completamente en desacuerdo"],
        ["totalmente de acuerdo", "muy de acuerdo", "completamente de acuerdo"],
      ],
      plain: [["en desacuerdo"], ["de acuerdo"]],
      mild: [
        ["algo en desacuerdo", "bastante en desacuerdo"],
        ["algo de acuerdo", "bastante de acuerdo"],
      ],
      neutral: ["ni de acuerdo ni en desacuerdo", "neutral", "indiferente"],
    },
    effort: {
      extreme: [
        ["muy dificil", "extremadamente dificil"],
        ["muy facil", "extremadamente facil"],
      ],
      plain: [["dificil"], ["facil"]],
      mild: [["algo dificil"], ["algo facil"]],
      neutral: ["ni facil ni dificil", "neutral"],
    },
    likelihood: {
      extreme: [
        ["nada probable", "muy improbable", "nada probable que lo recomiende"],
        ["extremadamente probable", "totalmente probable"],
      ],
      plain: [
        ["poco probable", "improbable"],
        ["muy probable", "probable"],
      ],
      neutral: ["algo probable", "ni probable ni improbable"],
    },
    quality: {
      extreme: [["mala", "malo", "muy mala", "muy malo", "pesima", "pesimo"], ["excelente"]],
      plain: [
        ["regular", "deficiente"],
        ["muy buena", "muy bueno"],
      ],
      neutral: ["buena", "bueno"],
    },
  },
  de: {
    satisfaction: {
      extreme: [
        ["sehr unzufrieden", "überhaupt nicht zufrieden", "gar nicht zufrieden", "äußerst unzufrieden"],
        ["sehr zufrieden", "äußerst zufrieden", "vollkommen zufrieden", "voll und ganz zufrieden"],
      ],
      plain: [["unzufrieden", "nicht zufrieden"], ["zufrieden"]],
      mild: [
        ["eher unzufrieden", "weniger zufrieden"],
        ["eher zufrieden", "einigermaßen zufrieden"],
      ],
      neutral: ["weder zufrieden noch unzufrieden", "teils teils", "teils/teils", "neutral", "weder noch"],
    },
    agreement: {
      extreme: [
        [
          "stimme überhaupt nicht zu",
          "stimme gar nicht zu",
          "trifft überhaupt nicht zu",
          "trifft gar nicht zu",
        ],
        [
          "stimme voll und ganz zu",
          "stimme voll zu",
          "stimme völlig zu",
          "trifft voll und ganz zu",
          "trifft voll zu",
        ],
      ],
      plain: [
        ["stimme nicht zu", "trifft nicht zu"],
        ["stimme zu", "trifft zu"],
      ],
      mild: [
        ["stimme eher nicht zu", "trifft eher nicht zu"],
        ["stimme eher zu", "trifft eher zu"],
      ],
      neutral: ["weder noch", "teils teils", "teils/teils", "neutral", "stimme weder zu noch nicht zu"],
    },
    effort: {
      extreme: [
        ["sehr schwierig", "sehr schwer", "äußerst schwierig"],
        ["sehr einfach", "sehr leicht", "äußerst einfach"],
      ],
      plain: [
        ["schwierig", "schwer"],
        ["einfach", "leicht"],
      ],
      mild: [
        ["eher schwierig", "eher schwer"],
        ["eher einfach", "eher leicht"],
      ],
      neutral: ["weder einfach noch schwierig", "weder leicht noch schwer", "neutral"],
    },
    likelihood: {
      extreme: [
        ["sehr unwahrscheinlich", "überhaupt nicht wahrscheinlich", "äußerst unwahrscheinlich"],
        ["äußerst wahrscheinlich", "extrem wahrscheinlich", "auf jeden fall"],
      ],
      plain: [
        ["unwahrscheinlich", "eher unwahrscheinlich", "wenig wahrscheinlich"],
        ["sehr wahrscheinlich", "wahrscheinlich"],
      ],
      neutral: ["eher wahrscheinlich", "weder wahrscheinlich noch unwahrscheinlich", "vielleicht"],
    },
    quality: {
      extreme: [
        ["schlecht", "sehr schlecht", "mangelhaft", "ungenügend"],
        ["ausgezeichnet", "hervorragend", "exzellent"],
      ],
      plain: [["befriedigend", "ausreichend", "mittelmäßig"], ["sehr gut"]],
      neutral: ["gut"],
    },
  },
  fr: {
    satisfaction: {
      extreme: [
        ["très insatisfait(e)", "pas du tout satisfait(e)", "très mécontent(e)"],
        ["très satisfait(e)", "tout à fait satisfait(e)", "extrêmement satisfait(e)"],
      ],
      plain: [
        ["insatisfait(e)", "mécontent(e)", "pas satisfait(e)"],
        ["satisfait(e)", "content(e)"],
      ],
      mild: [
        ["plutôt insatisfait(e)", "peu satisfait(e)", "plutôt mécontent(e)"],
        ["plutôt satisfait(e)", "assez satisfait(e)"],
      ],
      neutral: ["ni satisfait(e) ni insatisfait(e)", "neutre"],
    },
    agreement: {
      extreme: [
        ["pas du tout d'accord", "fortement en désaccord", "tout à fait en désaccord"],
        ["tout à fait d'accord", "fortement d'accord", "entièrement d'accord"],
      ],
      plain: [["pas d'accord", "en désaccord"], ["d'accord"]],
      mild: [
        ["plutôt pas d'accord", "plutôt en désaccord"],
        ["plutôt d'accord", "assez d'accord"],
      ],
      neutral: ["ni d'accord ni pas d'accord", "ni d'accord ni en désaccord", "neutre"],
    },
    effort: {
      extreme: [
        ["très difficile", "extrêmement difficile"],
        ["très facile", "extrêmement facile"],
      ],
      plain: [["difficile"], ["facile"]],
      mild: [
        ["plutôt difficile", "assez difficile"],
        ["plutôt facile", "assez facile"],
      ],
      neutral: ["ni facile ni difficile", "neutre"],
    },
    likelihood: {
      extreme: [
        ["pas du tout probable", "très improbable", "très peu probable"],
        ["extrêmement probable", "certainement"],
      ],
      plain: [
        ["peu probable", "improbable", "pas très probable"],
        ["très probable", "probable"],
      ],
      neutral: ["assez probable", "plutôt probable", "ni probable ni improbable"],
    },
    quality: {
      extreme: [
        ["mauvais", "mauvaise", "médiocre", "très mauvais", "très mauvaise"],
        ["excellent", "excellente"],
      ],
      plain: [
        ["moyen", "moyenne", "passable", "correct", "correcte"],
        ["très bien", "très bon", "très bonne"],
      ],
      neutral: ["bien", "bon", "bonne"],
    },
  },
  pt: {
    satisfaction: {
      extreme: [
        ["muito insatisfeito/a", "nada satisfeito/a", "totalmente insatisfeito/a"],
        ["muito satisfeito/a", "totalmente satisfeito/a", "extremamente satisfeito/a"],
      ],
      plain: [["insatisfeito/a", "não satisfeito/a"], ["satisfeito/a"]],
      mild: [
        ["pouco satisfeito/a", "um pouco insatisfeito/a", "parcialmente insatisfeito/a"],
        ["parcialmente satisfeito/a", "razoavelmente satisfeito/a"],
      ],
      neutral: ["nem satisfeito/a nem insatisfeito/a", "neutro", "indiferente"],
    },
    agreement: {
      extreme: [
        ["discordo totalmente", "discordo completamente", "discordo plenamente"],
        ["concordo totalmente", "concordo completamente", "concordo plenamente"],
      ],
      plain: [["discordo"], ["concordo"]],
      mild: [["discordo parcialmente"], ["concordo parcialmente"]],
      neutral: ["não concordo nem discordo", "nem concordo nem discordo", "neutro", "indiferente"],
    },
    effort: {
      extreme: [
        ["muito difícil", "extremamente difícil"],
        ["muito fácil", "extremamente fácil"],
      ],
      plain: [["difícil"], ["fácil"]],
      mild: [["um pouco difícil", "relativamente difícil"], ["relativamente fácil"]],
      neutral: ["nem fácil nem difícil", "neutro"],
    },
    likelihood: {
      extreme: [
        ["nada provável", "muito improvável", "extremamente improvável"],
        ["extremamente provável", "com certeza"],
      ],
      plain: [
        ["pouco provável", "improvável"],
        ["muito provável", "provável"],
      ],
      neutral: ["razoavelmente provável", "nem provável nem improvável", "talvez"],
    },
    quality: {
      extreme: [
        ["ruim", "mau", "má", "péssimo", "péssima", "muito ruim"],
        ["excelente", "ótimo", "ótima"],
      ],
      plain: [
        ["regular", "razoável"],
        ["muito bom", "muito boa"],
      ],
      neutral: ["bom", "boa"],
    },
  },
  it: {
    satisfaction: {
      extreme: [
        ["molto insoddisfatto/a", "per niente soddisfatto/a", "per nulla soddisfatto/a"],
        ["molto soddisfatto/a", "del tutto soddisfatto/a", "estremamente soddisfatto/a"],
      ],
      plain: [
        ["insoddisfatto/a", "non soddisfatto/a"],
        ["soddisfatto/a", "abbastanza soddisfatto/a"],
      ],
      mild: [["poco soddisfatto/a", "parzialmente insoddisfatto/a"], ["parzialmente soddisfatto/a"]],
      neutral: ["né soddisfatto/a né insoddisfatto/a", "neutrale", "indifferente"],
    },
    agreement: {
      extreme: [
        [
          "fortemente in disaccordo",
          "completamente in disaccordo",
          "per niente d'accordo",
          "per nulla d'accordo",
        ],
        ["fortemente d'accordo", "completamente d'accordo", "molto d'accordo", "pienamente d'accordo"],
      ],
      plain: [
        ["in disaccordo", "non d'accordo"],
        ["d'accordo", "abbastanza d'accordo"],
      ],
      mild: [["poco d'accordo", "parzialmente in disaccordo"], ["parzialmente d'accordo"]],
      neutral: ["né d'accordo né in disaccordo", "neutrale", "indifferente"],
    },
    effort: {
      extreme: [
        ["molto difficile", "estremamente difficile"],
        ["molto facile", "estremamente facile"],
      ],
      plain: [["difficile"], ["facile"]],
      mild: [
        ["abbastanza difficile", "piuttosto difficile"],
        ["abbastanza facile", "piuttosto facile"],
      ],
      neutral: ["né facile né difficile", "neutrale"],
    },
    likelihood: {
      extreme: [
        ["per niente probabile", "molto improbabile", "per nulla probabile"],
        ["estremamente probabile", "sicuramente"],
      ],
      plain: [
        ["poco probabile", "improbabile"],
        ["molto probabile", "probabile"],
      ],
      neutral: ["abbastanza probabile", "né probabile né improbabile", "forse"],
    },
    quality: {
      extreme: [
        ["scarso", "scarsa", "pessimo", "pessima", "molto scarso", "cattivo"],
        ["eccellente", "ottimo", "ottima"],
      ],
      plain: [
        ["sufficiente", "mediocre", "discreto", "discreta"],
        ["molto buono", "molto buona"],
      ],
      neutral: ["buono", "buona"],
    },
  },
  nl: {
    satisfaction: {
      extreme: [
        ["zeer ontevreden", "heel ontevreden", "helemaal niet tevreden", "uiterst ontevreden"],
        ["zeer tevreden", "heel tevreden", "uiterst tevreden", "helemaal tevreden"],
      ],
      plain: [["ontevreden", "niet tevreden"], ["tevreden"]],
      mild: [
        ["enigszins ontevreden", "een beetje ontevreden"],
        ["enigszins tevreden", "redelijk tevreden"],
      ],
      neutral: ["niet tevreden, niet ontevreden", "tevreden noch ontevreden", "neutraal"],
    },
    agreement: {
      extreme: [
        ["helemaal mee oneens", "zeer mee oneens", "helemaal niet mee eens"],
        ["helemaal mee eens", "zeer mee eens", "volledig mee eens"],
      ],
      plain: [
        ["mee oneens", "oneens", "niet mee eens"],
        ["mee eens", "eens"],
      ],
      mild: [["enigszins mee oneens"], ["enigszins mee eens"]],
      neutral: ["niet mee eens, niet mee oneens", "noch eens, noch oneens", "neutraal"],
    },
    effort: {
      extreme: [
        ["zeer moeilijk", "heel moeilijk"],
        ["zeer makkelijk", "heel makkelijk", "zeer gemakkelijk", "zeer eenvoudig", "heel eenvoudig"],
      ],
      plain: [
        ["moeilijk", "lastig"],
        ["makkelijk", "gemakkelijk", "eenvoudig"],
      ],
      mild: [["enigszins moeilijk"], ["enigszins makkelijk", "enigszins gemakkelijk"]],
      neutral: ["niet makkelijk, niet moeilijk", "neutraal"],
    },
    likelihood: {
      extreme: [
        ["helemaal niet waarschijnlijk", "zeer onwaarschijnlijk", "heel onwaarschijnlijk"],
        ["uiterst waarschijnlijk", "zeker wel"],
      ],
      plain: [
        ["onwaarschijnlijk", "niet waarschijnlijk", "niet erg waarschijnlijk"],
        ["zeer waarschijnlijk", "waarschijnlijk"],
      ],
      neutral: ["enigszins waarschijnlijk", "misschien"],
    },
    quality: {
      extreme: [
        ["slecht", "zeer slecht", "heel slecht"],
        ["uitstekend", "uitmuntend"],
      ],
      plain: [
        ["matig", "redelijk", "voldoende"],
        ["zeer goed", "heel goed"],
      ],
      neutral: ["goed"],
    },
  },
};

/**
 * A help desk's two-point rating (Zendesk, Freshdesk, Help Scout, Intercom): good is satisfied. The
 * `none` words mean the survey was sent ("offered") or not ("unoffered") but never answered.
 */
const RATINGS = {
  good: [
    "good",
    "good, i'm satisfied",
    "good, i am satisfied",
    "satisfied",
    "great",
    "👍",
    "thumbs up",
    "thumbs-up",
    "thumbsup",
    "positive",
    "bueno",
    "bien",
    "gut",
    "bon",
    "bom",
    "positivo",
    "goed",
  ],
  bad: [
    "bad",
    "bad, i'm unsatisfied",
    "bad, i am unsatisfied",
    "unsatisfied",
    "👎",
    "thumbs down",
    "thumbs-down",
    "thumbsdown",
    "negative",
    "malo",
    "mal",
    "schlecht",
    "mauvais",
    "ruim",
    "negativo",
    "slecht",
  ],
  none: ["offered", "unoffered", "not offered", "rating offered", "not rated", "no rating"],
} as const;

/** One reading of a label: its kind, its side (−1, 0, +1) and degree. */
export interface LabelReading {
  kind: LabelKind;
  sign: -1 | 0 | 1;
  degree: "extreme" | "plain" | "mild" | "neutral" | "binary";
  language?: LabelLanguage;
}

/**
 * A label as looked up: accents, case, punctuation and emoji skin tones ignored ("Muy  Satisfecho!",
 * "muy satisfecho" and "MUY SATISFECHO" are one label; "Good, I'm satisfied" is "good i m satisfied").
 *
 * @example
 * foldLabel("Très satisfait !"); // "tres satisfait"
 */
export function foldLabel(cell: string): string {
  return cell
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[\u{1F3FB}-\u{1F3FF}\uFE0F]/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^\p{L}\p{N}\p{Extended_Pictographic}]+/gu, " ")
    .trim();
}

/** "satisfecho/a" → satisfecho, satisfecha; "satisfait(e)" → satisfait, satisfaite. */
function spellings(label: string): string[] {
  const slash = /(\p{L}+)o\/a\b/u.exec(label);
  if (slash) {
    const [whole, stem] = slash;
    return [`${stem}o`, `${stem}a`].flatMap((w) => spellings(label.replace(whole, w)));
  }
  const paren = /(\p{L}+)\((\p{L}+)\)/u.exec(label);
  if (paren) {
    const [whole, stem, ending] = paren;
    return [stem!, `${stem}${ending}`].flatMap((w) => spellings(label.replace(whole, w)));
  }
  return [label];
}

/** Every folded label with its readings (one label can belong to several kinds: "neutral", "good"). */
const READINGS: ReadonlyMap<string, readonly LabelReading[]> = (() => {
  const readings = new Map<string, LabelReading[]>();
  const add = (label: string, reading: LabelReading) => {
    for (const spelling of spellings(label)) {
      const key = foldLabel(spelling);
      const list = readings.get(key) ?? [];
      if (
        !list.some((r) => r.kind === reading.kind && r.sign === reading.sign && r.degree === reading.degree)
      )
        list.push(reading);
      readings.set(key, list);
    }
  };
  for (const [language, kinds] of Object.entries(LABELS) as [LabelLanguage, Record<ScaleKind, LabelSet>][])
    for (const [kind, set] of Object.entries(kinds) as [ScaleKind, LabelSet][]) {
      for (const degree of ["extreme", "plain", "mild"] as const) {
        const sides = set[degree];
        if (!sides) continue;
        for (const label of sides[0]) add(label, { kind, sign: -1, degree, language });
        for (const label of sides[1]) add(label, { kind, sign: 1, degree, language });
      }
      for (const label of set.neutral ?? []) add(label, { kind, sign: 0, degree: "neutral", language });
    }
  for (const label of RATINGS.good) add(label, { kind: "rating", sign: 1, degree: "binary" });
  for (const label of RATINGS.bad) add(label, { kind: "rating", sign: -1, degree: "binary" });
  return readings;
})();

const NO_RATING = new Set<string>(RATINGS.none);

/** Kinds in the order a tie between them is decided (a help desk's Good/Bad first: fewest levels). */
const KIND_ORDER: readonly LabelKind[] = [
  "rating",
  "satisfaction",
  "agreement",
  "effort",
  "likelihood",
  "quality",
];

/**
 * The readings of a labelled answer, or an empty list for a cell that is no known label.
 *
 * @example
 * labelReadings("Muy satisfecho")[0]; // { kind: "satisfaction", sign: 1, degree: "extreme", language: "es" }
 */
export function labelReadings(cell: string): readonly LabelReading[] {
  return READINGS.get(foldLabel(cell)) ?? [];
}

/**
 * Whether a cell is a help desk's "no rating" ("Offered": the survey was sent and never answered;
 * "Unoffered": never sent).
 *
 * @example
 * isUnrated("Offered"); // true
 */
export function isUnrated(cell: string): boolean {
  // Asked of every cell of a table: a set lookup, no folding.
  return cell.length <= 24 && NO_RATING.has(cell.trim().toLowerCase());
}

/** The labelled scale of a column: what its answers are about and how many points it has. */
export interface LabelScale {
  kind: LabelKind;
  /** 2 (Good/Bad), 5, or 7 (plain and mild labels on one side: "agree" and "somewhat agree"). */
  points: 2 | 5 | 7;
}

/**
 * The labelled scale a column's answers imply: the kind that knows most of its distinct labels (a
 * tie goes to a help desk's Good/Bad, then satisfaction, agreement, effort, likelihood, quality), on 2
 * points for Good/Bad, 7 when one side holds both a plain and a mild label ("agree" and "somewhat
 * agree"), else 5. `undefined` when no cell is a known label.
 *
 * @example
 * labelScaleOf(["Good", "Bad", "Offered"]); // { kind: "rating", points: 2 }
 * labelScaleOf(["Muy satisfecho", "Insatisfecho"]); // { kind: "satisfaction", points: 5 }
 */
export function labelScaleOf(cells: readonly string[]): LabelScale | undefined {
  // Distinct short cells only: a comment column's sentences are never folded.
  const short = [...new Set(cells)].filter((c) => c.length <= 60);
  const distinct = [...new Set(short.map(foldLabel))].filter((c) => c !== "" && READINGS.has(c));
  if (distinct.length === 0) return undefined;
  const known = (kind: LabelKind) =>
    distinct.filter((c) => READINGS.get(c)!.some((r) => r.kind === kind)).length;
  const kind = KIND_ORDER.reduce((best, k) => (known(k) > known(best) ? k : best));
  if (kind === "rating") return { kind, points: 2 };
  const used = distinct.flatMap((c) => READINGS.get(c)!.filter((r) => r.kind === kind));
  const both = (sign: -1 | 1) =>
    used.some((r) => r.sign === sign && r.degree === "plain") &&
    used.some((r) => r.sign === sign && r.degree === "mild");
  return { kind, points: both(1) || both(-1) ? 7 : 5 };
}

/**
 * The level of a labelled answer on its scale, 1..points (low is bad: dissatisfied, disagree, difficult,
 * unlikely, poor). On 5 points: extreme ±2 around the middle 3, plain and mild ±1. On 7 points:
 * extreme ±3, plain ±2, mild ±1 around 4. On 2 points: bad 1, good 2. `undefined` when the cell is
 * not a label of that kind.
 *
 * @example
 * labelLevel("Muy insatisfecho", { kind: "satisfaction", points: 5 }); // 1
 * labelLevel("Somewhat agree", { kind: "agreement", points: 7 }); // 5
 */
export function labelLevel(cell: string, scale: LabelScale): number | undefined {
  const reading = labelReadings(cell).find((r) => r.kind === scale.kind);
  if (!reading) return undefined;
  if (scale.points === 2) return reading.sign > 0 ? 2 : 1;
  const step =
    scale.points === 7
      ? { extreme: 3, plain: 2, mild: 1, neutral: 0, binary: 1 }[reading.degree]
      : { extreme: 2, plain: 1, mild: 1, neutral: 0, binary: 1 }[reading.degree];
  return (scale.points + 1) / 2 + reading.sign * step;
}

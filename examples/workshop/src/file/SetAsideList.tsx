import { type RecordCollection, SET_ASIDE_KEY } from "@journeykit/core";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import type { WorkshopT } from "../i18n/workshop-catalogue";
import type { SetAsideSummary } from "./repair-report";

const KINDS = {
  personas: "repair.kind.personas",
  stages: "repair.kind.stages",
  lanes: "repair.kind.lanes",
  touchpoints: "repair.kind.touchpoints",
  cards: "repair.kind.cards",
  emotions: "repair.kind.emotions",
  momentsOfTruth: "repair.kind.momentsOfTruth",
  metrics: "repair.kind.metrics",
  sources: "repair.kind.sources",
  quotes: "repair.kind.quotes",
} as const satisfies Record<RecordCollection, string>;

/** What kind of record, in the app's language (a list core adds later shows as core names it). */
const kindOf = (collection: string, t: WorkshopT) =>
  collection in KINDS ? t(KINDS[collection as RecordCollection]) : collection;

/** The records that could not stay in place: how many, where they are kept, and the text in each. */
export function SetAsideList({ records }: { records: readonly SetAsideSummary[] }) {
  const { t } = useWorkshopText();
  return (
    <section className="ws-repair-set-aside" aria-label={t("repair.setAsideLabel")}>
      <p>{t("repair.setAside", { count: records.length, key: SET_ASIDE_KEY })}</p>
      <ul>
        {records.map((record, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: set-aside records have no id of their own here
          <li key={i}>
            <span className="ws-repair-kind">{kindOf(record.collection, t)}</span>
            {record.texts.length > 0 ? (
              record.texts.map((text, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the record's texts in field order
                <q key={j} className="ws-repair-text">
                  {text}
                </q>
              ))
            ) : (
              <span className="ws-repair-text">{t("repair.noText")}</span>
            )}
            {record.reason && <span className="ws-repair-reason">{record.reason}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

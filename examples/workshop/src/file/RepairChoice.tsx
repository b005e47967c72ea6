import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import type { RepairOffer } from "./repair-offer";

/** "Open and repair" or Cancel for a damaged map file; or, when no repair can save it, why not. */
export function RepairChoice({ offer, onCancel }: { offer: RepairOffer; onCancel: () => void }) {
  const { t } = useWorkshopText();
  if (!offer.possible)
    return (
      <p className="ws-repair-refused">{t("openError.cannotRepair", { reason: offer.reasons.join("; ") })}</p>
    );
  return (
    <div className="ws-repair-offer">
      <p>{t("openError.repairOffer")}</p>
      <div className="ws-repair-actions">
        <button type="button" className="ws-button ws-button-primary" onClick={offer.open}>
          {t("openError.repair")}
        </button>
        <button type="button" className="ws-button" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </div>
  );
}

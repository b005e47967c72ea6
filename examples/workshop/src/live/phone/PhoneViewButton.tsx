import { useWorkshopText } from "../../i18n/WorkshopTextProvider";

/** In the full map's top bar on a phone: back to the phone view. */
export function PhoneViewButton({ onClick }: { onClick: () => void }) {
  const { t } = useWorkshopText();
  return (
    <button type="button" className="ws-button" onClick={onClick}>
      {t("phone.phoneView")}
    </button>
  );
}

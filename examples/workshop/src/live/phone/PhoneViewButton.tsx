import { useWorkshopText } from "../../i18n/WorkshopTextProvider";
import "./phone.css";

/** Over the full map on a phone: back to the phone view, at the bottom where a thumb reaches it. */
export function PhoneViewButton({ onClick }: { onClick: () => void }) {
  const { t } = useWorkshopText();
  return (
    <button
      type="button"
      className="ws-button ws-button-primary ws-phone-touch ws-phone-switch"
      onClick={onClick}
    >
      {t("phone.phoneView")}
    </button>
  );
}

import { useEffect, useState } from "react";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import { exchangeJoinCode, joinedUrl } from "./join-code-link";
import { ownServerUrl } from "./served-by-server";

/**
 * A short link opened (`/j/<code>`, the QR code): asks the server for this browser's token, then goes
 * to the room (the live link in the hash; `hashchange` lets the app follow). Says why when it cannot.
 */
export function JoinLinkScreen({ code }: { code: string }) {
  const [problem, setProblem] = useState<string | null>(null);
  const { t } = useWorkshopText();
  useEffect(() => {
    let live = true;
    exchangeJoinCode(code).then(
      (answer) => {
        if (!live) return;
        window.history.replaceState(null, "", joinedUrl(answer, ownServerUrl()));
        window.dispatchEvent(new HashChangeEvent("hashchange"));
      },
      (error: unknown) => live && setProblem(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      live = false;
    };
  }, [code]);
  if (!problem) return <p className="ws-loading">{t("app.joiningLive")}</p>;
  return (
    <main className="ws-start">
      <div className="ws-alert ws-alert-error" role="alert">
        <strong>{t("live.couldNotJoin")}</strong> {problem}
      </div>
      <a className="ws-button" href="/#/">
        {t("common.backToAllMaps")}
      </a>
    </main>
  );
}

import { useEffect, useState } from "react";
import { exchangeJoinCode, joinedUrl } from "./join-code-link";
import { ownServerUrl } from "./served-by-server";

/**
 * A short link opened (`/j/<code>`, the QR code): asks the server for this browser's token, then goes
 * to the room (the live link in the hash; `hashchange` lets the app follow). Says why when it cannot.
 */
export function JoinLinkScreen({ code }: { code: string }) {
  const [problem, setProblem] = useState<string | null>(null);
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
  if (!problem) return <p className="ws-loading">Joining the live session…</p>;
  return (
    <main className="ws-start">
      <div className="ws-alert ws-alert-error" role="alert">
        <strong>Could not join the live session.</strong> {problem}
      </div>
      <a className="ws-button" href="/#/">
        Back to all maps
      </a>
    </main>
  );
}

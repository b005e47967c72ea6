import { useRef, useState } from "react";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";

/**
 * A link shown read-only with a Copy button. The clipboard API exists only in secure contexts (https,
 * localhost): elsewhere the link is selected, to copy with Ctrl+C / Cmd+C.
 */
export function CopyableLink({ url, label }: { url: string; label: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<"copied" | "selected" | null>(null);
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error("no clipboard here");
      await navigator.clipboard.writeText(url);
      setCopied("copied");
    } catch {
      input.current?.focus();
      input.current?.select();
      setCopied("selected");
    }
  };
  const { t } = useWorkshopText();
  return (
    <>
      <div className="ws-live-link-row">
        <input
          ref={input}
          className="ws-live-link"
          readOnly
          value={url}
          aria-label={label}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="ws-button" onClick={() => void copy()}>
          {copied === "copied" ? t("draft.copied") : t("live.copy")}
        </button>
      </div>
      {copied === "selected" && (
        <p className="ws-live-hint" role="status">
          {t("live.selected")}
        </p>
      )}
    </>
  );
}

import type { Issue } from "@journeykit/core";
import type { CSSProperties } from "react";
import type { EditorMessages } from "../i18n/editor-catalogue.js";
import { useResolvedText } from "../i18n/use-resolved-text.js";
import type { EditorTheme } from "../store/selection.js";
import { rootClassName, rootStyle } from "./JourneyMapProvider.js";

/**
 * What `<JourneyMapEditor>` shows in place of a map it cannot show: an alert with the first 20
 * issues, each with its path, in the editor's language (the issues' own messages are the
 * validator's, in English), never a blank crash.
 */
export function InvalidMapNotice({
  issues,
  theme,
  className,
  style,
  locale,
  messages,
}: {
  issues: readonly Issue[];
  /** Resolved: not `"system"`. */
  theme: EditorTheme | undefined;
  className: string | undefined;
  style: CSSProperties | undefined;
  locale: string | undefined;
  messages: Partial<EditorMessages> | undefined;
}) {
  const text = useResolvedText(locale, messages);
  return (
    <div
      className={rootClassName(theme, `jk-error-state${className ? ` ${className}` : ""}`)}
      style={rootStyle(theme, style)}
      lang={locale === undefined ? undefined : text?.language}
      role="alert"
    >
      {text && (
        <>
          <h2>{text.t("invalid.title")}</h2>
          <p>{text.t("invalid.intro")}</p>
          <ul>
            {issues.slice(0, 20).map((issue, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: issues can repeat; order is stable
              <li key={i}>
                <code>{issue.path || text.t("invalid.document")}</code> {issue.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

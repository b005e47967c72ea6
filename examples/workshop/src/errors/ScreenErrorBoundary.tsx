import { Component, type ErrorInfo, type ReactNode } from "react";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";

interface State {
  error: Error | null;
}

/**
 * Catches a screen that fails while rendering (a browser without an API the screen needs, a bug) and
 * shows what went wrong with a way back, instead of a blank page. Maps are autosaved in this browser,
 * so leaving the screen loses nothing that was saved. Give it a `key` that changes with the route, so
 * another screen starts clean.
 */
export class ScreenErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error("journeykit workshop: a screen failed", error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    return error ? <ScreenError error={error} /> : this.props.children;
  }
}

/** What a failed screen shows, in the app's language. */
function ScreenError({ error }: { error: Error }) {
  const { t } = useWorkshopText();
  return (
    <main className="ws-start">
      <div className="ws-alert ws-alert-error" role="alert">
        <strong>{t("screenError.heading")}</strong> {error.message}
        <p>{t("screenError.kept")}</p>
      </div>
      <p className="ws-field-row">
        <a className="ws-button ws-button-primary" href="#/">
          {t("common.backToAllMaps")}
        </a>
        <button type="button" className="ws-button" onClick={() => window.location.reload()}>
          {t("screenError.reload")}
        </button>
      </p>
    </main>
  );
}

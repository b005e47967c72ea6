import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from "react";
import { useLanguagePreference } from "./language-preference";
import {
  ENGLISH,
  englishText,
  type LoadedLanguage,
  loadLanguage,
  type WorkshopText,
  workshopText,
} from "./workshop-catalogue";

const WorkshopTextContext = createContext<WorkshopText>(englishText);

/**
 * The app's words in the person's language (`useLanguagePreference`). `initial` is the language
 * loaded before the first render (main.tsx awaits it), so the app never flashes English first; a
 * language switched to later shows once its chunk has arrived, the previous one until then.
 */
export function WorkshopTextProvider({
  initial = ENGLISH,
  children,
}: {
  initial?: LoadedLanguage;
  children: ReactNode;
}) {
  const wanted = useLanguagePreference();
  const [loaded, setLoaded] = useState(initial);
  useEffect(() => {
    if (loaded.locale === wanted) return;
    let live = true;
    loadLanguage(wanted).then(
      (language) => live && setLoaded(language),
      (error: unknown) => console.error("journeykit workshop: a language could not be loaded", error),
    );
    return () => {
      live = false;
    };
  }, [wanted, loaded.locale]);
  useEffect(() => {
    document.documentElement.lang = loaded.locale;
  }, [loaded.locale]);
  const text = useMemo(() => workshopText(loaded), [loaded]);
  return <WorkshopTextContext.Provider value={text}>{children}</WorkshopTextContext.Provider>;
}

/** The app's words, numbers and dates in its language (English outside a provider, as in a unit test). */
export function useWorkshopText(): WorkshopText {
  return useContext(WorkshopTextContext);
}

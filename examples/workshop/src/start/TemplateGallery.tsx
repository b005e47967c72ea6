import { type JourneyTemplate, templates } from "@journeykit/core";
import { renderSvg } from "@journeykit/export";
import { memo, useMemo } from "react";
import { type WorkshopKey, workshopEn } from "../i18n/messages/en";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import type { WorkshopT } from "../i18n/workshop-catalogue";

/** A template's map rendered by the same SVG renderer the exports use, as an image. */
const TemplatePreview = memo(function TemplatePreview({ template }: { template: JourneyTemplate }) {
  const src = useMemo(() => {
    const svg = renderSvg(template.create(), { title: false });
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  }, [template]);
  return <img className="ws-template-preview" src={src} alt="" loading="lazy" />;
});

/** A template's title, industry and description in the app's language; core's English for one it does not know. */
function templateWords(template: JourneyTemplate, t: WorkshopT) {
  const known = (key: string): key is WorkshopKey => key in workshopEn;
  const word = (field: "industry" | "title" | "description") => {
    const key = `template.${template.id}.${field}`;
    return known(key) ? t(key) : template[field];
  };
  return { industry: word("industry"), title: word("title"), description: word("description") };
}

/** Ready maps for real scenarios; picking one creates a new map from it. */
export function TemplateGallery({ onPick }: { onPick: (template: JourneyTemplate) => void }) {
  const { t } = useWorkshopText();
  return (
    <ul className="ws-template-grid" aria-label={t("templates.label")}>
      {templates.map((template) => {
        const words = templateWords(template, t);
        return (
          <li key={template.id}>
            <button
              type="button"
              className="ws-template"
              onClick={() => onPick(template)}
              aria-label={t("templates.startFrom", { title: words.title })}
            >
              <TemplatePreview template={template} />
              <span className="ws-template-industry">{words.industry}</span>
              <span className="ws-template-title">{words.title}</span>
              <span className="ws-template-description">{words.description}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

import { type JourneyTemplate, templates } from "@journeykit/core";
import { renderSvg } from "@journeykit/export";
import { memo, useMemo } from "react";

/** A template's map rendered by the same SVG renderer the exports use, as an image. */
const TemplatePreview = memo(function TemplatePreview({ template }: { template: JourneyTemplate }) {
  const src = useMemo(() => {
    const svg = renderSvg(template.create(), { title: false });
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  }, [template]);
  return <img className="ws-template-preview" src={src} alt="" loading="lazy" />;
});

/** Ready maps for real scenarios; picking one creates a new map from it. */
export function TemplateGallery({ onPick }: { onPick: (template: JourneyTemplate) => void }) {
  return (
    <ul className="ws-template-grid" aria-label="Templates">
      {templates.map((template) => (
        <li key={template.id}>
          <button
            type="button"
            className="ws-template"
            onClick={() => onPick(template)}
            aria-label={`Start from template: ${template.title}`}
          >
            <TemplatePreview template={template} />
            <span className="ws-template-industry">{template.industry}</span>
            <span className="ws-template-title">{template.title}</span>
            <span className="ws-template-description">{template.description}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

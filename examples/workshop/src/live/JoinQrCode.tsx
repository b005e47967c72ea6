import QRCode from "qrcode";
import { useEffect, useState } from "react";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";

/** The join link as a QR code (SVG), for phones in the room to scan. */
export function JoinQrCode({ url }: { url: string }) {
  const { t } = useWorkshopText();
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" }).then(
      (text) => live && setSvg(text),
      () => live && setSvg(null),
    );
    return () => {
      live = false;
    };
  }, [url]);
  if (!svg) return <div className="ws-live-qr ws-live-qr-empty" />;
  return (
    <img
      className="ws-live-qr"
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt={t("live.qr")}
      width={216}
      height={216}
    />
  );
}

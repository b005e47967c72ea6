import QRCode from "qrcode";
import { useEffect, useState } from "react";

/** The join link as a QR code (SVG), for phones in the room to scan. */
export function JoinQrCode({ url }: { url: string }) {
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
      alt="QR code of the join link"
      width={216}
      height={216}
    />
  );
}

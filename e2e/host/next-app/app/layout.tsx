import "@xyflow/react/dist/style.css";
import "@journeykit/react/styles.css";
import type { ReactNode } from "react";

export const metadata = { title: "Journey maps" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body style={{ margin: 0 }}>{children}</body>
    </html>
  );
}

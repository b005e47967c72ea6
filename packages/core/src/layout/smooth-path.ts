/**
 * A smooth SVG path through points (Catmull-Rom converted to cubic Béziers), the curve the editor
 * draws too.
 *
 * @example
 * smoothPath([{ x: 0, y: 10 }, { x: 50, y: 0 }, { x: 100, y: 20 }]); // "M 0 10 C ..."
 */
export function smoothPath(points: readonly { x: number; y: number }[], tension = 0.5): string {
  if (points.length === 0) return "";
  const [first] = points;
  if (points.length === 1) return `M ${first!.x} ${first!.y}`;
  const round = (n: number) => Math.round(n * 10) / 10;
  let d = `M ${round(first!.x)} ${round(first!.y)}`;
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[i - 1] ?? points[i]!;
    const p1 = points[i]!;
    const p2 = points[i + 1]!;
    const p3 = points[i + 2] ?? p2;
    const c1x = p1.x + ((p2.x - p0.x) / 6) * tension * 2;
    const c1y = p1.y + ((p2.y - p0.y) / 6) * tension * 2;
    const c2x = p2.x - ((p3.x - p1.x) / 6) * tension * 2;
    const c2y = p2.y - ((p3.y - p1.y) / 6) * tension * 2;
    d += ` C ${round(c1x)} ${round(c1y)}, ${round(c2x)} ${round(c2y)}, ${round(p2.x)} ${round(p2.y)}`;
  }
  return d;
}

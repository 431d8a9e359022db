/** A safe, readable file name from a diagram title: "Order events fan-out" → "order-events-fan-out.png". */
export function fileNameFor(title: string, extension: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${stem || 'flowmap-diagram'}.${extension}`;
}

/** Browsers refuse canvases past about 16k pixels a side or 268M pixels in all; stay inside both. */
const MAX_SIDE = 16_000;
const MAX_AREA = 200_000_000;

export function safeScale(width: number, height: number, wanted: number): number {
  return Math.min(wanted, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
}

/** Browser only: draw an SVG document onto a canvas at `scale` (2× unless the diagram is too big for that) and encode it as PNG. */
export async function svgToPngBlob(svg: string, width: number, height: number, wanted = 2): Promise<Blob> {
  const scale = safeScale(width, height, wanted);
  const image = new Image(width, height);
  // A data: URL, not a blob: one, so a strict Content-Security-Policy needs only `img-src data:`.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw on a canvas');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded'))), 'image/png'));
}

import type { Analysis, WhatIf } from '../../analysis';
import type { FlowDocument } from '../../model';
import { embedDocumentInPng, renderAnnotatedSvg, serializeDocument, svgToPngBlob, toMermaid } from '../../io';
import { download } from '../../io/browser';
import { fileNameFor } from './fileName';

export type PngStyle = 'light' | 'dark' | 'transparent';

/** The annotated PNG, with the document embedded so that opening the image restores the diagram. */
const today = () => new Date().toISOString().slice(0, 10);

async function pngBytes(doc: FlowDocument, analysis: Analysis, style: PngStyle, whatIf?: WhatIf): Promise<Uint8Array> {
  const { svg, width, height } = renderAnnotatedSvg(doc, analysis, { theme: style === 'dark' ? 'dark' : 'light', transparent: style === 'transparent', date: today(), whatIf });
  const png = new Uint8Array(await (await svgToPngBlob(svg, width, height)).arrayBuffer());
  return embedDocumentInPng(png, doc);
}

/** With a what-if scenario, the image shows its spread and narrates it instead of listing the findings. */
export async function exportPng(doc: FlowDocument, analysis: Analysis, style: PngStyle, whatIf?: WhatIf): Promise<void> {
  const bytes = await pngBytes(doc, analysis, style, whatIf);
  download(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' }), fileNameFor(doc.title, 'png'), 'image/png');
}

export function exportSvg(doc: FlowDocument, analysis: Analysis, whatIf?: WhatIf): void {
  download(renderAnnotatedSvg(doc, analysis, { date: today(), whatIf }).svg, fileNameFor(doc.title, 'svg'), 'image/svg+xml');
}

export function exportJson(doc: FlowDocument): void {
  download(serializeDocument(doc), fileNameFor(doc.title, 'flowmap.json'), 'application/json');
}

export async function copyMermaid(doc: FlowDocument): Promise<void> {
  await navigator.clipboard.writeText(toMermaid(doc));
}

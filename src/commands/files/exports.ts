import type { Analysis, WhatIf } from '../../analysis';
import type { FlowDocument } from '../../model';
import { embedDocumentInPng, renderAnnotatedSvg, serializeDocument, svgToPngBlob, toMermaid } from '../../io';
import { download } from '../../io/browser';
import { today } from '../../store';
import { fileNameFor } from './fileName';

export type PngStyle = 'light' | 'dark' | 'transparent';

/** What an image shows besides the findings: a what-if scenario instead of them, the comment threads under them. */
export interface ImageExtras {
  whatIf?: WhatIf;
  comments?: boolean;
}

/** The annotated PNG, with the document embedded so that opening the image restores the diagram. */

async function pngBytes(doc: FlowDocument, analysis: Analysis, style: PngStyle, extras: ImageExtras): Promise<Uint8Array> {
  const { svg, width, height } = renderAnnotatedSvg(doc, analysis, { theme: style === 'dark' ? 'dark' : 'light', transparent: style === 'transparent', date: today(), ...extras });
  const png = new Uint8Array(await (await svgToPngBlob(svg, width, height)).arrayBuffer());
  return embedDocumentInPng(png, doc);
}

/** With a what-if scenario, the image shows its spread and narrates it instead of listing the findings. */
export async function exportPng(doc: FlowDocument, analysis: Analysis, style: PngStyle, extras: ImageExtras = {}): Promise<void> {
  const bytes = await pngBytes(doc, analysis, style, extras);
  download(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' }), fileNameFor(doc.title, 'png'), 'image/png');
}

export function exportSvg(doc: FlowDocument, analysis: Analysis, extras: ImageExtras = {}): void {
  download(renderAnnotatedSvg(doc, analysis, { date: today(), ...extras }).svg, fileNameFor(doc.title, 'svg'), 'image/svg+xml');
}

export function exportJson(doc: FlowDocument): void {
  download(serializeDocument(doc), fileNameFor(doc.title, 'flowmap.json'), 'application/json');
}

export async function copyMermaid(doc: FlowDocument): Promise<void> {
  await navigator.clipboard.writeText(toMermaid(doc));
}

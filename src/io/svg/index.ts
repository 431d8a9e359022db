export { renderAnnotatedSvg, type RenderedSvg, type SvgExportOptions } from './renderAnnotatedSvg';
export { svgToPngBlob, safeScale } from './rasterize';

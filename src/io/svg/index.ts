export { renderAnnotatedSvg, type RenderedSvg, type SvgExportOptions } from './renderAnnotatedSvg';
export { svgToPngBlob } from './rasterize';

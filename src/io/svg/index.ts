export { renderAnnotatedSvg, type RenderedSvg, type SvgExportOptions } from './renderAnnotatedSvg';
export { svgToPngBlob, safeScale } from './rasterize';
export { thumbnailOf, THUMBNAIL_LIMITS, type Thumbnail } from './thumbnail';

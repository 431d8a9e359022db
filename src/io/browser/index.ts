// Browser-only helpers: kept out of io/index.ts so the CLI never loads them.
export { download } from './download';
export { readDiagramOffThread } from './readOffThread';

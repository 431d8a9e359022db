export { parseDocumentText, MAX_TEXT_BYTES } from './importText';
export * from './svg';

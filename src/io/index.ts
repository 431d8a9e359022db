export { parseDocumentText, sizeProblem, MAX_TEXT_BYTES } from './importText';
export { serializeDocument } from './exportJson';
export { encodeShareFragment, decodeShareFragment, isSafeLinkLength, MAX_SAFE_LINK_LENGTH } from './shareLink';
export { decodeShareScenario, type ScenarioInLink } from './shareScenario';
export { embedDocumentInPng, extractDocumentFromPng } from './pngMetadata';
export { toMermaid } from './exportMermaid';
export { MAX_DECOMPRESSED_BYTES, MAX_PNG_BYTES } from './limits';
export * from './svg';

// Public door of the dataset domain: pure types and logic that both the main process and the renderer
// may import. Nothing here loads a tokenizer or touches the file system.
export * from './codes';
export * from './report';
export * from './stats';
export * from './columns';
export * from './split';
export * from './fixes';
export * from './textScan';
export * from './tableExport';
export * from './project';
export * from './messages';
export { exampleKey, exampleHash } from './identity';
export { parseJsonSafe, locateJsonError, type JsonErrorKind, type JsonErrorLocation } from './safeJson';
export { checkExampleFormat, isLegacyPromptCompletion, legacyToChat } from './formatChecks';
export { looksLikeQaText } from './qaText';

// The tokenizer families, as a type both sides may name: the counting itself (tokens.ts) carries the
// tokenizer tables and runs in main and the dataset worker only, so the window imports just this.
export type TokenEncoding = 'o200k_base' | 'cl100k_base' | 'qwen' | 'llama3';

// What a provider offers for "Save the trained weights", provider-neutral: a list of files with their
// sizes, and a way to read each from a byte offset (HTTP Range where the provider honours it). Nebius lists
// a checkpoint's files; Together can list its archive as one file. The download itself is WeightsService's.

/** Bytes of one file from `start`, or from 0 when the provider ignored the offset (then `start` is 0). */
export interface RangeRead {
  start: number;
  body: AsyncIterable<Uint8Array>;
}

export interface RemoteWeightFile {
  /** File name to save under (no folders; WeightsService refuses anything else). */
  name: string;
  bytes: number;
  open(start: number, signal?: AbortSignal): Promise<RangeRead>;
}

export interface TrainedWeights {
  provider: string;
  /** The trained model as the app names it. */
  model: string;
  /** The base model the files need (the adapter is applied on top of it). */
  baseModel: string;
  /** What kind of files these are, for the readme, e.g. "LoRA adapter (PEFT: adapter_config.json + …)". */
  format: string;
  files: RemoteWeightFile[];
}

// Identifiers shaped like OpenAI's (prefix + random alphanumerics), so that anything that checks or
// displays an id sees the same shapes as with the real service.
import { randomBytes } from 'node:crypto';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function randomAlphanumeric(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  // 62 symbols; the slight modulo bias is irrelevant for ids.
  for (const byte of bytes) out += ALPHANUMERIC[byte % ALPHANUMERIC.length];
  return out;
}

export const newId = {
  file: () => `file-${randomAlphanumeric(22)}`,
  upload: () => `upload_${randomAlphanumeric(24)}`,
  part: () => `part_${randomAlphanumeric(24)}`,
  job: () => `ftjob-${randomAlphanumeric(24)}`,
  event: () => `ftevent-${randomAlphanumeric(24)}`,
  checkpoint: () => `ftckpt_${randomAlphanumeric(24)}`,
  chat: () => `chatcmpl-${randomAlphanumeric(29)}`,
  moderation: () => `modr-${randomAlphanumeric(29)}`,
  request: () => `req_${randomBytes(16).toString('hex')}`,
  /** The 8-character tail of a fine-tuned model name, e.g. `ft:…:personal::Ajo5kvNY`. */
  modelTail: () => randomAlphanumeric(8),
};

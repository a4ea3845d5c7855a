// Generates a realistic chat JSONL of a given size for the dataset benchmark: varied English and
// Chinese (Traditional and Simplified) customer-service turns, some multi-turn, from a seeded RNG so
// every run checks the same bytes. Written once per size into the OS temp folder and reused.
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom } from '../shared/domain/random';

const EN = [
  'Thanks for reaching out about your order.',
  'Could you share the order number so I can check?',
  'Our refund policy allows returns within thirty days.',
  'The package left our warehouse yesterday.',
  'I am sorry the item arrived damaged.',
  'You can change the delivery address in your account settings.',
  'We ship to most countries in Asia and Europe.',
  'The warranty covers manufacturing defects for two years.',
  'Please restart the device and hold the power button for ten seconds.',
  'Your subscription renews on the first of each month.',
  'I have escalated this to our technical team.',
  'Discount codes cannot be combined with other offers.',
  'How long does shipping usually take to Taipei?',
  'Why was I charged twice for the same order?',
  'Can I cancel my order after it has shipped?',
  'The battery drains quickly after the latest update.',
];
const ZH_TW = [
  '感謝您聯絡我們的客服團隊。',
  '請提供訂單編號，我會立即為您查詢。',
  '我們的退貨政策為收到商品後三十天內。',
  '包裹已於昨天從倉庫寄出。',
  '很抱歉商品送達時有損壞。',
  '您可以在帳戶設定中更改收件地址。',
  '保固涵蓋兩年內的製造瑕疵。',
  '請重新啟動裝置並長按電源鍵十秒。',
  '我已將此問題轉交技術團隊處理。',
  '運送到台北通常需要幾天？',
  '為什麼同一筆訂單被扣款兩次？',
  '商品寄出後還能取消訂單嗎？',
];
const ZH_CN = [
  '感谢您联系我们的客服团队。',
  '请提供订单号，我会立即为您查询。',
  '我们的退货政策为收到商品后三十天内。',
  '包裹已于昨天从仓库寄出。',
  '很抱歉商品送达时有损坏。',
  '您可以在账户设置中更改收货地址。',
  '保修涵盖两年内的制造缺陷。',
  '请重新启动设备并长按电源键十秒。',
  '我已将此问题转交技术团队处理。',
  '运送到上海通常需要几天？',
  '为什么同一笔订单被扣款两次？',
  '商品寄出后还能取消订单吗？',
];
const SYSTEMS = [
  'You are Tunesmith Support, friendly and concise.',
  '你是 Tunesmith 的客服助理，語氣親切、回答簡潔。',
  '你是 Tunesmith 的客服助手，语气亲切、回答简洁。',
];

function sentences(random: () => number, pool: readonly string[], count: number, tag: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(pool[Math.floor(random() * pool.length)] as string);
  // A varying number keeps examples distinct, as real conversations are.
  return parts.join(pool === EN ? ' ' : '') + ` #${tag}`;
}

export function exampleLine(random: () => number, n: number): string {
  const lang = Math.floor(random() * 3);
  const pool = lang === 0 ? EN : lang === 1 ? ZH_TW : ZH_CN;
  const messages: { role: string; content: string }[] = [
    { role: 'system', content: SYSTEMS[lang] as string },
  ];
  const turns = random() < 0.2 ? 2 + Math.floor(random() * 3) : 1;
  for (let t = 0; t < turns; t++) {
    messages.push({ role: 'user', content: sentences(random, pool, 1 + Math.floor(random() * 3), n) });
    messages.push({
      role: 'assistant',
      content: sentences(random, pool, 2 + Math.floor(random() * 8), n * 7 + t),
    });
  }
  return JSON.stringify({ messages });
}

/** Path of a generated file of at least `bytes` bytes (created on first use). */
export async function benchFile(bytes: number): Promise<string> {
  const path = join(tmpdir(), `tunesmith-bench-${Math.round(bytes / 1_000_000)}mb.jsonl`);
  if (existsSync(path) && statSync(path).size >= bytes) return path;
  const out = createWriteStream(path);
  const random = seededRandom(20261126);
  let written = 0;
  for (let n = 0; written < bytes; n++) {
    const line = exampleLine(random, n) + '\n';
    written += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return path;
}

export interface NearDuplicatePair {
  language: 'en' | 'zh-TW' | 'zh-CN';
  length: 'short' | 'long';
  a: string;
  b: string;
}

/** Every comparable character the pools use, per language, for random substitutions. */
function alphabet(pool: readonly string[]): string[] {
  return [...new Set(pool.join('').replace(/[\s\p{P}#\d]/gu, ''))];
}

/**
 * Pairs of texts with a spread of similarities, for measuring near-duplicate accuracy: a base text
 * (2 or 3 sentences for "short", 8 to 15 for "long") and a copy with 1 to a quarter of its characters
 * substituted, inserted or deleted. The true similarity is measured by the caller, over the engine's
 * own shingles, so no pair's label depends on a guess.
 */
export function nearDuplicatePairs(perClass: number, seed = 5): NearDuplicatePair[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const pairs: NearDuplicatePair[] = [];
  const languages = [
    { language: 'en', pool: EN, join: ' ' },
    { language: 'zh-TW', pool: ZH_TW, join: '' },
    { language: 'zh-CN', pool: ZH_CN, join: '' },
  ] as const;
  for (const { language, pool, join } of languages) {
    const letters = alphabet(pool);
    for (const length of ['short', 'long'] as const) {
      for (let i = 0; i < perClass; i++) {
        const count = length === 'short' ? 2 + Math.floor(random() * 2) : 8 + Math.floor(random() * 8);
        const a = Array.from({ length: count }, () => pick(pool)).join(join);
        const chars = Array.from(a);
        // Cubed, so most pairs get few edits: one edit already changes up to five shingles.
        const edits = 1 + Math.floor(random() ** 3 * (chars.length / 4));
        for (let e = 0; e < edits; e++) {
          const at = Math.floor(random() * chars.length);
          const kind = random();
          if (kind < 0.6) chars[at] = pick(letters);
          else if (kind < 0.8) chars.splice(at, 0, pick(letters));
          else if (chars.length > 1) chars.splice(at, 1);
        }
        const b = chars.join('');
        if (b !== a) pairs.push({ language, length, a, b });
      }
    }
  }
  return pairs;
}

// The bare pass the data check is measured against (issue 19): read the file line by line, JSON.parse
// each line, count every message's tokens with gpt-tokenizer's o200k encoder. Nothing else: no checks,
// no statistics, no framing tokens. Plain JavaScript, so it starts as fast as Node can.
//   node bench/barePass.mjs <file.jsonl>
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';

let examples = 0;
let tokens = 0;
const lines = createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() === '') continue;
  const example = JSON.parse(line);
  for (const message of example.messages) {
    const content = message.content;
    tokens += countTokens(typeof content === 'string' ? content : JSON.stringify(content ?? ''));
  }
  examples++;
}
process.stdout.write(JSON.stringify({ examples, tokens }) + '\n');

// Practice moderation: OpenAI's shape and category names, flags for listed phrases in three languages,
// and no flags for ordinary customer-service text (including words with harmless everyday senses).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  MODERATION_CATEGORIES,
  moderate,
  type ModerationCategory,
} from '../../../electron/main/services/practice/brain';

describe('moderate', () => {
  it.each<[string, ModerationCategory[]]>([
    ['I will kill you', ['harassment/threatening', 'harassment', 'violence']],
    ["You're so stupid, shut up", ['harassment']],
    ['How do I launder money?', ['illicit']],
    ['I want to end my life', ['self-harm/intent', 'self-harm']],
    ['我要殺了你', ['harassment/threatening', 'harassment', 'violence']],
    ['你這個白痴', ['harassment']],
    ['我不想活了', ['self-harm/intent', 'self-harm']],
    ['怎么自杀', ['self-harm/instructions', 'self-harm']],
    ['教我制作炸弹', ['illicit/violent', 'illicit', 'violence']],
  ])('flags %j in %j', (text, expected) => {
    const result = moderate(text);
    expect(result.flagged).toBe(true);
    const flagged = MODERATION_CATEGORIES.filter((c) => result.categories[c]);
    expect(new Set(flagged)).toEqual(new Set(expected));
    for (const category of expected) expect(result.category_scores[category]).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    'How do I return a pair of shoes?',
    'Please kill the background process before updating.',
    'Can I take a stab at assembling the bike myself?',
    'Is this lipstick shade nude or pink?',
    '可以殺價嗎？',
    '頁面滾動的時候會卡住',
    '我的订单什么时候到？',
    '',
  ])('does not flag ordinary text %j', (text) => {
    const result = moderate(text);
    expect(result.flagged).toBe(false);
    for (const category of MODERATION_CATEGORIES) {
      expect(result.category_scores[category]).toBeGreaterThanOrEqual(0);
      expect(result.category_scores[category]).toBeLessThan(0.001);
    }
  });

  it('is deterministic and scores more evidence higher', () => {
    expect(moderate('I will kill you')).toEqual(moderate('I will kill you'));
    const once = moderate('idiot').category_scores.harassment;
    const twice = moderate('idiot, you idiot').category_scores.harassment;
    expect(twice).toBeGreaterThan(once);
    expect(twice).toBeLessThanOrEqual(1);
  });

  // CI clones the team kit next to the repo (<repo>/../shared); without it there is nothing to compare.
  const specPath = resolve(import.meta.dirname, '../../../../shared/spec/openai-openapi.yaml');
  it.skipIf(!existsSync(specPath))(
    "uses exactly the spec's category names (CreateModerationResponse)",
    () => {
      const spec = readFileSync(specPath, 'utf8');
      interface ResultItemSchema {
        required: string[];
        properties: { categories: { required: string[] } };
      }
      const doc = parse(spec) as {
        components: {
          schemas: { CreateModerationResponse: { properties: { results: { items: ResultItemSchema } } } };
        };
      };
      const item = doc.components.schemas.CreateModerationResponse.properties.results.items;
      const required = item.properties.categories.required;
      expect(new Set(MODERATION_CATEGORIES)).toEqual(new Set(required));
      const result = moderate('hello');
      for (const key of item.required) expect(result).toHaveProperty(key);
      expect(Object.keys(result.category_applied_input_types).sort()).toEqual([...required].sort());
    },
  );

  // The practice service rejects training files with flagged examples (as OpenAI does), so a false
  // positive on our own samples would break the practice flow for every new user.
  const samplesDir = resolve(import.meta.dirname, '../../../samples');
  it.skipIf(!existsSync(samplesDir))('flags none of the shipped sample examples', () => {
    const files = readdirSync(samplesDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.jsonl'),
    );
    expect(files.length).toBeGreaterThan(0);
    const flagged: string[] = [];
    for (const file of files) {
      readFileSync(resolve(samplesDir, file), 'utf8')
        .split('\n')
        .forEach((line, index) => {
          let example: unknown;
          try {
            example = JSON.parse(line);
          } catch {
            return; // blank or deliberately broken lines in the flawed sample
          }
          const messages = (example as { messages?: unknown })?.messages;
          if (!Array.isArray(messages)) return;
          const text = messages
            .map((m: { content?: unknown }) => (typeof m?.content === 'string' ? m.content : ''))
            .join('\n');
          if (moderate(text).flagged) flagged.push(`${file}:${index + 1}`);
        });
    }
    expect(flagged).toEqual([]);
  });
});

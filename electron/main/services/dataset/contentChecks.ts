// What one example's texts say about themselves, for the checker: empty replies, untrimmed text, personal
// data, secrets and special tokens (first of each kind, with how often), and the sentence an answer
// repeats most. Pure: the checker turns these findings into issues with the example's line.
import type { ChatExample } from '../../../../shared/domain/chat';
import { mostRepeatedSentence } from '../../../../shared/domain/dataset/repeatedSentences';
import { redactedPreview, scanText, type TextFindingCode } from '../../../../shared/domain/dataset/textScan';

export interface ContentFindings {
  /** 1-based turns of assistant messages with no text and no tool call. */
  emptyReplyTurns: number[];
  /** The first turn whose text starts or ends with spaces; 0: none. */
  untrimmedTurn: number;
  /** Per kind of finding: its first turn, how many there are, and a preview safe to show. */
  scans: Map<TextFindingCode, { turn: number; matches: number; preview: string }>;
  /** The answer sentence repeated most often in the example, or null. */
  repeated: { sentence: string; times: number; turn: number } | null;
  /** Every text of the example, for the set-level script count. */
  texts: string[];
}

export function examineContent(example: ChatExample): ContentFindings {
  const found: ContentFindings = {
    emptyReplyTurns: [],
    untrimmedTurn: 0,
    scans: new Map(),
    repeated: null,
    texts: [],
  };
  example.messages.forEach((message, i) => {
    const content = message.content;
    if (typeof content !== 'string') return;
    found.texts.push(content);
    if (message.role === 'assistant') {
      const repeated = mostRepeatedSentence(content);
      if (repeated && (!found.repeated || repeated.times > found.repeated.times))
        found.repeated = { ...repeated, turn: i + 1 };
      if (content.trim() === '' && !message.tool_calls && !message.function_call)
        found.emptyReplyTurns.push(i + 1);
    }
    if (found.untrimmedTurn === 0 && content !== '' && content !== content.trim())
      found.untrimmedTurn = i + 1;
    for (const f of scanText(content)) {
      const entry = found.scans.get(f.code);
      if (entry) entry.matches++;
      else {
        const raw = content.slice(f.start, f.end);
        found.scans.set(f.code, {
          turn: i + 1,
          matches: 1,
          preview: f.code === 'special_token' ? raw : redactedPreview(raw),
        });
      }
    }
  });
  return found;
}

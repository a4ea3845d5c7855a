// Plain-text Q&A blocks as people paste them from documents: "Q: … A: …", "Question:/Answer:",
// "問：… 答：…" (Traditional) and "问：… 答：…" (Simplified), full- or half-width colons. A marker starts a
// field, unmarked lines continue it, so multi-line answers survive. "System:/系統：/系统：" sets a system
// prompt for the pairs that follow.
import type { ChatExample } from '../chat';
import type { RecordSink } from './sink';

const MARKER =
  /^\s*(q|question|user|問|问|問題|问题|a|answer|assistant|答|答案|回答|system|系統|系统)\s*[:：]\s?/i;
const KIND: Record<string, 'q' | 'a' | 's'> = {
  q: 'q',
  question: 'q',
  user: 'q',
  問: 'q',
  问: 'q',
  問題: 'q',
  问题: 'q',
  a: 'a',
  answer: 'a',
  assistant: 'a',
  答: 'a',
  答案: 'a',
  回答: 'a',
  system: 's',
  系統: 's',
  系统: 's',
};

/** True when the text has at least one question marker followed later by an answer marker. */
export function looksLikeQaText(sample: string): boolean {
  let sawQ = false;
  for (const line of sample.split('\n')) {
    const m = MARKER.exec(line);
    const kind = m ? KIND[(m[1] as string).toLowerCase()] : undefined;
    if (kind === 'q') sawQ = true;
    if (kind === 'a' && sawQ) return true;
  }
  return false;
}

export class QaTextParser {
  private system = '';
  private question: { text: string[]; line: number } | null = null;
  private answer: string[] | null = null;
  private current: string[] | null = null;

  constructor(private readonly sink: RecordSink) {}

  line(text: string, line: number): void {
    const m = MARKER.exec(text);
    const kind = m ? KIND[(m[1] as string).toLowerCase()] : undefined;
    if (!m || !kind) {
      if (this.current) this.current.push(text);
      return;
    }
    const rest = text.slice(m[0].length);
    if (kind === 'q') {
      this.flush();
      this.question = { text: [rest], line };
      this.current = this.question.text;
    } else if (kind === 'a') {
      if (!this.question) {
        this.sink.issue('qa_unpaired', line, { missing: 'question' });
        this.current = null;
        return;
      }
      if (this.answer) this.answer.push(rest);
      else this.answer = [rest];
      this.current = this.answer;
    } else {
      this.flush();
      this.system = rest.trim();
      this.current = null;
    }
  }

  end(): void {
    this.flush();
  }

  private flush(): void {
    const q = this.question;
    if (!q) return;
    this.question = null;
    const a = this.answer;
    this.answer = null;
    this.current = null;
    if (!a) {
      this.sink.issue('qa_unpaired', q.line, { missing: 'answer' });
      return;
    }
    const example: ChatExample = { messages: [] };
    if (this.system) example.messages.push({ role: 'system', content: this.system });
    example.messages.push({ role: 'user', content: q.text.join('\n').trim() });
    example.messages.push({ role: 'assistant', content: a.join('\n').trim() });
    this.sink.record(example, q.line);
  }
}

// The generated 100,000-example project the editor and paging benches open: short English and Chinese
// tea-shop questions and answers, deterministic, so runs compare.
import type { ProjectExample } from '../shared/domain/projects/types';

const WORDS = ['order', 'tea', 'shipping', 'refund', '訂單', '運費', '退货', '茶叶', 'gift', 'oolong'];

export function generateProjectExamples(n: number): ProjectExample[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `ex-${i.toString(16).padStart(16, '0')}`,
    provenance: 'imported',
    split: 'train',
    sourceLine: i + 1,
    example: {
      messages: [
        { role: 'system', content: 'You are Little Kettle.' },
        {
          role: 'user',
          content: `#${i} ${WORDS[i % 10]} ${WORDS[(i * 7) % 10]}: where is my ${WORDS[(i * 3) % 10]}?`,
        },
        {
          role: 'assistant',
          content: `Hi, tea friend! About your ${WORDS[(i * 3) % 10]}: it ships within ${(i % 5) + 1} days.`,
        },
      ],
    },
  }));
}

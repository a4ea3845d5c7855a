// What a list row shows of its example: the first question and the first answer, cut to one line's worth.
import type { ProjectExample } from '../../../../shared/domain/projects/types';

const PREVIEW_CHARS = 140;

export const previewText = (item: ProjectExample, role: 'user' | 'assistant'): string =>
  item.example.messages.find((m) => m.role === role)?.content?.slice(0, PREVIEW_CHARS) ?? '';

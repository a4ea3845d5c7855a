// Plain text and Markdown as blocks (headings and paragraphs in reading order). Markdown is parsed by
// mdast-util-from-markdown (CommonMark, the parser react-markdown uses), not by hand: it knows what is a
// heading and what is a "#" inside a code fence. A paragraph keeps its source text as written (lists,
// tables and emphasis markers stay readable to a model) rather than a re-rendered copy.
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Heading, Nodes } from 'mdast';
import type { NoteBlock } from './types';

/** Plain text: paragraphs are separated by blank lines; line breaks inside a paragraph are kept. */
export function textBlocks(text: string): NoteBlock[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u3000]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => ({ kind: 'paragraph', level: 0, text: p, page: null }));
}

function plain(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plain).join('');
  return '';
}

export function markdownBlocks(text: string): NoteBlock[] {
  const source = text.replace(/\r\n?/g, '\n');
  const tree = fromMarkdown(source);
  const blocks: NoteBlock[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading') {
      blocks.push({ kind: 'heading', level: (node as Heading).depth, text: plain(node).trim(), page: null });
      continue;
    }
    if (node.type === 'html' || node.type === 'thematicBreak' || node.type === 'definition') continue;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const raw = start !== undefined && end !== undefined ? source.slice(start, end) : plain(node);
    blocks.push({ kind: 'paragraph', level: 0, text: raw.trim(), page: null });
  }
  return blocks;
}

// Guessing which spreadsheet column is the question, the answer, the system prompt, the conversation id
// and the turn number, from header names in English, Traditional and Simplified Chinese. The guess only
// pre-fills the mapping screen; its confidence tells the UI whether to ask the user to confirm.

export type ColumnRole = 'system' | 'user' | 'assistant' | 'conversation' | 'turn';

/** Zero-based column indexes. user and assistant are required; the rest are optional. */
export interface ColumnMapping {
  user: number;
  assistant: number;
  system?: number;
  conversation?: number;
  turn?: number;
}

export interface ColumnGuess {
  /** Present when both required roles were found. */
  mapping: ColumnMapping | null;
  /** 0–100; the weakest of the required roles. Below 80 the UI should ask. */
  confidence: number;
  columns: { index: number; header: string; role: ColumnRole | null; confidence: number }[];
  /** False when no cell of the first row looks like a column name (it is probably data). */
  headerRecognized: boolean;
}

// Normalized (lower case, no spaces/punctuation) names; Traditional and Simplified listed separately
// because users type either.
const SYNONYMS: Record<ColumnRole, readonly string[]> = {
  user: [
    'question',
    'prompt',
    'input',
    'user',
    'query',
    'instruction',
    'ask',
    'q',
    'usermessage',
    'customer',
    '問題',
    '问题',
    '提問',
    '提问',
    '使用者',
    '用戶',
    '用户',
    '輸入',
    '输入',
    '客戶',
    '客户',
    '顧客',
    '顾客',
    '問',
    '问',
    '指令',
  ],
  assistant: [
    'answer',
    'response',
    'output',
    'completion',
    'assistant',
    'reply',
    'a',
    'assistantmessage',
    'target',
    '回答',
    '回覆',
    '回复',
    '答案',
    '答覆',
    '答复',
    '輸出',
    '输出',
    '助理',
    '助手',
    '答',
    '客服回覆',
    '客服回复',
  ],
  system: [
    'system',
    'systemprompt',
    'systemmessage',
    '系統',
    '系统',
    '系統提示',
    '系统提示',
    '系統訊息',
    '系统消息',
    '角色設定',
    '角色设定',
  ],
  conversation: [
    'conversationid',
    'conversation',
    'dialogid',
    'dialogueid',
    'sessionid',
    'session',
    'threadid',
    'thread',
    'chatid',
    '對話編號',
    '对话编号',
    '對話id',
    '对话id',
    '會話id',
    '会话id',
    '會話編號',
    '会话编号',
    '對話',
    '对话',
    '會話',
    '会话',
  ],
  turn: [
    'turn',
    'turnnumber',
    'turnindex',
    'order',
    'seq',
    'sequence',
    'step',
    '輪次',
    '轮次',
    '順序',
    '顺序',
    '回合',
    '序號',
    '序号',
  ],
};

const ROLES: readonly ColumnRole[] = ['user', 'assistant', 'system', 'conversation', 'turn'];

export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Excel's last column (XFD): a header row wider than this is not a training sheet's, and is not guessed. */
export const MAX_GUESSED_COLUMNS = 16_384;

/** `h` is the normalized header (normalizeHeader), computed once per column rather than once per role. */
function score(h: string, role: ColumnRole): number {
  if (h === '') return 0;
  const names = SYNONYMS[role];
  if (names.includes(h)) return 95;
  // "Customer question", "客服回覆內容": a longer header containing a distinctive name (2+ chars).
  const contained = names
    .filter((n) => n.length >= 2 && h.includes(n))
    .sort((a, b) => b.length - a.length)[0];
  if (contained) return Math.min(85, 50 + Math.round((contained.length / h.length) * 40));
  return 0;
}

export function guessColumns(allHeaders: readonly string[]): ColumnGuess {
  // A one-row CSV of a million columns once took 14 s here (five normalizations and five pairs per
  // column, all sorted) and sent a million-entry guess to the window.
  const headers = allHeaders.slice(0, MAX_GUESSED_COLUMNS);
  const normalized = headers.map(normalizeHeader);
  const columns = headers.map((header, index) => ({
    index,
    header,
    role: null as ColumnRole | null,
    confidence: 0,
  }));
  // Greedy by best score across all (role, column) pairs, so each column gets at most one role.
  const pairs: { role: ColumnRole; index: number; s: number }[] = [];
  for (const role of ROLES)
    normalized.forEach((h, index) => {
      const s = score(h, role);
      if (s > 0) pairs.push({ role, index, s });
    });
  pairs.sort((a, b) => b.s - a.s);
  const taken = new Set<ColumnRole>();
  for (const p of pairs) {
    const col = columns[p.index];
    if (p.s === 0 || !col || col.role !== null || taken.has(p.role)) continue;
    col.role = p.role;
    col.confidence = p.s;
    taken.add(p.role);
  }
  const find = (role: ColumnRole) => columns.find((c) => c.role === role);
  const user = find('user');
  const assistant = find('assistant');
  const headerRecognized = columns.some((c) => c.role !== null);
  if (!user || !assistant) return { mapping: null, confidence: 0, columns, headerRecognized };
  const mapping: ColumnMapping = { user: user.index, assistant: assistant.index };
  for (const role of ['system', 'conversation', 'turn'] as const) {
    const c = find(role);
    if (c) mapping[role] = c.index;
  }
  return { mapping, confidence: Math.min(user.confidence, assistant.confidence), columns, headerRecognized };
}

/**
 * For a first row that is data, not names: two columns read as question and answer, three as system,
 * question, answer. Low confidence so the UI always asks.
 */
export function positionalMapping(columnCount: number): ColumnMapping | null {
  if (columnCount === 2) return { user: 0, assistant: 1 };
  if (columnCount === 3) return { system: 0, user: 1, assistant: 2 };
  return null;
}

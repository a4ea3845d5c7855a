// The optional judge: another chat call that asks a model to grade a reply against the expected answer
// from 1 to 5. Models (and the practice base model, which does not follow instructions at all) answer in
// many shapes, so the reading is tolerant but never guesses: it accepts a JSON object, a labelled grade
// ("Score: 4", "評分：4"), or a fraction ("4/5"); two different grades, or none, give no score. The reading
// that produced the grade is kept with it, so the verdict can be explained.
import type { PromptTurn } from './fewShot';
import type { JudgeVerdict } from './types';

export const JUDGE_SYSTEM_PROMPT =
  'You grade answers. Compare the ANSWER with the EXPECTED answer to the QUESTION. ' +
  'Judge correctness, tone and format. Reply with JSON only: {"score": <integer 1-5>, "reason": "<one short sentence>"}. ' +
  '5 = as good as expected, 1 = wrong or unusable.';

export function judgeTurns(question: string, expected: string, answer: string): PromptTurn[] {
  return [
    { role: 'system', content: JUDGE_SYSTEM_PROMPT },
    { role: 'user', content: `QUESTION:\n${question}\n\nEXPECTED:\n${expected}\n\nANSWER:\n${answer}` },
  ];
}

const inRange = (n: number) => Number.isInteger(n) && n >= 1 && n <= 5;

function fromJson(raw: string): { score: number | null; reason: string | null } | null {
  const match = raw.match(/\{[\s\S]*\}/);
  if (!match) return null;
  try {
    const value = JSON.parse(match[0]) as Record<string, unknown>;
    const score = Number(value.score ?? value.grade ?? value.rating);
    const reason = typeof value.reason === 'string' ? value.reason : null;
    return inRange(score) ? { score, reason } : null;
  } catch {
    return null;
  }
}

// "Score: 4", "score = 4/5", "Rating - 3", "評分：4", "评分: 4", "分數 4", "得分：5".
const LABELLED =
  /(?:score|grade|rating|評分|评分|分數|分数|得分)\s*[:：=-]?\s*(\d+(?:\.\d+)?)(?:\s*(?:\/|out of)\s*5)?/giu;
// "4/5", "4 out of 5", "4 / 5".
const FRACTION = /\b(\d+(?:\.\d+)?)\s*(?:\/|out of)\s*5\b/giu;

function distinctGrades(raw: string, pattern: RegExp): number[] {
  return [...new Set([...raw.matchAll(pattern)].map((m) => Number(m[1])))];
}

export function parseJudgeReply(model: string, raw: string): JudgeVerdict {
  const json = fromJson(raw);
  if (json) return { model, score: json.score, reason: json.reason, readAs: 'json', raw };
  for (const [readAs, pattern] of [
    ['labelled', LABELLED],
    ['fraction', FRACTION],
  ] as const) {
    const grades = distinctGrades(raw, pattern);
    if (grades.length > 1) return { model, score: null, reason: null, readAs: 'ambiguous', raw };
    const [grade] = grades;
    if (grade !== undefined && inRange(grade)) {
      const reason = raw.match(/(?:reason|because|理由|原因)\s*[:：]?\s*(.+)/iu)?.[1]?.trim() ?? null;
      return { model, score: grade, reason, readAs, raw };
    }
  }
  return { model, score: null, reason: null, readAs: 'none', raw };
}

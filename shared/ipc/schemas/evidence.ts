// Routes of "Decide with evidence" (issue 16 §5): open a project's evidence (the stored run, questions the
// user can pick from its examples, its notes collections and fine-tuned model), start a run over 5–20
// questions, cancel it, mark answers, export the report. Progress comes back as `evidence.progressed`.
import { z } from 'zod';
import { defineRoute } from '../define';
import { EVIDENCE_QUESTIONS, type EvidenceRun } from '../../domain/evidence/types';

const id = z.string().min(1).max(100);
const label = z.string().max(300);

export interface EvidenceCollection {
  id: string;
  name: string;
  passages: number;
  embedded: number;
}

export interface EvidenceView {
  run: EvidenceRun | null;
  /** Questions from the project's examples the user can pick instead of typing (at most 50). */
  examples: string[];
  collections: EvidenceCollection[];
  /** The fine-tuned model Try would use for this project; null when none exists. */
  fineTunedModel: string | null;
}

export const questionsSchema = z
  .array(z.string().trim().min(1).max(EVIDENCE_QUESTIONS.maxLength))
  .min(EVIDENCE_QUESTIONS.min)
  .max(EVIDENCE_QUESTIONS.max);

const approachLabels = z.object({ prompt: label, notes: label, 'fine-tuned': label }).strict();

export const evidenceReportTextSchema = z
  .object({
    title: label,
    recommendation: z.array(z.string().max(1000)).max(4),
    number: label,
    question: label,
    approach: label,
    answer: label,
    mark: label,
    marks: z.object({ right: label, wrong: label, none: label }).strict(),
    promptTokens: label,
    replyTokens: label,
    totalMs: label,
    cost: label,
    currency: label,
    error: label,
    totals: label,
    rightOfMarked: label,
    costPer1000: label,
    setupCost: label,
    medianMs: label,
    notKnown: label,
    approachLabels,
  })
  .strict();

export const evidenceRoutes = {
  'evidence.open': defineRoute<EvidenceView>()(z.object({ projectId: id }).strict()),
  /** Only the run (what progress events refresh): no provider call, unlike `evidence.open`. */
  'evidence.run': defineRoute<EvidenceRun | null>()(z.object({ projectId: id }).strict()),
  /** Starts answering; replies are saved beside the project as they arrive. */
  'evidence.start': defineRoute<EvidenceRun>()(
    z.object({ projectId: id, questions: questionsSchema, collectionId: id.nullable() }).strict(),
  ),
  'evidence.cancel': defineRoute<EvidenceRun | null>()(z.object({ projectId: id }).strict()),
  'evidence.mark': defineRoute<EvidenceRun>()(
    z
      .object({
        projectId: id,
        questionIndex: z
          .number()
          .int()
          .min(0)
          .max(EVIDENCE_QUESTIONS.max - 1),
        approach: z.enum(['prompt', 'notes', 'fine-tuned']),
        mark: z.enum(['right', 'wrong']).nullable(),
      })
      .strict(),
  ),
  /** Asks where to save (system dialog in main) and writes the report; `saved: false` when cancelled. */
  'evidence.export': defineRoute<{ saved: boolean; fileName: string | null }>()(
    z.object({ projectId: id, format: z.enum(['csv', 'html']), text: evidenceReportTextSchema }).strict(),
  ),
};

// Routes for "Save the trained weights" (issue 14): what would be downloaded (files and sizes, shown
// first), and the save itself (main asks for the folder; the renderer never sends a path).
// `weights.progressed` reports the bytes written so far.
import { z } from 'zod';
import { defineRoute } from '../define';
import { ALL_PROVIDER_IDS } from '../../domain/providers/ids';

const input = z.object({ provider: z.enum(ALL_PROVIDER_IDS), model: z.string().min(1).max(300) }).strict();

export interface WeightsSummaryAnswer {
  model: string;
  baseModel: string;
  files: { name: string; bytes: number }[];
  totalBytes: number;
}

export type WeightsSaveAnswer =
  { saved: false } | (WeightsSummaryAnswer & { saved: true; folder: string; resumedBytes: number });

export const weightRoutes = {
  'weights.describe': defineRoute<WeightsSummaryAnswer>()(input),
  'weights.save': defineRoute<WeightsSaveAnswer>()(input),
};

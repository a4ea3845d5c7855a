// Saving and opening the portable project file. Saving streams the examples one by one (a 100k-example
// project never becomes one giant string) to a temporary file that is renamed into place, so the
// previous save survives a crash mid-write.
import { readFile } from 'node:fs/promises';
import {
  buildProjectFile,
  parseProjectFile,
  type ProjectContent,
  type ProjectParseResult,
} from '../../../../shared/domain/dataset/project';
import { writeAtomicallyStreamed } from './exporters';

export async function saveProject(
  path: string,
  content: ProjectContent,
  now: Date = new Date(),
): Promise<void> {
  const { examples, ...rest } = buildProjectFile(content, now);
  const head = JSON.stringify({ ...rest, examples: [] });
  // Splice the examples into the "examples": [] slot of the serialized head, one line each.
  const slot = head.lastIndexOf('"examples":[]') + '"examples":['.length;
  await writeAtomicallyStreamed(
    path,
    (function* () {
      yield head.slice(0, slot) + '\n';
      for (let i = 0; i < examples.length; i++) yield (i > 0 ? ',\n' : '') + JSON.stringify(examples[i]);
      yield '\n' + head.slice(slot);
    })(),
  );
}

export async function openProject(
  path: string,
): Promise<ProjectParseResult | { ok: false; error: 'file_unreadable' }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { ok: false, error: 'file_unreadable' };
  }
  return parseProjectFile(text);
}

// The walls between the window, main and shared code are lint errors, not comments: Node's modules,
// main-only packages and the tokenizer module in renderer/, Node's modules in shared/. (The type side of
// the wall is tsconfig.renderer.json without Node types and tsconfig.main.json without DOM types.)
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the walls between the sides', () => {
  // The first lint loads the TypeScript parser and the whole config: seconds on a busy machine.
  it('refuses Node, main-only packages and the tokenizer in the renderer', { timeout: 60_000 }, async () => {
    const imports = [
      "import { readFileSync } from 'node:fs';",
      "import path from 'path';",
      "import ExcelJS from 'exceljs';",
      "import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';",
      "import { countExampleTokens } from '../../shared/domain/tokens';",
      "import OpenAI from 'openai';",
    ];
    for (const line of imports)
      expect(await restricted('renderer/features/try/wall.ts', `${line}\n`), line).toHaveLength(1);
    expect(await restricted('renderer/features/try/wall.ts', "import { create } from 'zustand';\n")).toEqual(
      [],
    );
  });

  it('refuses Node in shared code, and allows it in main', async () => {
    expect(
      await restricted('shared/domain/wall.ts', "import { randomBytes } from 'node:crypto';\n"),
    ).toHaveLength(1);
    expect(
      await restricted('electron/main/services/wall.ts', "import { randomBytes } from 'node:crypto';\n"),
    ).toEqual([]);
  });
});

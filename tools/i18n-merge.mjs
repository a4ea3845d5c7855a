// Merge a fragment of translations into the three locale files, for helpers working in parallel:
//   flock /tmp/locales.lock node tools/i18n-merge.mjs fragment.json
// fragment.json = { "en": {...}, "zh-TW": {...}, "zh-CN": {...} }, deep-merged (new keys added, existing
// leaves replaced). Read-modify-write under the lock, so concurrent edits are never lost.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const fragment = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const merge = (a, b) => {
  for (const [k, v] of Object.entries(b)) {
    a[k] =
      v && typeof v === 'object' && !Array.isArray(v)
        ? merge(a[k] && typeof a[k] === 'object' ? a[k] : {}, v)
        : v;
  }
  return a;
};
for (const lang of ['en', 'zh-TW', 'zh-CN']) {
  if (!fragment[lang]) throw new Error(`fragment has no "${lang}" part`);
  const file = path.join(root, 'renderer', 'i18n', 'locales', `${lang}.json`);
  const merged = merge(JSON.parse(readFileSync(file, 'utf8')), fragment[lang]);
  writeFileSync(file, JSON.stringify(merged, null, 2) + '\n');
}
console.log('merged into en, zh-TW, zh-CN');

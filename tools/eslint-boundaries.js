// Local ESLint rule: the architecture's import boundaries, resolved on real paths (a string pattern
// cannot tell `../examples/store` inside one feature from a reach into another).
//  - renderer/ never imports electron/ (and vice versa); both may import shared/.
//  - shared/ imports neither.
//  - a feature imports another feature only through its index (renderer/features/<name>).
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const top = (file) => path.relative(ROOT, file).split(path.sep);

function violation(fromFile, source) {
  if (!source.startsWith('.')) return null;
  const target = path.resolve(path.dirname(fromFile), source);
  const [fromTop, fromSub, fromFeature] = top(fromFile);
  const [toTop, toSub, toFeature, ...rest] = top(target);
  if (fromTop === 'renderer' && toTop === 'electron')
    return 'renderer/ must not import electron/; share code through shared/.';
  if (fromTop === 'electron' && toTop === 'renderer')
    return 'electron/ must not import renderer/; share code through shared/.';
  if (fromTop === 'shared' && (toTop === 'renderer' || toTop === 'electron'))
    return 'shared/ must not import renderer/ or electron/.';
  // Tests may reach into a feature to test its parts; features themselves may not reach into each other.
  if (fromTop === 'renderer' && toTop === 'renderer' && toSub === 'features' && toFeature) {
    const sameFeature = fromTop === 'renderer' && fromSub === 'features' && fromFeature === toFeature;
    const throughIndex = rest.length === 0 || (rest.length === 1 && /^index(\.tsx?)?$/.test(rest[0]));
    if (!sameFeature && !throughIndex) return `import the ${toFeature} feature through its index only.`;
  }
  return null;
}

export const boundariesPlugin = {
  rules: {
    imports: {
      meta: { type: 'problem', schema: [] },
      create(context) {
        const check = (node) => {
          if (!node.source || typeof node.source.value !== 'string') return;
          const message = violation(context.filename, node.source.value);
          if (message) context.report({ node: node.source, message });
        };
        return {
          ImportDeclaration: check,
          ExportNamedDeclaration: check,
          ExportAllDeclaration: check,
          ImportExpression: check,
        };
      },
    },
  },
};

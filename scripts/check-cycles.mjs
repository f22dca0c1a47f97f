// Fails when the modules of src/ import each other in a cycle. Reads the import graph from an
// esbuild metafile with every file of src/ as an entry point (nothing is written), so it sees the imports that
// remain at run time (type-only imports are erased and cannot form a cycle there).
// Usage: node scripts/check-cycles.mjs [entry.ts ...]   (default: every .ts file of src/)
import * as esbuild from 'esbuild';
import { globSync } from 'tinyglobby';

/** The import graph of the project's own files: file -> files it imports. */
async function importGraph(entryPoints) {
  const { metafile } = await esbuild.build({
    entryPoints, bundle: true, write: false, metafile: true, outdir: 'out/cycles',
    platform: 'node', format: 'cjs', packages: 'external', external: ['vscode'], logLevel: 'error',
  });
  const graph = new Map();
  for (const [file, input] of Object.entries(metafile.inputs)) {
    if (!file.startsWith('src/')) continue;
    graph.set(file, input.imports.map((i) => i.path).filter((path) => path.startsWith('src/')));
  }
  return graph;
}

/** Strongly connected components with more than one file, or one file importing itself (Tarjan). */
function cycles(graph) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  let next = 0;
  const visit = (file) => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const to of graph.get(file) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(file, Math.min(low.get(file), low.get(to)));
      } else if (onStack.has(to)) {
        low.set(file, Math.min(low.get(file), index.get(to)));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || (graph.get(file) ?? []).includes(file)) found.push(component.sort());
  };
  for (const file of [...graph.keys()].sort()) if (!index.has(file)) visit(file);
  return found;
}

const entries = process.argv.slice(2);
const graph = await importGraph(entries.length ? entries : globSync(['src/**/*.ts']));
const found = cycles(graph);
if (found.length) {
  console.error(`Import cycles in src/ (${found.length}); each line lists files that import one another in a cycle:`);
  for (const component of found) console.error(`  ${component.join(' <-> ')}`);
  process.exit(1);
}
console.log(`No import cycle among ${graph.size} files of src/.`);

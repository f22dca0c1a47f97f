// The parser floor as a whole process: reads a Markdown file and parses it with remark-parse + gfm +
// frontmatter (the parser the engine uses), and nothing else. `npm run bench` times it cold against
// `citation-needed check`. Usage: node out/test/bench/parse-only.js <file.md>
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';

const file = process.argv[2];
if (!file) {
  console.error('usage: node out/test/bench/parse-only.js <file.md>');
  process.exit(2);
}
const tree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).parse(readFileSync(file, 'utf8'));
process.stdout.write(`${tree.children.length} top-level nodes\n`);

import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

/** Parses Markdown (CommonMark + GFM + front matter) into an mdast tree with offsets. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}

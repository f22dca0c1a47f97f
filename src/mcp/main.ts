// Entry point of `citation-needed mcp` (dist/mcp.js): a Model Context Protocol server over standard input and output.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { createServer } from './server';

const HELP = `Usage: citation-needed mcp [--root DIR]

Runs the Citation Needed MCP server over standard input and output, with the tools
check_markdown, check_files, fix_markdown and explain_rule. Files are read only under
DIR (default: the working folder). See docs/agents.md.
`;

/** Starts the server with the arguments after `mcp`. */
export function main(args: readonly string[] = process.argv.slice(3)): void {
  let values;
  try {
    ({ values } = parseArgs({ args: [...args], options: { root: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    process.stderr.write(`citation-needed mcp: ${(error as Error).message}\nRun "citation-needed mcp --help" for usage.\n`);
    process.exitCode = 2;
    return;
  }
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const root = resolve(values.root ?? process.cwd());
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    process.stderr.write(`citation-needed mcp: --root ${root} is not a folder\n`);
    process.exitCode = 2;
    return;
  }
  const server = createServer(root);
  void server.connect(new StdioServerTransport());
}

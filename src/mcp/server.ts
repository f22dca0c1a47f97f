// The MCP server: four tools over the engine, their schemas (zod, validated by the SDK) and results.
// A refused input or a failing check is a tool error (isError) with a message; the server goes on.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { CITATION_STYLES, SENSITIVITIES, SEVERITIES } from '../core/config';
import { ruleIds } from '../engine';
import { checkFilesTool, checkMarkdown, explainRule, fixMarkdown, ToolError } from './tools';
import { version } from '../../package.json';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const severity = z.enum(SEVERITIES as [string, ...string[]]);

const configSchema = z.object({
  rules: z.record(z.string(), z.union([severity, z.object({ severity: severity.optional(), add: z.array(z.string()).optional(), remove: z.array(z.string()).optional() }).strict()])).optional(),
  stalenessMonths: z.number().min(1).optional(),
  referenceDate: date.optional(),
  citationStyle: z.enum(CITATION_STYLES as [string, ...string[]]).optional(),
  sensitivity: z.enum(SENSITIVITIES as [string, ...string[]]).optional(),
  bibliography: z.array(z.string()).optional(),
  maxFileSize: z.number().int().min(1).optional(),
  maxFindingsPerFile: z.number().int().min(1).optional(),
}).strict().describe('Configuration keys on top of the nearest .citation-needed.json (same keys and values)');

const textInput = {
  text: z.string().describe('The Markdown text'),
  filename: z.string().min(1).optional().describe("Where the text lives or will live, relative to the server's folder: finds its .citation-needed.json and bibliography"),
  config: configSchema.optional(),
  referenceDate: date.optional().describe('"Today" for the time-aware rules (default: today)'),
};

const edit = z.object({ offset: z.number(), endOffset: z.number(), newText: z.string() });
const finding = z.object({
  ruleId: z.string(), severity: z.string(), message: z.string(), note: z.string().optional(), url: z.string(),
  line: z.number(), column: z.number(), endLine: z.number(), endColumn: z.number(), text: z.string(), confidence: z.number(),
  fixes: z.array(z.object({ title: z.string(), safe: z.boolean(), edits: z.array(edit) })),
});

/** A tool's result: the structured content, and the summary (then the JSON) as text for clients without structured output. */
function result(structured: Record<string, unknown>, summary: string): CallToolResult {
  return { structuredContent: structured, content: [{ type: 'text', text: summary }, { type: 'text', text: JSON.stringify(structured) }] };
}

/** Runs a tool; a ToolError (or any failure) becomes an error result naming what went wrong. */
async function guarded(run: () => Promise<CallToolResult> | CallToolResult): Promise<CallToolResult> {
  try {
    return await run();
  } catch (error) {
    const message = error instanceof ToolError ? error.message : `the check failed: ${(error as Error).message}`;
    return { isError: true, content: [{ type: 'text', text: message }] };
  }
}

/** An MCP server with the Citation Needed tools; `root` is the folder files and filenames are resolved in. */
export function createServer(root: string): McpServer {
  const server = new McpServer({ name: 'citation-needed', version });

  server.registerTool('check_markdown', {
    title: 'Check Markdown for unsourced claims',
    description: 'Checks a Markdown text for unsourced claims, vague attributions, hedges, puffery, relative and stale dates, broken citations and model leftovers. Returns each finding with its 1-based line and column, rule, severity, message, note and fixes.',
    inputSchema: textInput,
    outputSchema: { findings: z.array(finding), summary: z.string() },
    annotations: { readOnlyHint: true, openWorldHint: false },
  }, (args) => guarded(() => {
    const out = checkMarkdown(root, args.text, args);
    return result(out, out.summary);
  }));

  server.registerTool('check_files', {
    title: 'Check Markdown files',
    description: "Checks Markdown files under the server's folder, as `citation-needed check` does (nearest .citation-needed.json, its include and exclude globs). Paths and globs are relative to the folder; anything outside it is refused.",
    inputSchema: {
      paths: z.array(z.string().min(1)).min(1).max(1000).describe("Files, folders or globs relative to the server's folder"),
      referenceDate: date.optional(),
    },
    outputSchema: { files: z.array(z.object({ file: z.string(), error: z.string().optional(), findings: z.array(finding) })), summary: z.string() },
    annotations: { readOnlyHint: true, openWorldHint: false },
  }, (args) => guarded(async () => {
    const out = await checkFilesTool(root, args.paths, args.referenceDate);
    return result(out, out.summary);
  }));

  server.registerTool('fix_markdown', {
    title: 'Apply the safe fixes to Markdown',
    description: 'Applies the fixes that need no judgement (as `citation-needed check --fix` does) to a Markdown text and returns the new text and the list of changes. Nothing is written to disk.',
    inputSchema: textInput,
    outputSchema: {
      text: z.string(), applied: z.number(), summary: z.string(),
      changes: z.array(z.object({ ruleId: z.string(), title: z.string(), line: z.number(), column: z.number(), edits: z.array(z.object({ removed: z.string(), inserted: z.string() })) })),
    },
    annotations: { readOnlyHint: true, openWorldHint: false },
  }, (args) => guarded(() => {
    const out = fixMarkdown(root, args.text, args);
    return result(out, out.summary);
  }));

  server.registerTool('explain_rule', {
    title: 'Explain a Citation Needed rule',
    description: `Describes a rule: what it flags, why it matters, its default severity and its documentation. Rule ids: ${ruleIds.join(', ')}.`,
    inputSchema: { ruleId: z.string().describe('A rule id, e.g. unsourced-claim') },
    outputSchema: { ruleId: z.string(), description: z.string(), rationale: z.string(), defaultSeverity: z.string(), url: z.string() },
    annotations: { readOnlyHint: true, openWorldHint: false },
  }, (args) => guarded(() => {
    const out = explainRule(args.ruleId);
    return result(out, `${out.ruleId}: ${out.description}\n\n${out.rationale}\n\nDocs: ${out.url}`);
  }));

  return server;
}

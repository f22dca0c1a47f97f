// Entry point of `citation-needed lsp` (dist/lsp.js): a language server over standard input and output.
import { createConnection } from 'vscode-languageserver/node';
import { startServer } from './server';

const HELP = `Usage: citation-needed lsp [--stdio]

Runs the Citation Needed language server over standard input and output (the only transport;
--stdio is accepted for clients that always pass it). Settings come from the nearest
.citation-needed.json above each file and from the client's "citationNeeded" settings.
See docs/editors.md for Neovim, Helix, Zed, Emacs and Sublime Text.
`;

/** Starts the server with the arguments after `lsp`; resolves once the connection closes. */
export function main(args: readonly string[] = process.argv.slice(3)): void {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(HELP);
    return;
  }
  const unknown = args.filter((a) => a !== '--stdio');
  if (unknown.length) {
    process.stderr.write(`citation-needed lsp: unknown option "${unknown[0]}" (the server speaks over --stdio only)\nRun "citation-needed lsp --help" for usage.\n`);
    process.exitCode = 2;
    return;
  }
  const connection = createConnection(process.stdin, process.stdout);
  startServer(connection);
  connection.listen();
}

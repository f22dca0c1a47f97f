#!/usr/bin/env node
'use strict';
// One command, three bundles: the language server and the MCP server load only when asked for.
const command = process.argv[2];
if (command === 'lsp') require('../dist/lsp.js').main(process.argv.slice(3));
else if (command === 'mcp') require('../dist/mcp.js').main(process.argv.slice(3));
else require('../dist/cli.js').main();

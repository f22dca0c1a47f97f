// The worker bundle (dist/worker.js), one for every Node host: the CLI and the MCP server send files by
// name, the extension sends texts it has read; both over the one protocol of src/workers.
import { serveChecks } from './workers/serve';
import { threadHostChannel } from './workers/thread-worker';
import { checkFile } from './cli/check-file';

serveChecks(threadHostChannel(), checkFile);

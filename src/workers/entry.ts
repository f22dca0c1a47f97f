// The worker bundle (dist/worker.js), shared by the CLI and the extension: the CLI's file protocol
// on the parent port, and the extension's text protocol on a port passed in workerData.
import './text-worker';
import '../cli/worker';

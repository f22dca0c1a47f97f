/** Worker-thread entry for parallel checks: checks one file per message and replies with located findings. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkFile } from './check-file';
import type { CheckOptions } from './types';

const options = (workerData as { options: CheckOptions }).options;
parentPort?.on('message', ({ index, file }: { index: number; file: string }) => {
  parentPort!.postMessage({ index, result: checkFile(file, options) });
});

/** Worker-thread entry for parallel checks (filled in by the parallel-check work). */
export {};

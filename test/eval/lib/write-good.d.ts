declare module 'write-good' {
  /** One suggestion of write-good: where it is and why. */
  interface Suggestion {
    index: number;
    offset: number;
    reason: string;
  }
  /** Checks prose; options switch checks on or off. */
  function writeGood(text: string, options?: Record<string, unknown>): Suggestion[];
  export = writeGood;
}

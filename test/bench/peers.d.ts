// The peers ship no type declarations; the benchmark only calls them.
declare module 'textlint-rule-write-good';
declare module 'write-good';

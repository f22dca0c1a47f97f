// Notices of the engine's own limits: blocks checked as plain text or not at all, and findings over the cap.
import type { Block } from './blocks';
import type { RawReport } from './lint';

/** The rule id of the engine's notices (the rule is registered with the others so it can be configured). */
export const LIMITS_RULE_ID = 'check-limits';

/** Longest span of a notice: the start of the block's first line. */
const NOTICE_SPAN = 40;

/** The notice of a block that is skipped or checked as plain text; undefined for other blocks and later pieces. */
export function blockNotice(text: string, block: Block): RawReport | undefined {
  if (!block.notice || !(block.skipped || block.plain)) return undefined;
  let end = block.offset;
  const limit = Math.min(block.endOffset, block.offset + NOTICE_SPAN);
  while (end < limit && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  if (end > block.offset && end < block.endOffset && isHighSurrogate(text.charCodeAt(end - 1))) end--;
  const message = block.skipped ? `Not checked: this block is ${block.skipped}` : `Checked as plain text, not as Markdown: this block has ${block.plain}`;
  return { ruleId: LIMITS_RULE_ID, offset: block.offset, endOffset: end, message };
}

/** The notice that stands for the findings over the cap, at the first of them. */
export function capNotice(first: { offset: number; endOffset: number }, more: number, cap: number): RawReport {
  const findings = more === 1 ? 'finding' : 'findings';
  return {
    ruleId: LIMITS_RULE_ID,
    offset: first.offset,
    endOffset: first.offset,
    message: `${more.toLocaleString('en-US')} more ${findings} in this file not shown (maxFindingsPerFile is ${cap.toLocaleString('en-US')})`,
  };
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

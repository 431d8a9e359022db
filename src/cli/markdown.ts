import type { Finding } from '../analysis';

/** How many items a section of a pull-request comment lists before it says how many more there are. */
export const MAX_LISTED = 50;

/**
 * Diagram text made inert in Markdown: every ASCII punctuation mark backslash-escaped (no link, emphasis, table
 * cell, HTML tag or code span can start), line breaks and control characters folded to a space.
 */
export function markdownText(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]+/gu, ' ').replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** A bulleted list of at most MAX_LISTED items, then how many were left out. */
export function bullets(items: readonly string[]): string[] {
  const shown = items.slice(0, MAX_LISTED).map((item) => `- ${item}`);
  return items.length > MAX_LISTED ? [...shown, `- …and ${items.length - MAX_LISTED} more`] : shown;
}

/** How many ids a finding's line names before it says how many more there are. */
const MAX_IDS = 8;

function where(finding: Finding): string {
  const ids = [...finding.nodes, ...finding.edges];
  const shown = ids.slice(0, MAX_IDS).map((id) => `\`${id}\``).join(', ');
  return ids.length > MAX_IDS ? `${shown} and ${ids.length - MAX_IDS} more` : shown;
}

/** One finding on one line: severity, rule, where (ids are `[A-Za-z0-9_-]`, safe in a code span) and, unless brief, message and fix. */
export function findingItem(finding: Finding, path: string | undefined, brief = false): string {
  const head = `${brief ? '' : `**${finding.severity}** `}\`${finding.rule}\`${path === undefined ? '' : ` in ${markdownText(path)}`} (${where(finding)})`;
  return brief ? head : `${head}: ${markdownText(finding.message)}<br>fix: ${markdownText(finding.fix)}`;
}

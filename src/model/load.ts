import type { z } from 'zod';
import { CURRENT_VERSION, FORMAT, FlowDocument, NODE_KINDS } from './schema';
import { MIGRATIONS, type Migration } from './migrations';
import { rememberValid } from './validated';

export type LoadResult = { ok: true; doc: FlowDocument } | { ok: false; errors: string[] };

const MAX_MESSAGES = 10;

/** A key as a person reads it: a plain name as is, anything else (empty, spaces, control characters) quoted. */
const keyText = (key: string) => (/^[A-Za-z_$][\w$-]*$/.test(key) ? key : JSON.stringify(key));

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && keyText(part) !== part) out += `[${keyText(part)}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(document)';
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function unknownFieldReason(input: unknown, path: readonly PropertyKey[]): string {
  const kind = (valueAt(input, path) as { kind?: unknown } | undefined)?.kind;
  return typeof kind === 'string' ? `not a field of ${path[0] === 'edges' ? 'an edge' : `a node of kind "${kind}"`}` : 'not part of the format';
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string[] {
  if (issue.code === 'unrecognized_keys') {
    const reason = unknownFieldReason(input, issue.path);
    return issue.keys.map((key) => `${formatPath([...issue.path, key])}: unknown field (${reason})`);
  }
  if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator) {
    return [`${formatPath(issue.path)}: expected one of ${NODE_KINDS.join(', ')}`];
  }
  return [`${formatPath(issue.path)}: ${issue.message}`];
}

/** Describe the issues of a failed parse, one line each, naming the field. */
export function describeIssues(error: z.ZodError, input?: unknown, limit = MAX_MESSAGES): string[] {
  // A value of the wrong type also fails the checks meant for the right one (a string "validate" for a list is
  // "too long" as well): only the type is worth saying.
  const wrongType = new Set(error.issues.filter((i) => i.code === 'invalid_type').map((i) => formatPath(i.path)));
  const issues = error.issues.filter((i) => i.code === 'invalid_type' || !wrongType.has(formatPath(i.path)));
  const lines = issues.flatMap((issue) => describeIssue(issue, input));
  return lines.length > limit ? [...lines.slice(0, limit), `…and ${lines.length - limit} more problems`] : lines;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Bring a raw document of any known version up to the current one. */
export function migrate(
  raw: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  target: number = CURRENT_VERSION,
): { ok: true; raw: Record<string, unknown> } | { ok: false; errors: string[] } {
  if (!isRecord(raw)) return { ok: false, errors: ['(document): expected a JSON object'] };
  if (raw.format !== FORMAT) return { ok: false, errors: [`format: expected "${FORMAT}"`] };
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, errors: ['version: expected a whole number ≥ 1'] };
  }
  if (version > target) {
    return { ok: false, errors: [`version: ${version} is newer than this Flowmap understands (${target}); update Flowmap to open it`] };
  }
  let current = raw;
  for (let v = version; v < target; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, errors: [`version: no migration from version ${v}`] };
    current = step(current);
  }
  return { ok: true, raw: current };
}

/** The one entry point for any document from outside: migrate, then validate. */
export function loadDocument(raw: unknown): LoadResult {
  const migrated = migrate(raw);
  if (!migrated.ok) return migrated;
  const parsed = FlowDocument.safeParse(migrated.raw);
  if (!parsed.success) return { ok: false, errors: describeIssues(parsed.error, migrated.raw) };
  rememberValid(parsed.data);
  return { ok: true, doc: parsed.data };
}

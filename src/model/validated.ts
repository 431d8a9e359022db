import { checkReferences, FlowComment, FlowDocument, FlowEdge, FlowGroup, FlowNode, FlowNote, FlowWaiver, LIMITS } from './schema';

/** Documents known to be valid: documents are never changed in place, so each stays valid as it is. */
const known = new WeakSet<FlowDocument>();

/** For a document just validated, or an exact copy (structured clone) of one validated in one of our workers. */
export const rememberValid = (doc: FlowDocument): void => void known.add(doc);

/** True for a document `loadDocument` returned or `validFrom` passed: checking it again would find what it found. */
export const isValidated = (doc: FlowDocument): boolean => known.has(doc);

const ELEMENTS = { nodes: FlowNode, edges: FlowEdge, groups: FlowGroup, notes: FlowNote, comments: FlowComment, waivers: FlowWaiver } as const;
const COLLECTIONS = Object.keys(ELEMENTS) as (keyof typeof ELEMENTS)[];

/**
 * Whether `next` is valid, given `base`, a document known to be valid that it was made from by replacing some
 * of its elements (as every edit does): the elements the two share are not checked again; the document's own
 * fields, every other element and every reference between them are, against the same schema as a whole parse.
 * A valid `next` is remembered as validated.
 */
export function validFrom(base: FlowDocument, next: FlowDocument): boolean {
  if (!isValidated(base)) return false;
  if (isValidated(next)) return true;
  const shell: Record<string, unknown> = { ...next };
  for (const key of COLLECTIONS) {
    const list = next[key] as readonly unknown[] | undefined;
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.length > LIMITS[key]) return false;
    shell[key] = [];
    const shared = new Set<unknown>(base[key] ?? []);
    for (const item of list) if (!shared.has(item) && !ELEMENTS[key].safeParse(item).success) return false;
  }
  if (!FlowDocument.safeParse(shell).success) return false;
  let referencesHold = true;
  checkReferences(next, { addIssue: () => void (referencesHold = false) });
  if (referencesHold) rememberValid(next);
  return referencesHold;
}

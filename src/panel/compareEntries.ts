import type { DiffItem, DocumentDiff, Finding } from '../analysis';
import type { FlowDocument } from '../model';

/** Where an entry takes the person: what to select (only what is on show) and what to zoom to (ghosts included). */
export interface Target {
  select: string[];
  zoom: string[];
}

export interface FactChange {
  field: string;
  before: string;
  after: string;
}

export interface ChangeEntry extends Target {
  id: string;
  what: 'node' | 'arrow' | 'boundary' | 'note';
  mark: 'added' | 'removed' | 'changed';
  name: string;
  facts: FactChange[];
}

const LISTS = [['nodes', 'node'], ['edges', 'arrow'], ['groups', 'boundary'], ['notes', 'note']] as const;
const NOT_SET = 'not set';

/** A fact's value as the inspector would say it: lists joined, absent as "not set". */
export function factText(value: unknown): string {
  if (value === undefined) return NOT_SET;
  if (Array.isArray(value)) return value.length ? value.map(factText).join(', ') : 'none';
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

/** The changes between two versions, each named as a person would and with where it is on the canvas. */
export function changeEntries(before: FlowDocument, after: FlowDocument, diff: DocumentDiff): ChangeEntry[] {
  const shown = new Set([...after.nodes, ...after.edges, ...(after.groups ?? []), ...(after.notes ?? [])].map((item) => item.id));
  const labels = new Map([...before.nodes, ...after.nodes].map((n) => [n.id, n.label]));
  const members = (group: string) => after.nodes.filter((n) => n.group === group).map((n) => n.id);
  const nameOf = (item: DiffItem): string => {
    if (typeof item.label === 'string') return item.label;
    if (typeof item.source === 'string' && typeof item.target === 'string') return `${labels.get(item.source) ?? item.source} → ${labels.get(item.target) ?? item.target}`;
    return typeof item.text === 'string' ? item.text.slice(0, 60) : item.id;
  };
  const target = (item: DiffItem, what: ChangeEntry['what']): Target => {
    const select = shown.has(item.id) ? [item.id] : [];
    if (what === 'arrow') return { select, zoom: [String(item.source), String(item.target)] };
    return { select, zoom: what === 'boundary' ? [item.id, ...members(item.id)] : [item.id] };
  };
  const entries: ChangeEntry[] = [];
  for (const [list, what] of LISTS) {
    const { added, removed, changed } = diff[list];
    const now = new Map<string, DiffItem>((after[list] ?? []).map((item) => [item.id, item as DiffItem]));
    for (const item of added) entries.push({ id: item.id, what, mark: 'added', name: nameOf(item), facts: [], ...target(item, what) });
    for (const item of removed) entries.push({ id: item.id, what, mark: 'removed', name: nameOf(item), facts: [], ...target(item, what) });
    for (const change of changed) {
      const item = now.get(change.id)!;
      const facts = change.fields.map((field) => ({ field, before: factText(change.before[field]), after: factText(change.after[field]) }));
      entries.push({ id: change.id, what, mark: 'changed', name: nameOf(item), facts, ...target(item, what) });
    }
  }
  return entries;
}

/** A finding's elements: those on show are selected; the view zooms to its nodes, a removed one's ghost included. */
export function findingTarget(finding: Finding, after: FlowDocument): Target {
  const shown = new Set([...after.nodes, ...after.edges].map((item) => item.id));
  return { select: [...finding.nodes, ...finding.edges].filter((id) => shown.has(id)), zoom: [...finding.nodes] };
}

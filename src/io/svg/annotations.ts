import { worstSeverity, type Finding, type Severity } from '../../analysis';

/** The findings about one node or edge: their legend numbers (1-based, ascending) and the worst severity. */
export interface Marks {
  numbers: number[];
  severity: Severity;
}

const MAX_LISTED = 3;

function addMark(marks: Map<string, Marks>, id: string, number: number, severity: Severity): void {
  const existing = marks.get(id);
  if (!existing) marks.set(id, { numbers: [number], severity });
  else if (existing.numbers.at(-1) !== number) {
    existing.numbers.push(number);
    existing.severity = worstSeverity(existing.severity, severity);
  }
}

/** Which legend numbers each node and edge carries; finding n (1-based) is `findings[n - 1]`. */
export function markFindings(findings: readonly Finding[]): { nodes: Map<string, Marks>; edges: Map<string, Marks> } {
  const nodes = new Map<string, Marks>();
  const edges = new Map<string, Marks>();
  findings.forEach((finding, i) => {
    for (const id of finding.nodes) addMark(nodes, id, i + 1, finding.severity);
    for (const id of finding.edges) addMark(edges, id, i + 1, finding.severity);
  });
  return { nodes, edges };
}

/** "1,4" for a few findings; "1,4,5+" when there are more than fit on a badge. */
export function badgeLabel(numbers: readonly number[]): string {
  const listed = numbers.slice(0, MAX_LISTED).join(',');
  return numbers.length > MAX_LISTED ? `${listed}+` : listed;
}

/** The tooltip of a badge, naming every finding it stands for. */
export function marksTitle(marks: Marks): string {
  return `${marks.numbers.length === 1 ? 'Finding' : 'Findings'} ${marks.numbers.join(', ')} (worst: ${marks.severity})`;
}

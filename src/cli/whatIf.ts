import { faultProblem, rankSinglePointsOfFailure, simulate, type Fault } from '../analysis';
import { parseDocumentText } from '../io';
import type { FlowDocument } from '../model';
import { formatRanking, formatWhatIf } from './formatWhatIf';
import type { SourceFile } from './readSource';
import { parseWhatIfArgs, WHAT_IF_USAGE } from './whatIfOptions';

export interface WhatIfOutcome {
  output: string;
  /** Messages about bad input or usage, for stderr. */
  problems: string[];
  exitCode: 0 | 2;
}

const fail = (...problems: string[]): WhatIfOutcome => ({ output: '', problems, exitCode: 2 });

/** A node id wins over an arrow id when both exist. */
function faultOn(doc: FlowDocument, id: string, kind: Fault['kind']): Fault {
  return doc.nodes.some((n) => n.id === id) || !doc.edges.some((e) => e.id === id)
    ? { target: { type: 'node', id }, kind }
    : { target: { type: 'edge', id }, kind: kind as Extract<Fault, { target: { type: 'edge' } }>['kind'] };
}

/** `flowmap what-if …` on files already read: no fs, no process, so it is testable. */
export function whatIfCommand(argv: readonly string[], read: (path: string) => SourceFile): WhatIfOutcome {
  const args = parseWhatIfArgs(argv);
  if (!args.ok) return args.help ? { output: `${WHAT_IF_USAGE}\n`, problems: [], exitCode: 0 } : fail(`flowmap: ${args.error}`, '', WHAT_IF_USAGE);
  const file = read(args.file);
  if (file.text === undefined) return fail(`${args.file}: ${file.readError ?? 'cannot read the file'}`);
  const loaded = parseDocumentText(file.text);
  if (!loaded.ok) return fail(...loaded.errors.map((error) => `${args.file}: ${error}`));
  const { doc } = loaded;
  if (!args.fault) return { output: formatRanking(args.file, doc, rankSinglePointsOfFailure(doc), args.format), problems: [], exitCode: 0 };
  const fault = faultOn(doc, args.fault.id, args.fault.kind);
  const problem = faultProblem(doc, fault);
  if (problem) return fail(`${args.file}: ${problem === `no node "${args.fault.id}"` ? `no node or arrow "${args.fault.id}"` : problem}`);
  return { output: formatWhatIf(args.file, doc, simulate(doc, fault), args.format), problems: [], exitCode: 0 };
}

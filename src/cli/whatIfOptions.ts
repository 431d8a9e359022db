import { NODE_FAULTS, type NodeFault } from '../analysis';

export type WhatIfFormat = 'text' | 'json' | 'markdown';

export const WHAT_IF_USAGE = `Usage: flowmap what-if FILE --fault ID[:down|slow|duplicate|drop|schema] [--format text|json|markdown]
       flowmap what-if FILE --rank [--format text|json|markdown]

Simulates a fault in a Flowmap diagram and tells where the data goes late, twice, half-written,
stale or nowhere, who is told, and what stops it.

Options:
  --fault     the node or arrow id that fails, and how (default down; schema only on a node;
              an id that names both a node and an arrow means the node)
  --rank      run every fault on every node and rank the nodes by what they break silently
  --format    text (default), json, or markdown
  -h, --help  show this help

Exit codes: 0 done, 2 bad input, unknown id or bad usage.`;

export type WhatIfArgs =
  | { ok: true; file: string; format: WhatIfFormat; fault?: { id: string; kind: NodeFault } }
  | { ok: false; help: boolean; error?: string };

const FORMATS: readonly WhatIfFormat[] = ['text', 'json', 'markdown'];

function parseFault(value: string | undefined): { id: string; kind: NodeFault } | string {
  if (!value) return '--fault: expected ID or ID:KIND';
  const [id, kind = 'down', ...rest] = value.split(':');
  if (!id || rest.length > 0) return `--fault: expected ID or ID:KIND, got "${value}"`;
  if (!(NODE_FAULTS as readonly string[]).includes(kind)) return `--fault: the fault must be one of ${NODE_FAULTS.join(', ')}, got "${kind}"`;
  return { id, kind: kind as NodeFault };
}

/** Parses the arguments after `what-if`. */
export function parseWhatIfArgs(argv: readonly string[]): WhatIfArgs {
  if (argv.includes('-h') || argv.includes('--help')) return { ok: false, help: true };
  const files: string[] = [];
  let format: WhatIfFormat = 'text';
  let fault: { id: string; kind: NodeFault } | undefined;
  let rank = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') ? arg.split('=', 2) : [arg, undefined];
    if (flag === '--format') {
      const value = inline ?? argv[++i];
      if (!(FORMATS as readonly (string | undefined)[]).includes(value)) return { ok: false, help: false, error: `--format: expected one of ${FORMATS.join(', ')}${value === undefined ? '' : `, got "${value}"`}` };
      format = value as WhatIfFormat;
    } else if (flag === '--fault') {
      const parsed = parseFault(inline ?? argv[++i]);
      if (typeof parsed === 'string') return { ok: false, help: false, error: parsed };
      fault = parsed;
    } else if (flag === '--rank') {
      rank = true;
    } else if (arg.startsWith('-') && arg !== '-') {
      return { ok: false, help: false, error: `unknown option "${arg}"` };
    } else {
      files.push(arg);
    }
  }
  if (files.length !== 1) return { ok: false, help: false, error: files.length === 0 ? 'no FILE given' : 'what-if takes one FILE' };
  if (rank === (fault !== undefined)) return { ok: false, help: false, error: 'give either --fault ID[:KIND] or --rank' };
  return { ok: true, file: files[0]!, format, ...(fault ? { fault } : {}) };
}


import { askOverlapGuard } from '../ask';
import { ORIGIN_BITS, originBit, validates, type Context } from '../derived';
import type { Graph } from '../graph';
import { label, listing, names, plural } from '../text';
import type { OriginAnswer, Unknown } from '../types';

const BORN_AS: Record<string, string> = { actor: 'user input', external: 'an external API', scheduler: 'a scheduled job' };

const describeOrigin = (graph: Graph, o: number) => `${label(graph, o)} (${BORN_AS[graph.nodeKind[o]!] ?? 'no arrow leads in'})`;

function userInput(ctx: Context, i: number, actors: number[]): string {
  const { graph } = ctx;
  const node = graph.nodes[i]!;
  const where = actors.length > 0 ? ` from ${names(graph, actors)}` : '';
  const state =
    node.kind === 'actor' && actors.includes(i) ? 'it is born here'
      : validates(node) ? `${node.label} validates it`
        : ctx.rawInput.cause[i] !== -1 ? `it reaches ${node.label} unvalidated`
          : 'every path here passes a validating step';
  return `User input${where} is messy: it must be validated before it is stored — ${state}.`;
}

/** Where node i's data is born, and what each kind of birthplace implies. */
export function originAnswer(ctx: Context, i: number): OriginAnswer {
  const { graph, origins } = ctx;
  const { items, more } = origins.sources[i]!;
  const kinds = origins.kinds[i]!;
  const listed = (bit: number) => items.filter((o) => originBit(graph.nodeKind[o]!) === bit);
  const who = (list: number[], fallback: string) => (list.length > 0 ? names(graph, list) : fallback);
  const implications: string[] = [];
  const unknowns: Unknown[] = [];
  if (kinds & ORIGIN_BITS.actor) implications.push(userInput(ctx, i, listed(ORIGIN_BITS.actor)));
  if (kinds & ORIGIN_BITS.external) {
    const externals = listed(ORIGIN_BITS.external);
    implications.push(`${who(externals, 'An external API upstream')} ${plural(externals.length, 'is an external API', 'are external APIs')}: flaky — calls need a timeout, retries and a fallback.`);
  }
  if (kinds & ORIGIN_BITS.scheduler) {
    const jobs = listed(ORIGIN_BITS.scheduler);
    implications.push(`${who(jobs, 'A scheduled job upstream')} can overlap ${plural(jobs.length, 'itself', 'themselves')}: ${plural(jobs.length, 'it needs', 'each needs')} an overlap guard or idempotent writes.`);
    for (const job of jobs) {
      const n = graph.nodes[job]!;
      if (n.kind === 'scheduler') unknowns.push(...askOverlapGuard(n));
    }
  }
  if (kinds & ORIGIN_BITS.born) {
    const born = listed(ORIGIN_BITS.born);
    implications.push(`${who(born, 'A node upstream')} ${plural(born.length, 'has', 'have')} no arrow leading in: data is born there, or an arrow is missing.`);
  }
  return { summary: summarize(graph, i, items, more), sources: items.map((o) => graph.nodeId[o]!), moreSources: more, implications, unknowns };
}

function summarize(graph: Graph, i: number, items: readonly number[], more: boolean): string {
  const name = label(graph, i);
  if (items.length === 0) {
    const failing = [...new Set(graph.failureIn[i]!.map((e) => graph.source[e]!))];
    return failing.length > 0
      ? `Data reaches ${name} only through failure paths, from ${names(graph, failing)}.`
      : `No origin reaches ${name}: the arrows that lead here start in a loop that nothing feeds.`;
  }
  if (items.length === 1 && items[0] === i && !more) return `Data is born here: ${describeOrigin(graph, i)}.`;
  const listedOrigins = items.map((o) => describeOrigin(graph, o));
  return `Data at ${name} originates at ${more ? `${listedOrigins.join(', ')} and others` : listing(listedOrigins, items.length)}.`;
}

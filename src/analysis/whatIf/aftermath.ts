import type { Spread } from './spread';
import { names } from '../text';
import { toldClause } from './words';

/** `from` and the nodes downstream of it, where untouched: they get no new data, and stay consistent with each other. */
export function quietDownstream(spread: Spread, from: number, cause: string): void {
  const { graph } = spread;
  const seen = new Set<number>([from]);
  const order = [from];
  const quiet: number[] = [];
  for (let head = 0; head < order.length; head++) {
    const u = order[head]!;
    if (spread.touched(u)) {
      if (head > 0) continue;
    } else quiet.push(u);
    for (const e of graph.dataOut[u]!) {
      const v = graph.target[e]!;
      if (!seen.has(v)) {
        seen.add(v);
        order.push(v);
      }
    }
  }
  if (quiet.length === 0) return;
  spread.hush(quiet, 0, `Nothing new reaches ${names(graph, quiet)} while ${cause} is down: what was refused upstream never got in, so they stay consistent.`);
}

/**
 * A store or cache that gets its data late while another copy of the same data keeps up serves
 * stale data, until the backlog arrives or a reconciliation repairs it.
 */
export function staleCopies(spread: Spread): void {
  const { graph } = spread;
  for (const entry of spread.affected()) {
    if (entry.type !== 'node') continue;
    const node = graph.indexOf.get(entry.id)!;
    const n = graph.nodes[node]!;
    const late = entry.effects.find((x) => x.effect === 'late');
    if (!late || (n.kind !== 'store' && n.kind !== 'cache')) continue;
    const fresh = (spread.lookups.copies.get(node) ?? []).flatMap((g) => g.members).find((m) => m !== node && !spread.touched(m));
    if (fresh === undefined) continue;
    const who = spread.name(node);
    if (n.reconciliation === true) {
      spread.stop('reconciliation', 'stale', spread.node(node), late.step, `${who} is reconciled: it does not stay behind ${spread.name(fresh)}.`);
      continue;
    }
    spread.effect('stale', { nodes: [node] }, late.step, `${who} falls behind ${spread.name(fresh)}: it serves stale data until the backlog arrives; ${toldClause(graph, late.told)}, and nothing reconciles it.`, {
      ...(late.told ? { told: late.told } : {}),
      fix: `Reconcile ${who} against its source of truth.`,
      mitigation: { target: { type: 'node', id: n.id }, fact: 'reconciliation', value: true },
    });
  }
}

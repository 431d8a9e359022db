import { faultProblem, mitigationPatch, scenarioQuestion, type Fault, type Mitigation } from '../analysis';
import { rankingOf, type ElementRef } from '../store';
import { defineCommand, type CommandContext } from './command';

/** The one node or arrow selected: what a scenario is asked about. */
function selectedElement({ document, session }: CommandContext): ElementRef | undefined {
  const { selection } = session.getState();
  if (selection.length !== 1) return undefined;
  const { doc } = document.getState();
  const id = selection[0]!;
  if (doc.nodes.some((n) => n.id === id)) return { type: 'node', id };
  return doc.edges.some((e) => e.id === id) ? { type: 'edge', id } : undefined;
}

/** Shows a scenario; a fault the map cannot have is refused with a message naming it. */
export const chooseFault = defineCommand<Fault>({ id: 'what-if-fault', label: 'Choose what fails, and how', category: 'Review', changesDocument: false, run: ({ document, session }, fault) => {
  const problem = faultProblem(document.getState().doc, fault);
  if (problem) {
    session.getState().set({ notice: { tone: 'error', text: `No scenario to show: ${problem}.` } });
    return { ok: false, error: problem };
  }
  session.getState().set({ scenario: fault, comparison: undefined, panel: { ...session.getState().panel, open: true } });
} });

/** The selected node or arrow goes down; the panel then offers the other faults it can have. */
export const whatIfSelected = defineCommand({ id: 'what-if', label: 'What if it fails?', category: 'Review', keys: ['W'], changesDocument: false, enabled: (ctx) => selectedElement(ctx) !== undefined, run: (ctx) => {
  const target = selectedElement(ctx);
  if (target) ctx.session.getState().set({ scenario: { target, kind: 'down' } as Fault, comparison: undefined, panel: { ...ctx.session.getState().panel, open: true } });
} });

export const leaveScenario = defineCommand({ id: 'leave-what-if', label: 'Leave the what-if scenario', category: 'Review', changesDocument: false, enabled: ({ session }) => session.getState().scenario !== undefined || session.getState().ranking === true, run: ({ session }) => {
  session.getState().set({ scenario: undefined, ranking: undefined });
} });

export const rankFailures = defineCommand({ id: 'single-points-of-failure', label: 'Worst single points of failure', category: 'Review', keys: ['Shift+W'], changesDocument: false, run: ({ document, session }) => {
  const ranking = rankingOf(document.getState().doc);
  session.getState().set({
    ranking: true,
    comparison: undefined,
    panel: { ...session.getState().panel, open: true },
    notice: ranking.length ? undefined : { tone: 'info', text: 'No node can break the rest of the map silently: every loss, stale copy or malformed write is caught or told.' },
  });
} });

/** One fact on one node or arrow, one undo step; the scenario on show shrinks at once. */
export const addMitigation = defineCommand<Mitigation>({ id: 'add-mitigation', label: 'Add this mitigation', category: 'Edit', changesDocument: true, run: ({ document, session }, mitigation) => {
  const { doc } = document.getState();
  const patch = mitigationPatch(doc, mitigation);
  if (!patch) return { ok: false, error: `no ${mitigation.target.type === 'node' ? 'node' : 'arrow'} "${mitigation.target.id}"` };
  const result = document.getState().updateElement(mitigation.target, patch);
  const { scenario } = session.getState();
  if (!result.ok) session.getState().set({ notice: { tone: 'error', text: `The mitigation was not added: ${result.error}` } });
  else if (scenario) {
    const on = mitigation.target.type === 'node' ? (doc.nodes.find((n) => n.id === mitigation.target.id)?.label ?? mitigation.target.id) : 'the arrow';
    session.getState().set({ notice: { tone: 'info', text: `Set ${mitigation.fact} on ${on} (Undo takes it back). “${scenarioQuestion(document.getState().doc, scenario)}” now shows what is left.` } });
  }
  return result;
} });

import { useMemo, type CSSProperties } from 'react';
import { EDGE_FAULTS, EFFECT_SPEC, NODE_FAULTS, effectsIn, scenarioQuestion, scenarioSummary, type ElementRef, type Fault, type PointOfFailure, type Step, type WhatIf } from '../analysis';
import { commands, displayShortcut, run } from '../commands';
import type { FlowDocument } from '../model';
import { rankingOf, useDocumentStore, useSessionStore, useWhatIf } from '../store';
import './whatIf.css';

const faultsOf = (target: ElementRef): readonly Fault['kind'][] => (target.type === 'node' ? NODE_FAULTS : EDGE_FAULTS);

/** The faults a node or arrow can have, one button each: choosing one shows that scenario. */
export function FaultPicker({ target, chosen }: { target: ElementRef; chosen?: Fault['kind'] }) {
  return (
    <div className="fm-faults" role="group" aria-label="Choose the fault">
      {faultsOf(target).map((kind) => (
        <button key={kind} type="button" aria-pressed={chosen === undefined ? undefined : chosen === kind} onClick={() => void run(commands.chooseFault, { target, kind } as Fault)}>
          {kind}
        </button>
      ))}
    </div>
  );
}

/** The selected node's or arrow's way into a scenario. */
export function WhatIfEntry({ target, title = 'What if it fails?' }: { target: ElementRef; title?: string }) {
  const key = displayShortcut(commands.whatIfSelected.keys![0]!);
  return (
    <section className="fm-whatif-entry" aria-label={title}>
      <h3>
        {title} <kbd title={`${key} shows it down`}>{key}</kbd>
      </h3>
      <FaultPicker target={target} />
    </section>
  );
}

function EffectLegend({ whatIf }: { whatIf: WhatIf }) {
  return (
    <ul className="fm-effect-legend" aria-label="Effect colours">
      {effectsIn(whatIf).map((effect) => (
        <li key={effect} style={{ '--fm-effect': EFFECT_SPEC[effect].colour } as CSSProperties}>
          <strong>{effect}</strong>: the data {EFFECT_SPEC[effect].meaning}
        </li>
      ))}
      <li className="fm-effect-legend__dim">dimmed: not affected</li>
    </ul>
  );
}

function StepItem({ step, reviewing }: { step: Step; reviewing: boolean }) {
  const colour = step.effect && step.kind !== 'stop' ? EFFECT_SPEC[step.effect].colour : undefined;
  const { mitigation } = step;
  return (
    <li className={`fm-step fm-step--${step.kind}`} style={colour ? ({ '--fm-effect': colour } as CSSProperties) : undefined}>
      <button type="button" className="fm-step__sentence" onClick={() => void run(commands.focusElements, { nodes: step.nodes, edges: step.edges })}>
        {step.sentence}
      </button>
      {step.fix ? <span className="fm-step__fix">Fix: {step.fix}</span> : null}
      {mitigation && !reviewing ? (
        <button type="button" className="fm-step__mitigate" title={`Set ${mitigation.fact} on ${mitigation.target.id} (one undo step)`} onClick={() => void run(commands.addMitigation, mitigation)}>
          {commands.addMitigation.label}
        </button>
      ) : null}
    </li>
  );
}

function Scenario({ doc, whatIf }: { doc: FlowDocument; whatIf: WhatIf }) {
  const reviewing = useSessionStore((state) => state.review !== undefined);
  const question = useMemo(() => scenarioQuestion(doc, whatIf.fault), [doc, whatIf.fault]);
  return (
    <section className="fm-scenario" aria-label="Scenario">
      <h2>{question}</h2>
      <FaultPicker target={whatIf.fault.target} chosen={whatIf.fault.kind} />
      <p className="fm-scenario__summary">{scenarioSummary(doc, whatIf)}</p>
      <EffectLegend whatIf={whatIf} />
      <ol className="fm-steps" aria-label="What happens, in order">
        {whatIf.steps.map((step, i) => (
          <StepItem key={i} step={step} reviewing={reviewing} />
        ))}
      </ol>
      <div className="fm-scenario__actions">
        <button type="button" onClick={() => void run(commands.exportPngLight, undefined)}>Export scenario PNG</button>
        <button type="button" onClick={() => void run(commands.exportSvgFile, undefined)}>Export scenario SVG</button>
        <button type="button" onClick={() => void run(commands.copyLink, undefined)}>Copy scenario link</button>
      </div>
    </section>
  );
}

function Ranking({ doc, ranking, current }: { doc: FlowDocument; ranking: readonly PointOfFailure[]; current?: Fault }) {
  const label = (id: string) => doc.nodes.find((n) => n.id === id)?.label ?? id;
  return (
    <section className="fm-ranking" aria-label="Worst single points of failure">
      <h2>Worst single points of failure</h2>
      {ranking.length === 0 ? <p className="fm-panel__empty">No node can break the rest of the map silently.</p> : null}
      <ol>
        {ranking.map((point) => (
          <li key={point.node}>
            <button
              type="button"
              aria-current={current?.target.id === point.node ? 'true' : undefined}
              onClick={() => void run(commands.chooseFault, { target: { type: 'node', id: point.node }, kind: point.worstFault })}
            >
              <strong>{label(point.node)}</strong> breaks {point.silent.length} silently (worst: {point.worstFault})
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The what-if side of the panel: the ranking to click through, and the scenario on show narrated in order. */
export function WhatIfPanel() {
  const doc = useDocumentStore((state) => state.doc);
  const whatIf = useWhatIf();
  const scenario = useSessionStore((state) => state.scenario);
  const ranked = useSessionStore((state) => state.ranking === true);
  const ranking = ranked ? rankingOf(doc) : undefined;
  // Another node or arrow selected meanwhile can be asked about from here too.
  const other = useSessionStore((state) => (state.selection.length === 1 && state.selection[0] !== state.scenario?.target.id ? state.selection[0] : undefined));
  const otherRef: ElementRef | undefined = other === undefined ? undefined : doc.nodes.some((n) => n.id === other) ? { type: 'node', id: other } : doc.edges.some((e) => e.id === other) ? { type: 'edge', id: other } : undefined;
  return (
    <section className="fm-panel fm-whatif-panel" aria-label="What if it fails?">
      <button type="button" className="fm-whatif-panel__close" onClick={() => void run(commands.leaveScenario, undefined)} title="Back to the review (Esc)">
        ← Back to the review
      </button>
      {otherRef ? <WhatIfEntry target={otherRef} title={`What if ${doc.nodes.find((n) => n.id === otherRef.id)?.label ?? 'this arrow'} fails?`} /> : null}
      {ranking ? <Ranking doc={doc} ranking={ranking} current={scenario} /> : null}
      {whatIf ? <Scenario doc={doc} whatIf={whatIf} /> : null}
    </section>
  );
}

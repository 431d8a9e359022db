import { memo, useCallback, useMemo, useState } from 'react';
import type { Finding, NodeAnswers, Severity, Unknown } from '../analysis';
import { commands, displayShortcut, run } from '../commands';
import { useAnalysis, useDocumentStore, useReviewed, useSessionStore } from '../store';
import { WhatIfEntry, WhatIfPanel } from './WhatIfPanel';
import { ComparePanel } from './ComparePanel';
import type { FlowComment } from '../model';
import { Acceptance } from './Acceptance';
import { FindingComments } from './FindingComments';

const QUESTIONS: { key: keyof NodeAnswers; title: string }[] = [
  { key: 'origin', title: 'Where does its data originate?' },
  { key: 'transform', title: 'Who transforms it?' },
  { key: 'ownership', title: 'Who owns it?' },
  { key: 'failure', title: 'How does it fail?' },
];

const choiceLabel = (choice: string | number | boolean) => (choice === true ? 'Yes' : choice === false ? 'No' : String(choice));

function UnknownQuestion({ unknown }: { unknown: Unknown }) {
  return (
    <div className="fm-unknown" role="group" aria-label={unknown.question}>
      <span>{unknown.question}</span>
      {unknown.choices.map((choice) => (
        <button key={String(choice)} type="button" onClick={() => void run(commands.answerUnknown, { ref: unknown.target, fact: unknown.fact, value: choice })}>
          {choiceLabel(choice)}
        </button>
      ))}
    </div>
  );
}

/** Memoised, and without React Flow hooks of its own: a big map has thousands of findings. */
const FindingItem = memo(function FindingItem({ finding, comments, onFocus }: { finding: Finding; comments: readonly FlowComment[] | undefined; onFocus: (finding: Finding) => void }) {
  return (
    <li className={finding.waived ? 'fm-finding-item--accepted' : undefined}>
      <button type="button" className={`fm-finding fm-finding--${finding.severity}`} onClick={() => onFocus(finding)}>
        <span className="fm-finding__head">
          {finding.severity} · {finding.question} · {finding.rule}
        </span>
        <span>{finding.message}</span>
        <span className="fm-finding__fix">Fix: {finding.fix}</span>
      </button>
      {finding.waived
        ? null
        : finding.unknowns.map((unknown) => <UnknownQuestion key={`${unknown.target.id}.${unknown.fact}`} unknown={unknown} />)}
      <Acceptance finding={finding} />
      <FindingComments fingerprint={finding.fingerprint} comments={comments} />
    </li>
  );
});

/** How many findings are listed before "Show all": the list stays quick on maps with thousands. */
const FIRST_FINDINGS = 100;

function FindingList({ findings }: { findings: readonly Finding[] }) {
  const [showAll, setShowAll] = useState(false);
  const onFocus = useCallback((finding: Finding) => void run(commands.focusElements, { nodes: finding.nodes, edges: finding.edges }), []);
  const shown = showAll ? findings : findings.slice(0, FIRST_FINDINGS);
  const comments = useDocumentStore((state) => state.doc.comments);
  const byFinding = useMemo(() => {
    const map = new Map<string, FlowComment[]>();
    for (const c of comments ?? []) if (c.target.type === 'finding') map.set(c.target.fingerprint, [...(map.get(c.target.fingerprint) ?? []), c]);
    return map;
  }, [comments]);
  return (
    <>
      <ul className="fm-findings" aria-label="Findings">
        {shown.map((finding, i) => (
          <FindingItem key={`${finding.rule}-${i}`} finding={finding} comments={byFinding.get(finding.fingerprint)} onFocus={onFocus} />
        ))}
      </ul>
      {shown.length < findings.length ? (
        <button type="button" className="fm-panel__more" onClick={() => setShowAll(true)}>
          Show all {findings.length.toLocaleString('en')} findings
        </button>
      ) : null}
    </>
  );
}

const SEVERITIES: { key: Severity; name: string; one: string }[] = [
  { key: 'error', name: 'errors', one: 'error' },
  { key: 'warning', name: 'warnings', one: 'warning' },
  { key: 'info', name: 'notes', one: 'note' },
];

/** Accepted findings are counted apart: the totals are what is still open. */
function Summary({ findings }: { findings: readonly Finding[] }) {
  const count = (test: (f: Finding) => boolean) => findings.filter((f) => !f.waived && test(f)).length;
  const accepted = findings.filter((f) => f.waived).length;
  return (
    <>
      <h2>Review: {SEVERITIES.map(({ key, name, one }) => {
        const n = count((f) => f.severity === key);
        return `${n} ${n === 1 ? one : name}`;
      }).join(', ')}
        {accepted ? ` · ${accepted} accepted` : ''}
      </h2>
      <table className="fm-summary" aria-label="Findings by question">
        <thead>
          <tr>
            <th scope="col">Question</th>
            {SEVERITIES.map(({ key, name }) => (
              <th key={key} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {QUESTIONS.map(({ key, title }) => (
            <tr key={key}>
              <th scope="row">{title}</th>
              {SEVERITIES.map((severity) => (
                <td key={severity.key}>{count((f) => f.question === key && f.severity === severity.key) || '·'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="fm-panel__more" onClick={() => void run(commands.rankFailures, undefined)}>
        {commands.rankFailures.label} ({displayShortcut(commands.rankFailures.keys![0]!)})
      </button>
    </>
  );
}

function NodeAnswersView({ id, label, answers }: { id: string; label: string; answers: NodeAnswers }) {
  return (
    <>
      <h2>{label}</h2>
      <WhatIfEntry target={{ type: 'node', id }} />
      {QUESTIONS.map(({ key, title }) => (
        <section key={key} className="fm-answer">
          <h3>{title}</h3>
          <p>{answers[key].summary}</p>
          {answers[key].unknowns.map((unknown) => (
            <UnknownQuestion key={`${unknown.target.id}.${unknown.fact}`} unknown={unknown} />
          ))}
        </section>
      ))}
      <h3 className="fm-panel__subhead">Findings here</h3>
    </>
  );
}

/** The four questions of the selected node, the findings of the selected arrow, or the whole review; a what-if scenario while one is on. */
export function ReviewPanel() {
  const whatIf = useSessionStore((state) => state.scenario !== undefined || state.ranking === true);
  const comparing = useSessionStore((state) => state.comparison !== undefined);
  return whatIf ? <WhatIfPanel /> : comparing ? <ComparePanel /> : <Review />;
}

function Review() {
  const analysis = useAnalysis();
  const reviewed = useReviewed();
  const selectedId = useSessionStore((state) => (state.selection.length === 1 ? state.selection[0] : undefined));
  const node = useDocumentStore((state) => state.doc.nodes.find((n) => n.id === selectedId));
  const edge = useDocumentStore((state) => (node ? undefined : state.doc.edges.find((e) => e.id === selectedId)));
  const answers = node ? analysis.answers[node.id] : undefined;
  const findings = node ? analysis.findings.filter((f) => f.nodes.includes(node.id)) : edge ? analysis.findings.filter((f) => f.edges.includes(edge.id)) : analysis.findings;
  return (
    <section className="fm-panel" aria-label="Review">
      {node ? (
        answers ? <NodeAnswersView id={node.id} label={node.label} answers={answers} /> : <h2 aria-busy="true">{node.label}</h2>
      ) : edge ? (
        <>
          <h2>Findings on this {edge.kind} arrow</h2>
          <WhatIfEntry target={{ type: 'edge', id: edge.id }} />
        </>
      ) : reviewed ? (
        <Summary findings={analysis.findings} />
      ) : (
        <h2 aria-busy="true">Reviewing…</h2>
      )}
      {findings.length === 0 && (node || edge) ? <p className="fm-panel__empty">No findings here.</p> : null}
      <FindingList findings={findings} />
    </section>
  );
}

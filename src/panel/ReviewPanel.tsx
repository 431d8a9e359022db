import { useReactFlow } from '@xyflow/react';
import type { Finding, NodeAnswers, Unknown } from '../analysis';
import { useAnalysis, useDocumentStore } from '../store';

const QUESTIONS: { key: keyof NodeAnswers; title: string }[] = [
  { key: 'origin', title: 'Where does its data originate?' },
  { key: 'transform', title: 'Who transforms it?' },
  { key: 'ownership', title: 'Who owns it?' },
  { key: 'failure', title: 'How does it fail?' },
];

const choiceLabel = (choice: string | number | boolean) => (choice === true ? 'Yes' : choice === false ? 'No' : String(choice));

function UnknownQuestion({ unknown }: { unknown: Unknown }) {
  const answerUnknown = useDocumentStore((state) => state.answerUnknown);
  return (
    <div className="fm-unknown" role="group" aria-label={unknown.question}>
      <span>{unknown.question}</span>
      {unknown.choices.map((choice) => (
        <button key={String(choice)} type="button" onClick={() => answerUnknown(unknown.target, unknown.fact, choice)}>
          {choiceLabel(choice)}
        </button>
      ))}
    </div>
  );
}

function FindingItem({ finding }: { finding: Finding }) {
  const select = useDocumentStore((state) => state.select);
  const { fitView } = useReactFlow();
  const focus = () => {
    select([...finding.nodes, ...finding.edges]);
    void fitView({ nodes: finding.nodes.map((id) => ({ id })), duration: 300, padding: 0.4 });
  };
  return (
    <li>
      <button type="button" className={`fm-finding fm-finding--${finding.severity}`} onClick={focus}>
        <span className="fm-finding__head">
          {finding.severity} · {finding.question} · {finding.rule}
        </span>
        <span>{finding.message}</span>
        <span className="fm-finding__fix">Fix: {finding.fix}</span>
      </button>
      {finding.unknowns.map((unknown) => (
        <UnknownQuestion key={`${unknown.target.id}.${unknown.fact}`} unknown={unknown} />
      ))}
    </li>
  );
}

export function ReviewPanel() {
  const analysis = useAnalysis();
  const selectedId = useDocumentStore((state) => state.selection[0]);
  const node = useDocumentStore((state) => state.doc.nodes.find((n) => n.id === selectedId));
  const answers = node ? analysis.answers[node.id] : undefined;
  const findings = node ? analysis.findings.filter((f) => f.nodes.includes(node.id)) : analysis.findings;
  const count = (severity: Finding['severity']) => analysis.findings.filter((f) => f.severity === severity).length;
  return (
    <section className="fm-panel" aria-label="Review">
      {node && answers ? (
        <>
          <h2>{node.label}</h2>
          {QUESTIONS.map(({ key, title }) => (
            <section key={key} className="fm-answer">
              <h3>{title}</h3>
              <p>{answers[key].summary}</p>
            </section>
          ))}
        </>
      ) : (
        <h2>
          Review: {count('error')} errors, {count('warning')} warnings, {count('info')} notes
        </h2>
      )}
      <ul className="fm-findings" aria-label="Findings">
        {findings.map((finding, i) => (
          <FindingItem key={`${finding.rule}-${i}`} finding={finding} />
        ))}
      </ul>
    </section>
  );
}

import { useMemo } from 'react';
import type { Finding } from '../analysis';
import { commands, run } from '../commands';
import type { FlowDocument } from '../model';
import { useComparison, useDocumentStore } from '../store';
import { changeEntries, findingTarget, type ChangeEntry, type Target } from './compareEntries';
import './compare.css';

const show = (target: Target) => void run(commands.showChange, target);
/** Unchanged findings are context, not news: a long list of them is cut short. */
const FIRST_UNCHANGED = 100;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function FindingEntries({ label, findings, doc }: { label: string; findings: readonly Finding[]; doc: FlowDocument }) {
  if (findings.length === 0) return <p className="fm-panel__empty">None.</p>;
  return (
    <ul className="fm-findings" aria-label={label}>
      {findings.map((finding) => (
        <li key={finding.fingerprint}>
          <button type="button" className={`fm-finding fm-finding--${finding.severity}`} onClick={() => show(findingTarget(finding, doc))}>
            <span className="fm-finding__head">
              {finding.severity} · {finding.question} · {finding.rule}
            </span>
            <span>{finding.message}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function ChangeItem({ entry }: { entry: ChangeEntry }) {
  return (
    <li className={`fm-change fm-change--${entry.mark}`}>
      <button type="button" onClick={() => show(entry)}>
        <span className="fm-change__tag">{entry.mark}</span> {entry.what} <strong>{entry.name}</strong>
      </button>
      {entry.facts.length ? (
        <ul className="fm-change__facts" aria-label={`Changed facts of ${entry.name}`}>
          {entry.facts.map((fact) => (
            <li key={fact.field}>
              <code>{fact.field}</code>: <del>{fact.before}</del> → <ins>{fact.after}</ins>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** The comparison on show: findings introduced, resolved and unchanged by fingerprint, then every change with its facts. */
export function ComparePanel() {
  const comparison = useComparison();
  const doc = useDocumentStore((state) => state.doc);
  const changes = useMemo(() => (comparison ? changeEntries(comparison.before, doc, comparison.diff) : []), [comparison, doc]);
  if (!comparison) return null;
  const { diff, name } = comparison;
  const { introduced, resolved, unchanged } = diff.findings;
  const diagramFields = diff.document.fields;
  const total = changes.length + (diagramFields.length ? 1 : 0);
  return (
    <section className="fm-panel fm-compare-panel" aria-label="Comparison">
      <h2>Changes since {name}</h2>
      <p className="fm-compare-panel__summary">
        {plural(total, 'change')} · findings: {introduced.length} introduced, {resolved.length} resolved, {unchanged.length} unchanged
      </p>
      <button type="button" className="fm-panel__more" onClick={() => void run(commands.leaveComparison, undefined)}>
        Leave comparison (Esc)
      </button>
      <h3 className="fm-panel__subhead">Findings introduced ({introduced.length})</h3>
      <FindingEntries label="Findings introduced" findings={introduced} doc={doc} />
      <h3 className="fm-panel__subhead">Findings resolved ({resolved.length})</h3>
      <FindingEntries label="Findings resolved" findings={resolved} doc={doc} />
      <details className="fm-compare-panel__unchanged">
        <summary>Findings unchanged ({unchanged.length})</summary>
        <FindingEntries label="Findings unchanged" findings={unchanged.slice(0, FIRST_UNCHANGED)} doc={doc} />
        {unchanged.length > FIRST_UNCHANGED ? <p className="fm-panel__empty">…and {unchanged.length - FIRST_UNCHANGED} more.</p> : null}
      </details>
      <h3 className="fm-panel__subhead">Changes ({total})</h3>
      {total === 0 ? <p className="fm-panel__empty">Nothing but the layout changed.</p> : null}
      <ul className="fm-changes" aria-label="Changes">
        {diagramFields.length ? <li className="fm-change fm-change--changed"><span className="fm-change__tag">changed</span> the diagram’s {diagramFields.join(', ')}</li> : null}
        {changes.map((entry) => (
          <ChangeItem key={`${entry.what}-${entry.id}`} entry={entry} />
        ))}
      </ul>
    </section>
  );
}

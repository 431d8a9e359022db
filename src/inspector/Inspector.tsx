import { EDGE_FACTS, EDGE_KINDS, FACTS_BY_KIND, GROUP_KINDS, GROUP_KIND_LABELS, KIND_LABELS, NODE_KINDS, factInput, type FlowEdge, type FlowGroup, type FlowNode, type FlowNote } from '../model';
import type { ElementRef } from '../store';
import { commands, run } from '../commands';
import { useDocumentStore, useSessionStore } from '../store';
import { ArrowTo } from './ArrowTo';
import { ChoiceField, SetField, TextField, TriStateField } from './fields';
import { formatList, parseList, parseNumber } from './factInfo';
import './inspector.css';

const KIND_CHOICES = NODE_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }));
const EDGE_KIND_CHOICES = EDGE_KINDS.map((kind) => ({ value: kind, label: kind }));
const GROUP_KIND_CHOICES = GROUP_KINDS.map((kind) => ({ value: kind, label: GROUP_KIND_LABELS[kind] }));
const required = (text: string) => text;
const asChoices = (values: readonly string[]) => values.map((value) => ({ value, label: value }));
const numberText = (value: number | undefined) => (value === undefined ? '' : String(value));

/** One fact's field, chosen by the fact's type in the format. */
function Fact({ target, element, fact }: { target: ElementRef; element: FlowNode | FlowEdge; fact: string }) {
  const value = (element as Record<string, unknown>)[fact];
  const input = factInput(fact);
  switch (input.type) {
    case 'set':
      return <SetField target={target} field={fact} value={value as string[] | undefined} options={input.choices} />;
    case 'choice':
      return <ChoiceField target={target} field={fact} value={value as string | undefined} choices={asChoices(input.choices)} />;
    case 'list':
      return <TextField target={target} field={fact} value={formatList(value as string[] | undefined)} parse={parseList} />;
    case 'number':
      return <TextField target={target} field={fact} value={numberText(value as number | undefined)} parse={parseNumber} inputMode="numeric" />;
    case 'yes-no':
      return <TriStateField target={target} field={fact} value={value as boolean | undefined} />;
    case 'text':
      return <TextField target={target} field={fact} value={(value as string | undefined) ?? ''} />;
  }
}

function Heading({ title, id, what }: { title: string; id: string; what: string }) {
  return (
    <div className="fm-inspector__head">
      <h2>{title}</h2>
      <button type="button" className="fm-inspector__delete" onClick={() => void run(commands.deleteElements, [id])} aria-keyshortcuts="Delete Backspace" title="Delete (Delete or Backspace); Undo brings it back">
        Delete {what}
      </button>
    </div>
  );
}

function NodeInspector({ node }: { node: FlowNode }) {
  const target = { type: 'node' as const, id: node.id };
  return (
    <>
      <Heading title={KIND_LABELS[node.kind]} id={node.id} what="node" />
      <TextField target={target} field="label" label="Label" value={node.label} parse={(text) => text} />
      <ChoiceField target={target} field="kind" label="Kind" value={node.kind} choices={KIND_CHOICES} allowUnknown={false} />
      <TextField target={target} field="owner" label="Owner (team)" value={node.owner ?? ''} />
      {FACTS_BY_KIND[node.kind].map((fact) => (
        <Fact key={fact} target={target} element={node} fact={fact} />
      ))}
      <TextField target={target} field="notes" label="Notes" value={node.notes ?? ''} multiline />
      <ArrowTo from={node.id} />
    </>
  );
}

function EdgeInspector({ edge }: { edge: FlowEdge }) {
  const target = { type: 'edge' as const, id: edge.id };
  const from = useDocumentStore((state) => state.doc.nodes.find((n) => n.id === edge.source)?.label ?? edge.source);
  const to = useDocumentStore((state) => state.doc.nodes.find((n) => n.id === edge.target)?.label ?? edge.target);
  return (
    <>
      <Heading title="Arrow" id={edge.id} what="arrow" />
      <p className="fm-inspector__ends">
        {from} → {to}
      </p>
      <ChoiceField target={target} field="kind" label="Kind" value={edge.kind} choices={EDGE_KIND_CHOICES} allowUnknown={false} />
      <TextField target={target} field="label" label="Label" value={edge.label ?? ''} />
      {EDGE_FACTS.filter((fact) => fact !== 'mode' || edge.kind === 'failure').map((fact) => (
        <Fact key={fact} target={target} element={edge} fact={fact} />
      ))}
    </>
  );
}

/** A boundary: its name, kind and owner (the owner of every node inside that names none). */
function GroupInspector({ group }: { group: FlowGroup }) {
  const target = { type: 'group' as const, id: group.id };
  const members = useDocumentStore((state) => state.doc.nodes.filter((n) => n.group === group.id).length);
  return (
    <>
      <Heading title="Boundary" id={group.id} what="boundary" />
      <TextField target={target} field="label" label="Label" value={group.label} parse={required} />
      <ChoiceField target={target} field="kind" label="Kind" value={group.kind} choices={GROUP_KIND_CHOICES} allowUnknown={false} />
      <TextField target={target} field="owner" label="Owner (team) of the nodes inside" value={group.owner ?? ''} />
      <p className="fm-inspector__hint">{members === 1 ? '1 node inside' : `${members} nodes inside`}: drag a node in or out of the frame to change that.</p>
    </>
  );
}

function NoteInspector({ note }: { note: FlowNote }) {
  return (
    <>
      <Heading title="Note" id={note.id} what="note" />
      <TextField target={{ type: 'note', id: note.id }} field="text" label="Text" value={note.text} parse={required} multiline />
    </>
  );
}

const SELECTABLE = [['nodes', 'node', 'nodes'], ['edges', 'arrow', 'arrows'], ['groups', 'boundary', 'boundaries'], ['notes', 'note', 'notes']] as const;

function Summary({ ids }: { ids: readonly string[] }) {
  const text = useDocumentStore((state) => {
    const parts = SELECTABLE.flatMap(([key, one, many]) => {
      const n = (state.doc[key] ?? []).filter((item) => ids.includes(item.id)).length;
      return n ? [`${n} ${n === 1 ? one : many}`] : [];
    });
    return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
  });
  if (ids.length === 0) return <p className="fm-inspector__hint">Select a node or arrow to edit it. Double-click the canvas to add a service.</p>;
  return <p>{text} selected</p>;
}

/** Every fact of the format for the selected node or arrow, editable; unknown is always a choice. */
export function Inspector() {
  const selection = useSessionStore((state) => state.selection);
  const single = selection.length === 1 ? selection[0] : undefined;
  const node = useDocumentStore((state) => state.doc.nodes.find((n) => n.id === single));
  const edge = useDocumentStore((state) => (node ? undefined : state.doc.edges.find((e) => e.id === single)));
  const group = useDocumentStore((state) => state.doc.groups?.find((g) => g.id === single));
  const note = useDocumentStore((state) => state.doc.notes?.find((n) => n.id === single));
  return (
    <section className="fm-inspector" aria-label="Inspector">
      {node ? <NodeInspector key={node.id} node={node} /> : edge ? <EdgeInspector key={edge.id} edge={edge} /> : group ? <GroupInspector key={group.id} group={group} /> : note ? <NoteInspector key={note.id} note={note} /> : <Summary ids={selection} />}
    </section>
  );
}

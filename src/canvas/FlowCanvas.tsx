import { useMemo } from 'react';
import { Background, Controls, MiniMap, ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useAnalysis, useDocumentStore } from '../store';
import { KindNode } from './KindNode';
import { toFlowElements } from './toFlowElements';
import { lensView } from './lenses';

const NODE_TYPES = { kind: KindNode };

export function FlowCanvas() {
  const doc = useDocumentStore((state) => state.doc);
  const selection = useDocumentStore((state) => state.selection);
  const select = useDocumentStore((state) => state.select);
  const lens = useDocumentStore((state) => state.lens);
  const analysis = useAnalysis();
  const { nodes, edges } = useMemo(() => toFlowElements(doc, analysis, selection, lensView(lens, doc, analysis)), [doc, analysis, selection, lens]);
  return (
    <ReactFlow
      key={doc.title + doc.nodes.length}
      nodes={nodes}
      edges={edges}
      nodeTypes={NODE_TYPES}
      nodesDraggable={false}
      nodesConnectable={false}
      elementsSelectable={false}
      onNodeClick={(_, node) => select([node.id])}
      onEdgeClick={(_, edge) => select([edge.id])}
      onPaneClick={() => select([])}
      onlyRenderVisibleElements={doc.nodes.length > 200}
      fitView
      aria-label="Diagram canvas"
    >
      <Background gap={20} />
      <MiniMap pannable zoomable ariaLabel="Minimap" />
      <Controls showInteractive={false} />
    </ReactFlow>
  );
}

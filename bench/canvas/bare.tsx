import { createRoot } from 'react-dom/client';
import { ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { pageDiagram } from './pageDiagram';

const doc = pageDiagram();
const nodes = doc.nodes.map((n) => ({ id: n.id, position: n.position ?? { x: 0, y: 0 }, data: { label: n.label } }));
const edges = doc.edges.map((e) => ({ id: e.id, source: e.source, target: e.target }));

createRoot(document.getElementById('root')!).render(
  <div style={{ width: '100vw', height: '100vh' }}>
    <ReactFlow defaultNodes={nodes} defaultEdges={edges} fitView minZoom={0.05} />
  </div>,
);

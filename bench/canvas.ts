import { measureCanvas } from './canvas/run';
import type { Section } from './report';

export async function canvasSection(): Promise<Section> {
  const figures = await measureCanvas([200, 500, 1_000, 2_000], [500, 1_000]);
  const rows: Section['rows'] = [];
  for (const { nodes, flowmap, bare, editToPanelMs } of figures) {
    const ratio = flowmap.fps / bare.fps;
    rows.push(
      { figure: `first render, Flowmap, ${nodes} nodes`, value: flowmap.firstRenderMs, unit: 'ms' },
      { figure: `first render, bare React Flow, ${nodes} nodes`, value: bare.firstRenderMs, unit: 'ms' },
      { figure: `pan/zoom, Flowmap, ${nodes} nodes`, value: flowmap.fps, unit: 'fps' },
      { figure: `pan/zoom, bare React Flow, ${nodes} nodes`, value: bare.fps, unit: 'fps' },
      { figure: `pan/zoom Flowmap / bare, ${nodes} nodes`, value: ratio, unit: '×', ...(nodes >= 1_000 ? { target: '≥ 0.8×', met: ratio >= 0.8 } : {}) },
    );
    if (editToPanelMs !== undefined) {
      const target = nodes === 500 ? { target: '≤ 16.7 ms (a frame)', met: editToPanelMs <= 1000 / 60 } : { target: '≤ 50 ms', met: editToPanelMs <= 50 };
      rows.push({ figure: `edit to canvas (inspector → node), ${nodes} nodes`, value: editToPanelMs, unit: 'ms', ...target });
    }
  }
  return { name: 'Canvas (headless Chromium)', rows };
}

import { defineCommand } from './command';
import type { LensId, PanelTab, ThemeChoice } from '../store';

export const selectAll = defineCommand({ id: 'select-all', label: 'Select all', category: 'Select', keys: ['Mod+A'], changesDocument: false, run: ({ document, session }) => {
  const { doc } = document.getState();
  session.getState().set({ selection: [...doc.nodes.map((n) => n.id), ...doc.edges.map((e) => e.id)] });
} });

export const select = defineCommand<string[]>({ id: 'select', label: 'Select', category: 'Select', changesDocument: false, run: ({ session }, selection) => session.getState().set({ selection }) });

/** One step back at a time: an overlay, then a what-if scenario or a comparison, then the selection. */
export const clearSelection = defineCommand({ id: 'clear-selection', label: 'Clear the selection, close overlays and scenarios', category: 'Select', keys: ['Escape'], changesDocument: false, run: ({ session }) => {
  const { overlay, scenario, ranking, comparison } = session.getState();
  if (overlay) session.getState().set({ overlay: undefined });
  else if (scenario || ranking) session.getState().set({ scenario: undefined, ranking: undefined });
  else if (comparison) session.getState().set({ comparison: undefined });
  else session.getState().set({ selection: [] });
} });

/** Selects the elements and brings them into view (a finding, a search hit). */
export const focusElements = defineCommand<{ nodes: readonly string[]; edges?: readonly string[] }>({ id: 'focus', label: 'Show in the diagram', category: 'Select', changesDocument: false, run: ({ session, viewport }, { nodes, edges = [] }) => {
  session.getState().set({ selection: [...nodes, ...edges] });
  viewport?.focus(nodes);
} });

export const fit = defineCommand({ id: 'fit', label: 'Fit the diagram into view', category: 'View', keys: ['Shift+1'], changesDocument: false, run: ({ viewport }) => viewport?.fit() });
export const zoomIn = defineCommand({ id: 'zoom-in', label: 'Zoom in', category: 'View', keys: ['+', '='], changesDocument: false, run: ({ viewport }) => viewport?.zoomIn() });
export const zoomOut = defineCommand({ id: 'zoom-out', label: 'Zoom out', category: 'View', keys: ['-'], changesDocument: false, run: ({ viewport }) => viewport?.zoomOut() });
export const zoomReset = defineCommand({ id: 'zoom-reset', label: 'Zoom to 100 %', category: 'View', keys: ['0'], changesDocument: false, run: ({ viewport }) => viewport?.zoomReset() });

export const setLens = defineCommand<LensId>({ id: 'lens', label: 'Choose a lens', category: 'View', changesDocument: false, run: ({ session }, lens) => session.getState().set({ lens }) });

export const setSnap = defineCommand<boolean>({ id: 'snap', label: 'Snap to grid', category: 'View', changesDocument: false, run: ({ session }, snapToGrid) => session.getState().set({ snapToGrid }) });

export const dismissNotice = defineCommand({ id: 'dismiss-notice', label: 'Dismiss the message', category: 'View', changesDocument: false, run: ({ session }) => session.getState().set({ notice: undefined }) });

export const help = defineCommand({ id: 'help', label: 'Keyboard shortcuts', category: 'Help', keys: ['?'], changesDocument: false, run: ({ session }) => {
  session.getState().set({ overlay: session.getState().overlay === 'help' ? undefined : 'help' });
} });

export const PANEL_WIDTH = { min: 280, max: 720 };

export const togglePanel = defineCommand({ id: 'toggle-panel', label: 'Show or hide the side panel', category: 'View', keys: ['Mod+.'], changesDocument: false, run: ({ session }) => {
  const { panel } = session.getState();
  session.getState().set({ panel: { ...panel, open: !panel.open } });
} });

export const showPanelTab = defineCommand<PanelTab>({ id: 'panel-tab', label: 'Show a panel tab', category: 'View', changesDocument: false, run: ({ session }, tab) => {
  session.getState().set({ panel: { ...session.getState().panel, open: true, tab } });
} });

export const resizePanel = defineCommand<number>({ id: 'resize-panel', label: 'Resize the side panel', category: 'View', changesDocument: false, run: ({ session }, width) => {
  const clamped = Math.round(Math.min(PANEL_WIDTH.max, Math.max(PANEL_WIDTH.min, width)));
  session.getState().set({ panel: { ...session.getState().panel, width: clamped } });
} });

export const setTheme = defineCommand<ThemeChoice>({ id: 'theme', label: 'Choose light or dark', category: 'View', changesDocument: false, run: ({ session }, theme) => session.getState().set({ theme }) });

export const find = defineCommand({ id: 'find', label: 'Find a node by name', category: 'Select', keys: ['Mod+F'], changesDocument: false, run: ({ session }) => session.getState().set({ overlay: 'find' }) });

export const setMinimap = defineCommand<boolean>({ id: 'minimap', label: 'Show or hide the minimap', category: 'View', changesDocument: false, run: ({ session }, minimap) => session.getState().set({ minimap }) });

import { create } from 'zustand';
import type { Fault } from '../analysis';
import type { FlowDocument } from '../model';
import type { Point } from './edits';
import type { History } from './history';

export interface Notice {
  tone: 'error' | 'info';
  text: string;
  actions?: { label: string; run: () => void }[];
}

export type PanelTab = 'review' | 'facts' | 'comments';
export type ThemeChoice = 'system' | 'light' | 'dark';

/** The lenses the canvas can recolour the map with. */
export type LensId = 'none' | 'ownership' | 'failure';

/**
 * What this person is doing in this tab: never part of the document, never saved in it, never an
 * undo step.
 */
export interface SessionState {
  selection: string[];
  /** The node whose label is being edited in place. */
  renaming?: string;
  /** Positions of nodes being dragged: view state until the drag ends and becomes one undo step. */
  dragging?: ReadonlyMap<string, Point>;
  /** Bumped when a whole document is opened or laid out again, so the canvas fits it into view. */
  fitRequest: number;
  notice?: Notice;
  lens: LensId;
  snapToGrid: boolean;
  /** Set while a shared link is shown read-only: the visitor's own diagram and its undo history, untouched until they choose. */
  review?: { own: FlowDocument; history: History };
  /** Which overlay is open over the editor. */
  overlay?: 'help' | 'find' | 'versions';
  /** The side panel: shown or collapsed, its width, and which tab is in front. */
  panel: { open: boolean; width: number; tab: PanelTab };
  /** Light or dark; `system` follows the operating system. */
  theme: ThemeChoice;
  minimap: boolean;
  /** The what-if scenario on show: the canvas draws its spread and the panel narrates it. */
  scenario?: Fault;
  /** The ranking of single points of failure is listed in the panel. */
  ranking?: boolean;
  /** The name this person signs waivers (and comments) with, remembered in this browser. */
  author?: string;

  set: (patch: Partial<Omit<SessionState, 'set'>>) => void;
}

export function createSessionStore() {
  return create<SessionState>((set) => ({
    selection: [],
    fitRequest: 0,
    lens: 'none',
    snapToGrid: true,
    panel: { open: true, width: 380, tab: 'review' },
    theme: 'system',
    minimap: true,
    set: (patch) => set(patch),
  }));
}

export type SessionStore = ReturnType<typeof createSessionStore>;

import type { DocumentStore, EditResult, Point, SessionStore } from '../store';

/** What the canvas lends the commands: the view, which only React Flow knows. */
export interface Viewport {
  fit(): void;
  zoomIn(): void;
  zoomOut(): void;
  zoomReset(): void;
  /** Selects nothing; zooms so that these nodes are in view. */
  focus(nodeIds: readonly string[]): void;
  /** The middle of the visible canvas, in diagram coordinates. */
  centre(): Point;
  /** Where pasted things go: the pointer over the canvas, else the middle. */
  pastePoint(): Point;
}

export interface CommandContext {
  document: DocumentStore;
  session: SessionStore;
  viewport?: Viewport;
}

export type Category = 'File' | 'Edit' | 'Select' | 'View' | 'Review' | 'Help';

/**
 * Every user action, declared once: the toolbar, menus, keyboard, canvas gestures, inspector and
 * panel all run it through `execute`, which refuses document changes in a read-only review.
 */
export interface Command<A = void> {
  id: string;
  label: string;
  category: Category;
  /** Shortcuts as `Mod+Shift+Z`; the first is the one shown. */
  keys?: readonly string[];
  /** Keys the browser turns into an event of its own (copy, cut, paste): listed in help, not matched here. */
  keysByBrowser?: boolean;
  changesDocument: boolean;
  /** Defaults to `!changesDocument`: in a shared link's review only what leaves the document alone runs. */
  allowedInReview?: boolean;
  /** Whether it would do anything now; a key press for a command that would not is left to the browser. */
  enabled?(ctx: CommandContext): boolean;
  run(ctx: CommandContext, arg: A): EditResult | void | Promise<EditResult | void>;
}

export const defineCommand = <A = void>(command: Command<A>): Command<A> => command;

export const allowedInReview = (command: Command<never>): boolean => command.allowedInReview ?? !command.changesDocument;

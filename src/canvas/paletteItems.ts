import { BOUNDARY_SIZE, NODE_KINDS, NOTE_SIZE, type NodeKind } from '../model';
import { commands, run } from '../commands';
import type { Point } from '../store';
import { newNodeSize } from './placement';

/** What the palette adds: a node of a kind, a boundary or a note. */
export type PaletteItem = NodeKind | 'boundary' | 'note';

export const ANNOTATION_ITEMS = [
  { item: 'boundary', label: 'Boundary', hint: 'a labelled frame behind nodes (a team, trust zone, network, region or system); nodes dropped inside it are in it', icon: 'M3 3h14v14H3zM3 7h6' },
  { item: 'note', label: 'Note', hint: 'free text on the canvas', icon: 'M4 3h9l3 3v11H4zM7 8h6M7 11h6M7 14h4' },
] as const;

export const isPaletteItem = (value: string): value is PaletteItem => value === 'boundary' || value === 'note' || (NODE_KINDS as readonly string[]).includes(value);

/** The size a new item starts at. */
export const itemSize = (item: PaletteItem) => (item === 'boundary' ? BOUNDARY_SIZE : item === 'note' ? NOTE_SIZE : newNodeSize(item));

/** The top-left corner that centres a new item on `at`. */
export const centredItem = (item: PaletteItem, at: Point): Point => {
  const { width, height } = itemSize(item);
  return { x: at.x - width / 2, y: at.y - height / 2 };
};

/** Adds an item with its top-left corner at `at`; the new item's name is then edited in place. */
export function addItem(item: PaletteItem, at: Point) {
  if (item === 'boundary') void run(commands.addGroup, { kind: 'team', at });
  else if (item === 'note') void run(commands.addNote, at);
  else void run(commands.addNode, { kind: item, at });
}

import { fewestToLineUp, lineUp, nodeSize, type LineUp } from '../model';
import { defineCommand, type CommandContext } from './command';

const selectedBoxes = ({ document, session }: CommandContext) => {
  const selected = new Set(session.getState().selection);
  return new Map(document.getState().doc.nodes.filter((n) => selected.has(n.id)).map((n) => [n.id, { x: n.position?.x ?? 0, y: n.position?.y ?? 0, ...nodeSize(n) }]));
};

/** One command per way of lining up (tldraw's keys): each is one undo step, offered for a multi-selection. */
const lineUpCommand = (how: LineUp, label: string, key: string) =>
  defineCommand({ id: `line-up-${how}`, label, category: 'Edit', keys: [key], changesDocument: true, enabled: (ctx) => selectedBoxes(ctx).size >= fewestToLineUp(how), run: (ctx) => {
    const moved = lineUp(selectedBoxes(ctx), how);
    return moved.size ? ctx.document.getState().moveNodes(moved) : undefined;
  } });

export const alignLeft = lineUpCommand('left', 'Align left edges', 'Alt+A');
export const alignCentre = lineUpCommand('centre', 'Align centres', 'Alt+H');
export const alignRight = lineUpCommand('right', 'Align right edges', 'Alt+D');
export const alignTop = lineUpCommand('top', 'Align tops', 'Alt+W');
export const alignMiddle = lineUpCommand('middle', 'Align middles', 'Alt+V');
export const alignBottom = lineUpCommand('bottom', 'Align bottoms', 'Alt+S');
export const distributeHorizontally = lineUpCommand('distribute-horizontally', 'Distribute horizontally', 'Alt+Shift+H');
export const distributeVertically = lineUpCommand('distribute-vertically', 'Distribute vertically', 'Alt+Shift+V');

/** In the order menus offer them. */
export const LINE_UP_COMMANDS = [alignLeft, alignCentre, alignRight, alignTop, alignMiddle, alignBottom, distributeHorizontally, distributeVertically];

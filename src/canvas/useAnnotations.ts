import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Node, NodeChange } from '@xyflow/react';
import type { Box, FlowDocument } from '../model';
import { commands, run } from '../commands';
import { membersFollow, resizeStep, toAnnotationElements } from './annotationElements';

/**
 * Boundaries and notes on the canvas: their React Flow nodes, and the changes React Flow reports for them
 * (a resize, a boundary's nodes following its drag) turned into commands. A map without any costs nothing.
 */
export function useAnnotations(doc: FlowDocument, selection: readonly string[], renaming: string | undefined, editable: boolean) {
  const [resizing, setResizing] = useState<{ id: string; box: Box }>();
  const { groups, notes } = doc;
  const elements = useMemo(
    () => (groups?.length || notes?.length ? toAnnotationElements({ groups, notes }, { selection, renaming, editable, resizing }) : undefined),
    [groups, notes, selection, renaming, editable, resizing],
  );
  const latest = useRef({ doc, resizing });
  useLayoutEffect(() => {
    latest.current = { doc, resizing };
  }, [doc, resizing]);

  /** Takes out what a resize reports and adds the moves of a dragged boundary's nodes; passes on the rest. */
  const intercept = useCallback((changes: NodeChange[]): NodeChange[] => {
    const { doc: now, resizing: current } = latest.current;
    if (!now.groups?.length && !now.notes?.length) return changes;
    const frameOf = (id: string): Box | undefined => {
      if (current?.id === id) return current.box;
      const group = now.groups?.find((g) => g.id === id);
      if (group) return { ...group.position, ...group.size };
      const note = now.notes?.find((n) => n.id === id);
      return note && { ...note.position, width: note.size?.width ?? 0, height: note.size?.height ?? 0 };
    };
    const { step, rest } = resizeStep(changes, frameOf);
    if (step?.done) {
      void run(commands.resizeElement, { id: step.id, box: step.box });
      setResizing(undefined);
    } else if (step) setResizing({ id: step.id, box: step.box });
    return membersFollow(rest, now);
  }, []);

  /** The nodes React Flow is given: boundaries behind, notes after; the same array when there are none. */
  const withAnnotations = useCallback((nodes: Node[]): Node[] => (elements ? [...elements.boundaries, ...nodes, ...elements.notes] : nodes), [elements]);
  return { intercept, withAnnotations };
}

import { describe, expect, it } from 'vitest';
import type { Node } from '@xyflow/react';
import { analyze } from '../analysis';
import { KIND_SPEC } from '../model';
import { fanOut } from '../templates';
import { createMapPicturer, mapPicture, nodeAt, nodesInside } from './mapPicture';
import { toFlowElements } from './toFlowElements';

const { nodes, edges } = toFlowElements(fanOut, analyze(fanOut), { selection: [] });
const shapes = (d: string) => d.match(/M/g)?.length ?? 0;

describe('mapPicture', () => {
  const picture = mapPicture(nodes, edges);

  it('draws every node as a box in its kind’s colour, one path per colour', () => {
    expect(picture.boxes.reduce((sum, [, d]) => sum + shapes(d), 0)).toBe(nodes.length);
    expect(new Set(picture.boxes.map(([colour]) => colour))).toEqual(new Set(fanOut.nodes.map((n) => KIND_SPEC[n.kind].colour)));
    const topic = nodes.find((n) => n.id === 'topic')!;
    const queues = picture.boxes.find(([colour]) => colour === KIND_SPEC.queue.colour)![1];
    expect(queues).toContain(`M${topic.position.x} ${topic.position.y}h${topic.width}v${topic.height}`);
  });

  it('puts a dot where each badge is, one path per severity, and draws every arrow with its head', () => {
    const badged = nodes.filter((n) => n.data.worst);
    expect(picture.badges.reduce((sum, [, d]) => sum + shapes(d), 0)).toBe(badged.length);
    expect(new Set(picture.badges.map(([severity]) => severity))).toEqual(new Set(badged.map((n) => n.data.worst)));
    const { plain, failure } = picture.arrows;
    expect(shapes(plain.curves) + shapes(failure.curves)).toBe(edges.length);
    expect(shapes(plain.heads) + shapes(failure.heads)).toBe(edges.length);
  });

  it('leaves boundaries and notes to React Flow, and draws an arrow only when both its nodes are there', () => {
    const frame: Node = { id: 'frame', type: 'boundary', position: { x: 0, y: 0 }, width: 500, height: 500, data: {} };
    const alone = mapPicture([frame, ...nodes.filter((n) => n.id !== 'user')], edges);
    expect(alone.boxes.reduce((sum, [, d]) => sum + shapes(d), 0)).toBe(nodes.length - 1);
    expect(shapes(alone.arrows.plain.curves) + shapes(alone.arrows.failure.curves)).toBe(edges.filter((e) => e.source !== 'user' && e.target !== 'user').length);
  });
});

describe('createMapPicturer', () => {
  it('hands back the picture it made while every path is the same, and draws a moved box or a new badge again', () => {
    const draw = createMapPicturer();
    const first = draw(nodes, edges);
    expect(first).toEqual(mapPicture(nodes, edges));
    // A node renamed: a new object with the same box.
    const renamed = nodes.map((n) => (n.id === 'topic' ? { ...n, data: { ...n.data, label: 'Renamed' } } : n));
    expect(draw(renamed, edges)).toBe(first);
    const moved = nodes.map((n) => (n.id === 'topic' ? { ...n, position: { x: n.position.x + 40, y: n.position.y } } : n));
    const second = draw(moved, edges);
    expect(second).not.toBe(first);
    expect(second).toEqual(mapPicture(moved, edges));
    const badged = moved.map((n) => (n.id === 'topic' ? { ...n, data: { ...n.data, worst: 'high' as const } } : n));
    expect(draw(badged, edges)).toEqual(mapPicture(badged, edges));
  });
});

describe('hit-testing the picture', () => {
  const topic = nodes.find((n) => n.id === 'topic')!;
  it('finds the node under a point, the last drawn where two overlap, and none on empty paper', () => {
    expect(nodeAt(nodes, { x: topic.position.x + 5, y: topic.position.y + 5 })).toBe('topic');
    const over: Node = { ...topic, id: 'over' };
    expect(nodeAt([...nodes, over], { x: topic.position.x + 5, y: topic.position.y + 5 })).toBe('over');
    expect(nodeAt(nodes, { x: -5000, y: -5000 })).toBeUndefined();
  });
  it('takes the nodes wholly inside a box, as React Flow’s box selection does', () => {
    const box = { x: topic.position.x - 1, y: topic.position.y - 1, width: (topic.width ?? 0) + 2, height: (topic.height ?? 0) + 2 };
    expect(nodesInside(nodes, box)).toEqual(['topic']);
    expect(nodesInside(nodes, { ...box, width: box.width - 10 })).toEqual([]);
  });
});

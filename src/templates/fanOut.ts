import type { FlowDocument } from '../model';

/** The essay's map: one event fanned out to two consumers, each feeding its own store. */
export const fanOut: FlowDocument = {
  format: 'flowmap',
  version: 2,
  title: 'Order events fan-out',
  nodes: [
    { id: 'user', kind: 'actor', label: 'User Request', position: { x: 0, y: 0 } },
    { id: 'gateway', kind: 'gateway', label: 'API Gateway', owner: 'platform', position: { x: 220, y: 0 } },
    { id: 'validation', kind: 'service', label: 'Validation', owner: 'orders', transforms: ['validate'], position: { x: 440, y: 0 } },
    { id: 'serviceA', kind: 'service', label: 'Service A', owner: 'orders', position: { x: 660, y: 0 } },
    { id: 'topic', kind: 'queue', label: 'Kafka Topic', owner: 'platform', delivery: 'at-least-once', position: { x: 655, y: 150 } },
    { id: 'consumerB', kind: 'service', label: 'Consumer B', owner: 'billing', position: { x: 400, y: 120 } },
    { id: 'consumerC', kind: 'service', label: 'Consumer C', owner: 'search', position: { x: 400, y: 250 } },
    { id: 'postgres', kind: 'store', label: 'Postgres', owner: 'billing', entities: ['order'], position: { x: 140, y: 114 } },
    { id: 'elastic', kind: 'store', label: 'Elasticsearch', owner: 'search', entities: ['order'], position: { x: 140, y: 244 } },
  ],
  edges: [
    { id: 'e1', source: 'user', target: 'gateway', kind: 'request', entities: ['order'] },
    { id: 'e2', source: 'gateway', target: 'validation', kind: 'request', retries: 3, entities: ['order'] },
    { id: 'e3', source: 'validation', target: 'serviceA', kind: 'request', entities: ['order'] },
    { id: 'e4', source: 'serviceA', target: 'topic', kind: 'publish', entities: ['order'], schema: 'OrderPlaced@2' },
    { id: 'e5', source: 'topic', target: 'consumerB', kind: 'consume', entities: ['order'], schema: 'OrderPlaced@2' },
    { id: 'e6', source: 'topic', target: 'consumerC', kind: 'consume', entities: ['order'], schema: 'OrderPlaced@2' },
    { id: 'e7', source: 'consumerB', target: 'postgres', kind: 'write', entities: ['order'] },
    { id: 'e8', source: 'consumerC', target: 'elastic', kind: 'write', entities: ['order'] },
  ],
};

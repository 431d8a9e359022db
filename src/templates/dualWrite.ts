import type { FlowDocument } from '../model';

/** The essay's accidental dual write: one handler updates the DB and calls the notifier. */
export const dualWrite: FlowDocument = {
  format: 'flowmap',
  version: 2,
  title: 'New message: accidental dual write',
  nodes: [
    { id: 'sender', kind: 'actor', label: 'New message', position: { x: 0, y: 120 } },
    { id: 'handler', kind: 'service', label: 'handle_new_message', owner: 'messaging', transforms: ['validate'], position: { x: 240, y: 120 } },
    { id: 'threads', kind: 'store', label: 'Threads DB', owner: 'messaging', entities: ['thread_status'], sourceOfTruth: true, position: { x: 500, y: 20 } },
    { id: 'notifier', kind: 'service', label: 'Notification service', owner: 'notifications', position: { x: 500, y: 220 } },
  ],
  edges: [
    { id: 'd1', source: 'sender', target: 'handler', kind: 'request', entities: ['message'] },
    { id: 'd2', source: 'handler', target: 'threads', kind: 'write', entities: ['thread_status'] },
    { id: 'd3', source: 'handler', target: 'notifier', kind: 'request', label: 'send new_message', retries: 2 },
  ],
};

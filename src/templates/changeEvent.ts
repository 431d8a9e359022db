import type { FlowDocument } from '../model';

/** The essay's fix for the dual write: write once, let the change event drive the notification. */
export const changeEvent: FlowDocument = {
  format: 'flowmap',
  version: 2,
  title: 'New message: change-event flow',
  nodes: [
    { id: 'sender', kind: 'actor', label: 'New message', position: { x: 0, y: 120 } },
    { id: 'handler', kind: 'service', label: 'handle_new_message', owner: 'messaging', transforms: ['validate'], position: { x: 240, y: 120 } },
    { id: 'threads', kind: 'store', label: 'Threads DB', owner: 'messaging', entities: ['thread_status'], sourceOfTruth: true, position: { x: 480, y: 120 } },
    { id: 'changes', kind: 'queue', label: 'thread_status changes', owner: 'messaging', delivery: 'at-least-once', deadLetter: true, lagAlert: true, position: { x: 720, y: 120 } },
    { id: 'onChanged', kind: 'service', label: 'on_thread_status_changed', owner: 'notifications', transforms: ['filter'], idempotent: true, deadLetter: true, position: { x: 960, y: 120 } },
    { id: 'notifier', kind: 'service', label: 'Notification service', owner: 'notifications', idempotent: true, position: { x: 1200, y: 120 } },
  ],
  edges: [
    { id: 'c1', source: 'sender', target: 'handler', kind: 'request', entities: ['message'] },
    { id: 'c2', source: 'handler', target: 'threads', kind: 'write', entities: ['thread_status'] },
    { id: 'c3', source: 'threads', target: 'changes', kind: 'cdc', entities: ['thread_status'], schema: 'ThreadStatusChanged@1' },
    { id: 'c4', source: 'changes', target: 'onChanged', kind: 'consume', entities: ['thread_status'], schema: 'ThreadStatusChanged@1' },
    { id: 'c5', source: 'onChanged', target: 'notifier', kind: 'request', label: 'send new_message', retries: 3, idempotencyKey: true },
  ],
};

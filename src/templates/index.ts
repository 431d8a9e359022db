import { CURRENT_VERSION, FORMAT, type FlowDocument } from '../model';
import { fanOut } from './fanOut';
import { dualWrite } from './dualWrite';
import { changeEvent } from './changeEvent';

export const emptyDocument = (): FlowDocument => ({ format: FORMAT, version: CURRENT_VERSION, title: 'Untitled diagram', nodes: [], edges: [] });

export interface Template {
  id: string;
  name: string;
  description: string;
  create: () => FlowDocument;
}

export const TEMPLATES: readonly Template[] = [
  { id: 'empty', name: 'Empty diagram', description: 'A blank canvas.', create: emptyDocument },
  { id: 'fan-out', name: 'Kafka fan-out', description: 'The essay’s map: one topic, two consumers, two stores.', create: () => structuredClone(fanOut) },
  { id: 'dual-write', name: 'Accidental dual write', description: 'A handler writes the DB and calls the notifier.', create: () => structuredClone(dualWrite) },
  { id: 'change-event', name: 'Change-event fix', description: 'Write once; a CDC event drives the notification.', create: () => structuredClone(changeEvent) },
];

export { fanOut, dualWrite, changeEvent };

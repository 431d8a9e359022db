import { readDiagramBytes } from '../readDiagramBytes';

self.onmessage = (event: MessageEvent<ArrayBuffer>) => self.postMessage(readDiagramBytes(new Uint8Array(event.data)));

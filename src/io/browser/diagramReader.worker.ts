import { readDiagramRequest, type ReadRequest } from './readRequest';

self.onmessage = (event: MessageEvent<ReadRequest>) => self.postMessage(readDiagramRequest(event.data));

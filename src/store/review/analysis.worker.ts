import { createReviewer } from './reviewer';
import type { ReviewRequest } from './protocol';

const review = createReviewer();
self.onmessage = (event: MessageEvent<ReviewRequest>) => self.postMessage(review(event.data));

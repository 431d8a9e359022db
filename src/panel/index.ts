export { ReviewPanel } from './ReviewPanel';
export { CommentsPanel } from './CommentsPanel';

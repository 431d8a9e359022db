export { App } from './App';
export { startApp } from './startup';

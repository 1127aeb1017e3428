export { watchPage, type WatchOptions } from './watch-page';

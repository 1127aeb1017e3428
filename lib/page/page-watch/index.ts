export { watchPage, type PageChange, type WatchOptions } from './watch-page';
export { debounce, type Debounced } from './debounce';
export { outermost } from './outermost';
export { guardStartedEvent, guardThisCopy, startedEventName } from './started-event-guard';

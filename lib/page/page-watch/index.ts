export { watchPage, type WatchOptions } from './watch-page';
export { debounce, type Debounced } from './debounce';
export { guardStartedEvent, startedEventName } from './started-event-guard';

export { watchPage, type WatchOptions } from './watch-page';
export { guardStartedEvent, startedEventName } from './started-event-guard';

export { runAtOnce, runInSlices, yieldToPage, type SliceOptions, type Steps } from './steps';
export { jsonSteps } from './json';

export { Category, RecordStatus, ViolationRecord, ReadProblem } from './violation-record';

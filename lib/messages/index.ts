export {
  ExtensionMessage,
  RecordsRead,
  PageSeen,
  WarningRequest,
  OpenPanel,
  describeInvalid,
  type MessageOf,
  type MessageResult,
} from './protocol';
export { sendToBackground, type MessageRuntime } from './send';

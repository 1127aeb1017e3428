import type { z } from 'zod';
import type { MessageOrigin } from './origins';

/** A request schema: an object whose `type` names the message. */
export type RequestSchema = z.ZodObject<{ type: z.ZodLiteral<string> }>;

/**
 * One message type: what is sent, what the background answers, and who may
 * send it. Replies are typed from `reply` (z.infer); the background's tests
 * parse every reply with it, so both directions are checked.
 */
export type MessageDefinition = { request: RequestSchema; reply: z.ZodType; from: MessageOrigin };

export const define = <Request extends RequestSchema, Reply extends z.ZodType>(request: Request, reply: Reply, from: MessageOrigin) => ({
  request,
  reply,
  from,
});

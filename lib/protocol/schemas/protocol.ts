import { z } from 'zod';
import { claimMessages } from './claims';
import { dataMessages } from './data';
import type { MessageDefinition } from './define';
import { evidenceMessages } from './evidence';
import { listingMessages } from './listing';
import { recordMessages } from './records';
import { standingMessages } from './standing';

/**
 * Every message content scripts and extension pages send to the background,
 * one definition per type: its request, its reply and its sender. The
 * background parses every request before touching the database: a seller page
 * is not trusted input.
 */
export const messageDefinitions = { ...recordMessages, ...standingMessages, ...claimMessages, ...evidenceMessages, ...dataMessages, ...listingMessages } satisfies Record<string, MessageDefinition>;

type Definitions = typeof messageDefinitions;
export type MessageType = keyof Definitions;
export type MessageOf<T extends MessageType> = z.infer<Definitions[T]['request']>;
export type ReplyOf<T extends MessageType> = z.infer<Definitions[T]['reply']>;
export type ExtensionMessage = { [T in MessageType]: MessageOf<T> }[MessageType];

type Request = Definitions[MessageType]['request'];
const requests = Object.values(messageDefinitions).map((definition) => definition.request as Request);
export const ExtensionMessage = z.discriminatedUnion('type', requests as [Request, ...Request[]]);

/** What the background answers: the reply typed by the message's definition, or why it failed. */
export type Result<Data> = ({ ok: true } & (undefined extends Data ? { data?: Data } : { data: Data })) | { ok: false; error: string };
export type MessageResult = Result<unknown>;

import * as Y from 'yjs'
import type { BenchClient } from '../clients/BenchClient.js'
import { connectClient } from '../clients/connectClient.js'
import { stateOf, whenHasState } from '../clients/sameState.js'
import type { RunningRelay } from '../relays/RelayKind.js'
import type { Scope } from '../Scope.js'
import { EditWriter } from './EditWriter.js'

/** A document written into a relay, and what it amounts to. */
export interface BuiltDocument {
  /** The client that wrote it, still connected. */
  readonly writer: BenchClient
  /** Its state vector: a client that has this has it all. */
  readonly state: Map<number, number>
  readonly encodedBytes: number
  readonly textLength: number
}

/** Edits per transaction (one message): large enough to stay inside our relay's message rate limit. */
const EDITS_PER_MESSAGE = 100

/**
 * Writes a document of `edits` small edits into `room` through a client, as the relay's clients
 * would, and waits until the relay holds all of it (ours: its durability acknowledgement; others:
 * a second client that syncs it all).
 */
export async function buildDocument(
  scope: Scope,
  relay: RunningRelay,
  room: string,
  edits: number,
  seed = 1,
): Promise<BuiltDocument> {
  const writer = connectClient(scope, relay, room)
  await writer.whenSynced()
  const editor = new EditWriter(writer.doc, seed)
  // A few hundred messages at a time, then wait, so no relay sees one connection flood it.
  for (let done = 0; done < edits; done += 200 * EDITS_PER_MESSAGE) {
    editor.write(Math.min(200 * EDITS_PER_MESSAGE, edits - done), EDITS_PER_MESSAGE)
    await confirmStored(scope, relay, room, writer)
  }
  return {
    writer,
    state: stateOf(writer.doc),
    encodedBytes: Y.encodeStateAsUpdate(writer.doc).byteLength,
    textLength: editor.textLength,
  }
}

/** Waits until the relay holds everything `writer` has sent. */
async function confirmStored(scope: Scope, relay: RunningRelay, room: string, writer: BenchClient): Promise<void> {
  if (writer.durable) {
    await writer.durable()
    return
  }
  const checker = connectClient(scope, relay, room)
  try {
    await whenHasState(checker, stateOf(writer.doc), 120_000)
  } finally {
    checker.close()
  }
}

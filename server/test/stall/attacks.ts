import type net from 'node:net'
import { addComment, CLIENT_PARAMS, getBody, SCHEMA_VERSION, SyncMessageType, type Comment } from '@samskriv/shared'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { syncFrame } from '../attackHarness.js'

/** How large the attacks are: CI's, or (STALL_SIZE=full) the issue's. */
export interface AttackSizes {
  /** Comments in each large comment update (each over the stored size of a document's comments), and how many. */
  readonly commentsPerUpdate: number
  readonly largeCommentUpdates: number
  /** Characters of text of the approved document that is exported. */
  readonly exportedChars: number
  /** Approved versions to export (each rendered once). */
  readonly versions: number
  /** Connections one reader opens with one token; documents one editor creates. */
  readonly connections: number
  readonly documents: number
}

export const CI_SIZES: AttackSizes = {
  commentsPerUpdate: 600,
  largeCommentUpdates: 2,
  exportedChars: 100_000,
  versions: 2,
  connections: 100,
  documents: 120,
}

export const FULL_SIZES: AttackSizes = {
  commentsPerUpdate: 700,
  largeCommentUpdates: 8,
  exportedChars: 2_000_000,
  versions: 4,
  connections: 500,
  documents: 2000,
}

/** Opens a raw relay connection with a token; resolves once open (or closed). */
export function raw(syncUrl: string, room: string, token: string): Promise<WebSocket> {
  const params = `${CLIENT_PARAMS.token}=${token}&${CLIENT_PARAMS.schemaVersion}=${SCHEMA_VERSION}`
  const ws = new WebSocket(`${syncUrl}/${room}?${params}`)
  ws.on('error', () => {})
  return new Promise((resolve) => {
    ws.on('open', () => resolve(ws))
    ws.on('close', () => resolve(ws))
  })
}

/** Resolves when the socket closes, or after `ms`. */
export const closedOrAfter = (ws: WebSocket, ms: number) =>
  new Promise<void>((resolve) => {
    if (ws.readyState === ws.CLOSED) resolve()
    const timer = setTimeout(resolve, ms)
    ws.on('close', () => (clearTimeout(timer), resolve()))
  })

const commentOf = (id: string, authorId: string, body: string): Comment => ({
  id,
  parentId: null,
  authorId,
  authorName: 'Ordförande Kim',
  createdAt: '2026-01-05T08:00:00.000Z',
  body,
  anchor: { kind: 'block', blockId: 'x', quote: 'Beslut' },
  resolved: false,
  resolvedBy: null,
  resolvedAt: null,
  deleted: false,
  editedAt: null,
})

let nextComment = 0

/** One update holding `count` new comments of `authorId` with `chars` characters each. */
export function commentsUpdate(authorId: string, count: number, chars: number): Uint8Array {
  const doc = new Y.Doc()
  doc.transact(() => {
    for (let i = 0; i < count; i++) addComment(doc, commentOf(`k${nextComment++}`, authorId, 'å'.repeat(chars)))
  })
  return syncFrame(SyncMessageType.update, Y.encodeStateAsUpdate(doc))
}

/** Paragraphs of text, as an editor would add them to a document's body. */
export function writeParagraphs(doc: Y.Doc, chars: number): void {
  const body = getBody(doc)
  doc.transact(() => {
    for (let written = 0; written < chars; written += 1000) {
      const paragraph = new Y.XmlElement('paragraph')
      paragraph.insert(0, [new Y.XmlText(`${written} `.padEnd(1000, 'abcdefghij klmnopq rstuv åäö. '))])
      body.insert(body.length, [paragraph])
    }
  })
}

/** An update of `bytes` of typed text (a week offline), relative to nothing the server lacks. */
export function typedProposal(state: Uint8Array, bytes: number): Uint8Array {
  const doc = new Y.Doc()
  if (state.byteLength > 0) Y.applyUpdate(doc, state)
  const before = Y.encodeStateVector(doc)
  writeParagraphs(doc, Math.floor(bytes * 0.9))
  return Y.encodeStateAsUpdate(doc, before)
}

/** An update of as many structs as fit in `bytes`: single letters typed backwards, none merging. */
export function craftedProposal(bytes: number): Uint8Array {
  const doc = new Y.Doc()
  const text = doc.getText('text')
  const typeBackwards = (letters: number) =>
    doc.transact(() => {
      for (let i = 0; i < letters; i++) text.insert(0, 'x')
    })
  typeBackwards(10_000)
  const perLetter = Y.encodeStateAsUpdate(doc).byteLength / 10_000
  typeBackwards(Math.floor((bytes * 0.95) / perLetter) - 10_000)
  return Y.encodeStateAsUpdate(doc)
}

/** An update that inserts `chars` after something the relay never received, so it would wait. */
export function orphanFrame(chars: number): Uint8Array {
  const origin = new Y.Doc()
  origin.getText('text').insert(0, 'aldrig skickat')
  const child = new Y.Doc()
  Y.applyUpdate(child, Y.encodeStateAsUpdate(origin))
  const before = Y.encodeStateVector(child)
  child.getText('text').insert(3, 'ö'.repeat(chars / 2))
  return syncFrame(SyncMessageType.update, Y.encodeStateAsUpdate(child, before))
}

/** A connection that asks for the whole document and never reads the answer. */
export async function sleeper(syncUrl: string, room: string, token: string): Promise<WebSocket> {
  const ws = await raw(syncUrl, room, token)
  if (ws.readyState !== ws.OPEN) return ws
  ;(ws as unknown as { _socket: net.Socket })._socket.pause()
  for (let i = 0; i < 6; i++) ws.send(syncFrame(SyncMessageType.step1, Y.encodeStateVector(new Y.Doc())))
  return ws
}

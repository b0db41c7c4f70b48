import {
  CloseCode,
  documentSchemaVersion,
  encodeNoticeMessage,
  MessageType,
  type LockState,
  type RoomKind,
} from '@samskriv/shared'
import * as encoding from 'lib0/encoding'
import * as authProtocol from 'y-protocols/auth'
import * as Y from 'yjs'
import type { Connection } from './Connection.js'
import { updateChangesDocument } from './updateChangesDocument.js'

/**
 * Who may change a room's document now: the document's lock and revision (content rooms), each
 * connection's access, schema version and revision. Refusals are answered, never silent.
 */
export class RoomGate {
  /** Whether content may change (the stored lock is the authority; this is its copy). */
  lock: LockState = { state: 'draft' }
  revision = 1
  /** The document's schema version as last seen; clients older than it are refused. */
  schemaVersion = 1

  constructor(private readonly kind: RoomKind) {}

  /** Judges a joining connection: too old a client is closed; an older revision's copy is stale. */
  admit(connection: Connection): boolean {
    if (!this.admitsSchema(connection)) return false
    connection.stale =
      this.kind === 'content' && connection.declaredRevision !== null && connection.declaredRevision < this.revision
    return true
  }

  /** Whether the server may apply an update for someone now (content only while a draft). */
  mayApply(): boolean {
    return this.kind === 'annotations' || this.lock.state === 'draft'
  }

  /** Whether a connection's updates may be applied now. */
  mayWrite(connection: Connection): boolean {
    if (connection.writeRefused) return false
    if (this.kind === 'annotations') return connection.access !== 'read'
    return connection.access === 'edit' && !connection.stale && this.lock.state === 'draft'
  }

  /**
   * Drops an update the connection may not make (never applied, never stored) and answers it, if it
   * would have changed anything: y-protocols' permission-denied for every client, and a notice for
   * Samskriv clients so they switch to read-only and keep their changes as a proposal. Its later
   * updates build on this one (Yjs orders a client's changes), so they are refused too.
   */
  refuse(connection: Connection, doc: Y.Doc, update: Uint8Array, problem?: string): void {
    let changes = true
    try {
      changes = updateChangesDocument(doc, update)
    } catch {
      // Decoded once already; treat anything odd as a change worth answering.
    }
    if (!changes) return
    connection.writeRefused = true
    const reason =
      problem ?? (this.lock.state !== 'draft' ? 'document locked' : connection.stale ? 'older revision' : 'read-only')
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MessageType.auth)
    authProtocol.writePermissionDenied(encoder, reason)
    connection.send(encoding.toUint8Array(encoder))
    this.notify(connection, doc, true)
  }

  /** Tells a Samskriv client its access and the document's lock (stock clients are not sent it). */
  notify(connection: Connection, doc: Y.Doc, refused: boolean): void {
    if (connection.schemaVersion === null) return
    const notice = {
      lock: this.lock,
      revision: this.revision,
      access: connection.access,
      stale: connection.stale,
      refused,
    }
    connection.send(encodeNoticeMessage(notice, Y.encodeStateVector(doc)))
  }

  /** After a newer client migrated the document, older ones still connected must stop. */
  refuseOutdated(doc: Y.Doc, connections: Iterable<Connection>): void {
    const version = documentSchemaVersion(doc)
    if (version <= this.schemaVersion) return
    this.schemaVersion = version
    for (const connection of connections) this.admitsSchema(connection)
  }

  /** Refuses a client that declared a schema older than the document's: it could delete new blocks. */
  private admitsSchema(connection: Connection): boolean {
    // A client that declares nothing is taken to be of the first schema: clients built before
    // versions were declared bind y-prosemirror and would delete blocks they cannot read.
    const version = connection.schemaVersion ?? 1
    if (version >= this.schemaVersion) return true
    connection.refused = true
    connection.close(CloseCode.clientTooOld, `document schema ${this.schemaVersion}, client ${version}`)
    return false
  }
}

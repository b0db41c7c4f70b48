import type { CloseCodeValue } from '@samskriv/shared'
import type * as Y from 'yjs'
import type { DescribedUpdate, UpdateReferences } from '../workers/updateCheckProtocol.js'

/** Who makes a change: the account behind a connection or a request (null ids while the server runs open). */
export interface UpdateActor {
  readonly userId: string | null
  /** The account's name, as the server knows it. */
  readonly userName: string | null
  /**
   * The schema version the writer's client declared (null: a stock client, or the server applying a
   * proposal), for rules about what a client may write of the document's own metadata.
   */
  readonly schemaVersion: number | null
}

/** What a room's rules decided about one update. */
export type Verdict =
  /** Apply it; then make `afterApply`'s server-side change in the same commit (e.g. stamp times). */
  | { readonly ok: true; readonly afterApply?: (doc: Y.Doc) => void }
  /**
   * Refuse it. Without `closeCode` it is answered with permission-denied (and a notice) and the
   * connection may go on reading; with one (a limit) the connection is closed with that code.
   */
  | { readonly ok: false; readonly problem: string; readonly closeCode?: CloseCodeValue }

/** A verdict that lets the update be applied. */
export type Accepted = Extract<Verdict, { ok: true }>

/** What the rules judge an update by. */
export interface UpdateToJudge {
  /** The room's committed document, with the updates of this commit before this one applied. */
  readonly doc: Y.Doc
  readonly update: Uint8Array
  /** The update's structs and deletions, when the rules asked for them (`describe`). */
  readonly described: DescribedUpdate | null
  /** What the update refers to outside itself, when the rules asked for it (`references`). */
  readonly references: UpdateReferences | null
  /** Whether Yjs would keep (part of) it waiting for changes the document lacks. */
  readonly waits: boolean
  readonly actor: UpdateActor
}

/**
 * Rules a room's updates must follow beyond the structural check, judged on the main thread
 * between the checking worker and the document. They must cost in proportion to the update, never
 * to the document: the worker has decoded and described the update already.
 */
export interface UpdateRules {
  /** Whether the checking worker should describe each update's structs and deletions. */
  readonly describe: boolean
  /** Whether the checking worker should tell what each update refers to outside itself. */
  readonly references?: boolean
  judge(update: UpdateToJudge): Verdict
}

/** Accepts every update: a room without rules of its own. */
export const NO_RULES: UpdateRules = { describe: false, judge: () => ({ ok: true }) }

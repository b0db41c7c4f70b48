/**
 * The messages between the relay and its update-checking worker (`updateCheckWorker.ts`), and what
 * the worker tells about an update: plain data, so it crosses threads by structured clone.
 */

/** A struct's id: its client and clock. */
export type StructId = readonly [client: number, clock: number]

/** What an item holds, as far as rules need to know. */
export type DescribedContent =
  /** JSON values (what `Y.Map#set` and `Y.Array#insert` write). */
  | { readonly kind: 'any'; readonly values: readonly unknown[] }
  /** A nested shared type. */
  | { readonly kind: 'type'; readonly type: 'map' | 'array' | 'text' | 'xml' }
  /** Content deleted and collected before it was sent. */
  | { readonly kind: 'deleted' }
  /** Anything else: text, formatting, embeds, binary, sub-documents. */
  | { readonly kind: 'other' }

/** One struct of an update. */
export interface DescribedStruct {
  readonly client: number
  readonly clock: number
  readonly length: number
  /** An item; a garbage-collected range; or a gap (`skip`) in a merged update. */
  readonly kind: 'item' | 'gc' | 'skip'
  /**
   * Where an item is: a root type's name, the item that holds its parent type, or null when Yjs
   * takes the parent from the item's neighbour (`origin`, else `rightOrigin`).
   */
  readonly parent: string | StructId | null
  /** The key in a map, or null in a sequence. */
  readonly parentSub: string | null
  readonly origin: StructId | null
  readonly rightOrigin: StructId | null
  readonly content: DescribedContent
}

/** An update's structs and deletions, decoded in the worker for rules that judge what it touches. */
export interface DescribedUpdate {
  readonly structs: readonly DescribedStruct[]
  /** Deleted ranges: client, clock, length. */
  readonly deletes: ReadonlyArray<readonly [client: number, clock: number, length: number]>
}

/**
 * What an update refers to outside itself, decoded in the worker for rules that guard a part of the
 * document (the content's metadata) without decoding updates on the main thread: the root types
 * its items name as parents, the ids of items elsewhere that its items are placed by (parent or
 * neighbours), and its deletions. An item placed next to another item of the same update reaches
 * a part only through one that is itself listed.
 */
export interface UpdateReferences {
  readonly roots: readonly string[]
  readonly refs: readonly StructId[]
  /** Deleted ranges: client, clock, length. */
  readonly deletes: ReadonlyArray<readonly [client: number, clock: number, length: number]>
}

/**
 * What an update needs from the document it is applied to, per client: without it, Yjs keeps the
 * update waiting ("pending") instead of integrating it.
 */
export interface UpdateNeeds {
  readonly clients: ReadonlyArray<{
    readonly client: number
    /** The document must already hold this client's clocks below this (its first struct, gaps). */
    readonly must: number
    /** The end of this client's structs in the update (0: none). */
    readonly to: number
    /** Clocks of this client referenced by other clients' items or by deletions (one past the highest). */
    readonly refs: number
  }>
}

/** What to ask of the worker besides the check. */
export interface CheckOptions {
  /** Describe the update's structs and deletions (for rules that judge what it touches). */
  readonly describe?: boolean
  /** Tell what the update refers to outside itself (see {@link UpdateReferences}). */
  readonly references?: boolean
  /** The text the update inserts, for a person to review (a proposal). */
  readonly preview?: boolean
}

/** The worker's answer about one update. */
export interface CheckResult {
  /** Why the update is refused (it does not decode, is out of range, cannot be applied), or null. */
  readonly problem: string | null
  /** Null when refused. */
  readonly needs: UpdateNeeds | null
  readonly described: DescribedUpdate | null
  readonly references: UpdateReferences | null
  readonly preview: string | null
}

/** One update to check, and what to tell about it. */
export interface CheckItem extends CheckOptions {
  readonly update: Uint8Array
}

/** Relay → worker: updates to check together. */
export interface CheckRequest {
  readonly id: number
  readonly items: readonly CheckItem[]
}

/** Worker → relay: ready once started, then one answer per request, a result per item in order. */
export type CheckResponse = { readonly ready: true } | { readonly id: number; readonly results: readonly CheckResult[] }

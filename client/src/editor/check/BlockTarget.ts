/** A block to go to: by its id, or (for blocks without one, the meeting header) the first of a type. */
export type BlockTarget = { blockId: string } | { type: string }

/**
 * Why an edit of a document without an editor (e.g. an activity's status from the overview) could
 * not be made: the document is not on this device and the server cannot be reached, it does not
 * exist, the block is not in it, it was written by a newer version, or it is approved (locked).
 */
export type HeadlessEditFailure = 'notOnDevice' | 'notFound' | 'blockNotFound' | 'tooNew' | 'locked'

/** A failed headless edit; `reason` says why (see {@link HeadlessEditFailure}). */
export class HeadlessEditError extends Error {
  override readonly name = 'HeadlessEditError'

  constructor(readonly reason: HeadlessEditFailure) {
    super(`The document could not be edited: ${reason}`)
  }
}

import type { DocumentType } from '@samskriv/shared'
import type { DocumentRecord } from './Storage.js'

/** Who did something, by account id and the name they had then. */
export interface Actor {
  readonly id: string
  readonly name: string
}

/** An approved version: what was approved, exactly, and by whom. Never changed once stored. */
export interface VersionRecord {
  readonly documentId: string
  readonly number: number
  /** The full Yjs state, so the version can be read without any other history. */
  readonly state: Uint8Array
  /** The body as ProseMirror JSON (canonical), and rendered. */
  readonly bodyJson: string
  readonly html: string
  readonly title: string
  readonly type: DocumentType
  /** SHA-256 of the canonical content. */
  readonly hash: string
  readonly approvedBy: Actor
  readonly approvedAt: string
  readonly onBehalfOf: string
  readonly method: 'coordinator' | 'justering'
  readonly decision: { documentId: string; decisionId: string } | null
  readonly signedBy: Array<Actor & { at: string }>
}

/** A signer's part in a justering round. */
export interface SignerRecord {
  readonly userId: string
  readonly name: string
  readonly state: 'pending' | 'confirmed' | 'returned'
  readonly comment: string
  /** What the sign-off provider recorded (for an account: the session); '' while pending. */
  readonly evidence: string
  readonly at: string | null
}

/** A justering round: the frozen text and the signers' answers. */
export interface JusteringRecord {
  readonly documentId: string
  readonly round: number
  readonly status: 'open' | 'returned' | 'completed'
  readonly hash: string
  /** The frozen Yjs state. */
  readonly state: Uint8Array
  readonly onBehalfOf: string
  readonly startedBy: Actor
  readonly startedAt: string
  readonly signers: SignerRecord[]
}

/** Offline edits to a version approved meanwhile. */
export interface ProposalRecord {
  readonly id: string
  readonly documentId: string
  readonly baseRevision: number
  /** A Yjs update relative to the server's state when it was made. */
  readonly data: Uint8Array
  readonly author: Actor
  readonly createdAt: string
  readonly summary: string
  readonly preview: string
  readonly status: 'open' | 'applied' | 'dismissed'
}

/** How many open proposals a document, and one author on it, may have. */
export interface ProposalLimits {
  readonly perDocument: number
  readonly perAuthor: number
}

/**
 * Approved versions, justering and proposals. Every method that changes a document's status does
 * so in the same transaction as the record it writes.
 */
export interface ApprovalStore {
  /** Stores an approved version and locks the document (status approved). */
  recordVersion(version: VersionRecord): Promise<DocumentRecord>
  listVersions(documentId: string): Promise<VersionRecord[]>
  getVersion(documentId: string, number: number): Promise<VersionRecord | null>

  /** Freezes the document (status justering) with a new round. */
  startJustering(justering: JusteringRecord): Promise<DocumentRecord>
  /** The newest round, or null. */
  currentJustering(documentId: string): Promise<JusteringRecord | null>
  /** Records one signer's answer in an open round. */
  answerJustering(
    documentId: string,
    round: number,
    answer: { userId: string; state: 'confirmed' | 'returned'; comment: string; evidence: string; at: string },
  ): Promise<void>
  /** A signer sent the text back: the round closes and the document is a draft again. */
  returnJustering(documentId: string, round: number): Promise<DocumentRecord>
  /** Everyone confirmed: the round completes and its text becomes the approved version. */
  completeJustering(documentId: string, round: number, version: VersionRecord): Promise<DocumentRecord>

  /** Opens the next revision of an approved document (status draft). */
  openRevision(documentId: string, revision: number): Promise<DocumentRecord>

  /**
   * Stores a proposal, unless its document already has `limits.perDocument` open proposals or its
   * author `limits.perAuthor` open ones there: then nothing is stored and it answers false. The
   * count and the insert are one transaction.
   */
  createProposal(proposal: ProposalRecord, limits: ProposalLimits): Promise<boolean>
  /** How many open proposals a document has, and how many of them are this author's. */
  countOpenProposals(documentId: string, authorId: string): Promise<{ total: number; theirs: number }>
  listProposals(documentId: string): Promise<ProposalRecord[]>
  getProposal(id: string): Promise<ProposalRecord | null>
  setProposalStatus(id: string, status: 'applied' | 'dismissed'): Promise<void>
}

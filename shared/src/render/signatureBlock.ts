import { EXPORT_LABELS as L } from './blockLabels.js'
import type { ExportBlock } from './exportModel.js'
import { plainRuns } from './exportInline.js'

/** How an approved version was approved, as its export's signature block shows it. */
export interface ApprovalFacts {
  readonly method: 'coordinator' | 'justering'
  readonly approvedBy: string
  /** ISO time. */
  readonly approvedAt: string
  readonly onBehalfOf: string
  /** Who confirmed a justering, and when (ISO time). */
  readonly signedBy: readonly { readonly name: string; readonly at: string }[]
}

const day = (iso: string) => iso.slice(0, 10)

/**
 * The signature block at the end of an approved version's export: for a justering, each justerare
 * who confirmed it, with the day, digitally; and always who approved the version on whose behalf.
 */
export function signatureBlock(facts: ApprovalFacts): ExportBlock[] {
  const signed: ExportBlock[] = facts.signedBy.map((signer) => ({
    type: 'field',
    label: L.signedBy,
    value: plainRuns(`${signer.name}, ${day(signer.at)} (${L.digitallySigned})`),
  }))
  const approved: ExportBlock = {
    type: 'field',
    label: L.approvalBy,
    value: plainRuns(`${facts.approvedBy}, ${day(facts.approvedAt)}, ${L.onBehalfOf} ${facts.onBehalfOf}`),
  }
  return [
    {
      type: 'section',
      role: 'signatures',
      children: [
        { type: 'heading', level: 2, text: plainRuns(facts.method === 'justering' ? L.signatures : L.approval) },
        ...signed,
        approved,
      ],
    },
  ]
}

import type { VersionRecord } from '../src/storage/ApprovalStore.js'

/** An approved version record for storage tests. */
export const versionRecord = (
  documentId: string,
  number: number,
  extra: Partial<VersionRecord> = {},
): VersionRecord => ({
  documentId,
  number,
  state: new Uint8Array([number, 1, 2]),
  bodyJson: '{"type":"doc"}',
  html: '<p>Åtgärd</p>',
  title: 'Handlingsplan',
  type: 'actionPlan',
  hash: 'a'.repeat(64),
  approvedBy: { id: 'u1', name: 'Anna' },
  approvedAt: '2026-11-02T08:00:00.000Z',
  onBehalfOf: 'Länsgemensam ledning',
  method: 'coordinator',
  decision: null,
  signedBy: [],
  ...extra,
})

import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { appendJsonToFragment, getBody, initializeDocumentMeta } from '@samskriv/shared'
import { canonicalContent, normalizeBody } from '@samskriv/shared/editor'
import { localContentHash } from './localContentHash'

describe('localContentHash', () => {
  it('is the SHA-256 of the canonical content, as the server computes it', async () => {
    const doc = new Y.Doc()
    initializeDocumentMeta(doc, { type: 'guidance', title: 'Rutin för hemgång' })
    const body = [{ type: 'paragraph', content: [{ type: 'text', text: 'Ring kommunen.' }] }]
    appendJsonToFragment(getBody(doc), body)
    const expected = createHash('sha256')
      .update(
        canonicalContent({
          title: 'Rutin för hemgång',
          type: 'guidance',
          body: normalizeBody({ type: 'doc', content: body }),
        }),
      )
      .digest('hex')
    expect(await localContentHash(doc)).toBe(expected)
  })

  it('changes with the text and is null for a room without metadata', async () => {
    const doc = new Y.Doc()
    initializeDocumentMeta(doc, { type: 'guidance', title: 'Rutin' })
    const before = await localContentHash(doc)
    appendJsonToFragment(getBody(doc), [{ type: 'paragraph', content: [{ type: 'text', text: 'Ny rad.' }] }])
    expect(await localContentHash(doc)).not.toBe(before)
    expect(await localContentHash(new Y.Doc())).toBeNull()
  })
})

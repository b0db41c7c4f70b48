import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { toBase64 } from 'lib0/buffer'
import { digest } from 'lib0/hash/sha256'
import { getBody } from '../documentLayout.js'
import { buildTemplateUpdate } from '../templates/applyTemplate.js'
import { fragmentToJson } from './fragmentToJson.js'
import { appendJsonToFragment } from './jsonToFragment.js'

describe('appendJsonToFragment', () => {
  it('keeps unmarked text after marked text unmarked', () => {
    const doc = new Y.Doc()
    const content = [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Det är ' },
          { type: 'text', text: 'viktigt', marks: [{ type: 'bold' }] },
          { type: 'text', text: ' nu.' },
        ],
      },
    ]
    appendJsonToFragment(getBody(doc), content)
    expect(fragmentToJson(getBody(doc)).content).toEqual(content)
  })

  it('writes templates byte for byte as earlier versions did', () => {
    // A document created offline on two devices of different versions must hold its template once.
    const hashes = (['protocol', 'actionPlan', 'guidance'] as const).map((type) =>
      toBase64(digest(buildTemplateUpdate('DrdLFHMdWEiwIEvckchaM', type))),
    )
    // The protocol's is its second edition (the agenda after the reference protocols), written
    // under ids of its own (see TEMPLATE_EDITIONS); the others are unchanged since the first.
    expect(hashes).toEqual([
      'ecPR2AuFK9Gg76rD/O9N/vOEwIRlMerRY3myow8rQNM=',
      'phNSGt0tcDSGEdMw+CL/z9bLAM0C1Yi+MyrIdYZ+AKQ=',
      'NdgjlvKMctnfWUsow34AfK0sWvIBC9q0eElwqUgedF0=',
    ])
  })
})

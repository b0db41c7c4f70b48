import { describe, expect, it } from 'vitest'
import { createDocumentId, documentIdSchema, MAX_DOCUMENT_ID_LENGTH, parseDocumentId } from './documentId.js'

describe('parseDocumentId', () => {
  it.each(['a', 'check-1a2b3c4d', 'V1StGXR8_Z5jdHi6B-myT', 'x'.repeat(MAX_DOCUMENT_ID_LENGTH)])('accepts %s', (id) => {
    expect(parseDocumentId(id)).toBe(id)
  })

  it.each([
    ['empty', ''],
    ['dot-dot', '..'],
    ['slash', 'a/b'],
    ['NUL', 'a\u0000b'],
    ['too long', 'x'.repeat(MAX_DOCUMENT_ID_LENGTH + 1)],
    ['10 000 characters', 'y'.repeat(10_000)],
    ['non-ASCII', 'möte'],
    ['space', 'a b'],
    ['percent-encoded', 'a%2Fb'],
    ['dot', 'a.b'],
  ])('rejects %s', (_name, id) => {
    expect(parseDocumentId(id)).toBeNull()
  })

  it.each([undefined, null, 42, {}, ['a']])('rejects the non-string %j', (value) => {
    expect(parseDocumentId(value)).toBeNull()
  })
})

describe('createDocumentId', () => {
  it('creates ids the parser accepts, and no two alike', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => createDocumentId()))
    expect(ids.size).toBe(1000)
    for (const id of ids) expect(parseDocumentId(id)).toBe(id)
  })
})

describe('documentIdSchema', () => {
  it('explains what a valid id is', () => {
    const result = documentIdSchema.safeParse('../etc')
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toMatch(/1–64 characters/)
  })
})

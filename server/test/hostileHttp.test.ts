import { describe, expect, it } from 'vitest'
import { attackedServers } from './attackHarness.js'

const { start } = attackedServers()

describe('hostile HTTP requests', () => {
  const send = async (url: string, method: string, body: string | undefined, type = 'application/json') => {
    const response = await fetch(url, {
      method,
      headers: body === undefined ? {} : { 'content-type': type },
      ...(body === undefined ? {} : { body }),
    })
    const text = await response.text()
    return { status: response.status, type: response.headers.get('content-type') ?? '', text }
  }

  it('answers malformed JSON, wrong types, unknown fields, huge bodies and wrong content types with JSON errors', async () => {
    const { server, crowd } = await start()
    const created = await send(
      `${server.httpUrl}/api/documents`,
      'POST',
      JSON.stringify({ title: 'Mål', type: 'protocol' }),
    )
    const id = (JSON.parse(created.text) as { id: string }).id
    const bodies: Array<[string, string, string?]> = [
      ['malformed JSON', '{"title": "x",'],
      ['JSON that is not an object', '"just a string"'],
      ['a wrong type', JSON.stringify({ title: ['x'], type: 42 })],
      ['an unknown field', JSON.stringify({ title: 'x', type: 'protocol', admin: true })],
      ['a prototype-polluting key', '{"__proto__": {"admin": true}, "title": "x", "type": "protocol"}'],
      ['a huge body', JSON.stringify({ title: 'x'.repeat(2_000_000), type: 'protocol' })],
      ['a text body', 'title=x', 'text/plain'],
      ['a form body', 'title=x&type=protocol', 'application/x-www-form-urlencoded'],
      ['deeply nested JSON', '['.repeat(5000) + ']'.repeat(5000)],
    ]
    const endpoints: Array<[string, string]> = [
      ['POST', '/api/documents'],
      ['PATCH', `/api/documents/${id}`],
      ['POST', '/api/auth/login'],
      ['PUT', `/api/documents/${id}/group`],
    ]
    for (const [method, path] of endpoints) {
      for (const [what, body, type] of bodies) {
        const answer = await send(`${server.httpUrl}${path}`, method, body, type)
        expect(answer.status, `${method} ${path} with ${what}`).toBeGreaterThanOrEqual(400)
        expect(answer.status, `${method} ${path} with ${what}`).toBeLessThan(500)
        expect(answer.type).toContain('application/json')
        expect(JSON.parse(answer.text)).toMatchObject({
          error: { code: expect.any(String), message: expect.any(String) },
        })
      }
    }
    // Nothing changed: the document is as it was created.
    const after = await send(`${server.httpUrl}/api/documents/${id}`, 'GET', undefined)
    expect(JSON.parse(after.text)).toMatchObject({ id, title: 'Mål', type: 'protocol' })
    // Access logs aside, no error lines and no stack traces.
    await crowd.check(Number.POSITIVE_INFINITY)
    expect(crowd.logsSince().filter((line) => /"level":(50|60)/.test(line))).toEqual([])
  })
})

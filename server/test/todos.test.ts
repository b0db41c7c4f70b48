import { getBody, type TodoList } from '@samskriv/shared'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { teamWithPlan } from './teamFixture.js'
import { waitFor } from './waitFor.js'

let fixture: Awaited<ReturnType<typeof teamWithPlan>> | null = null
afterEach(async () => {
  await fixture?.close()
  fixture = null
})

function firstActivity(doc: Y.Doc): Y.XmlElement | null {
  const walk = (node: Y.XmlFragment | Y.XmlElement): Y.XmlElement | null => {
    for (const child of node.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue
      if (child.nodeName === 'activity') return child
      const found = walk(child)
      if (found) return found
    }
    return null
  }
  return walk(getBody(doc))
}

describe('to-dos', () => {
  it('lists a signer’s justering and one’s overdue activities, for them only', async () => {
    fixture = await teamWithPlan()
    const { members, plan, connect, create, server, admin } = fixture
    const todos = async (who: 'Rut' | 'Cia' | 'Eva' | 'Kim') => {
      const answer = await members[who]!.api('GET', '/api/todos')
      expect(answer.status).toBe(200)
      return answer.body as TodoList
    }

    // An activity of Eva's, due yesterday.
    const editor = await connect('Eva')
    await waitFor(() => editor.provider.synced && firstActivity(editor.doc) !== null, 'plan synced')
    const activity = firstActivity(editor.doc)!
    activity.setAttribute('responsible', 'Eva (utvecklingsledare)')
    activity.setAttribute('timeTo', '2020-06-30')
    await waitFor(async () => (await todos('Eva')).overdue.length === 1, 'overdue listed')
    expect((await todos('Eva')).overdue[0]).toMatchObject({ documentId: plan, timeTo: '2020-06-30', status: 'planned' })
    expect((await todos('Kim')).overdue).toEqual([])

    // Rut is to sign a protocol.
    const protocol = await create('Protokoll LGL', 'protocol')
    const started = await members.Kim!.api('POST', `/api/documents/${protocol}/justering`, {
      signers: [members.Rut!.id],
      onBehalfOf: 'Länsgemensam ledning',
    })
    expect(started.status).toBe(201)
    expect((await todos('Rut')).justeringar).toMatchObject([
      { documentId: protocol, title: 'Protokoll LGL', round: 1, startedBy: 'Kim' },
    ])
    expect((await todos('Cia')).justeringar).toEqual([])
    await members.Rut!.api('POST', `/api/documents/${protocol}/justering/confirm`, {
      hash: (started.body as { justering: { hash: string } }).justering.hash,
    })
    expect((await todos('Rut')).justeringar).toEqual([])

    // Once done, it no longer waits.
    activity.setAttribute('status', 'done')
    await waitFor(async () => (await todos('Eva')).overdue.length === 0, 'done is not overdue')

    // Not signed in: nothing.
    const { call } = await import('./accounts.js')
    expect((await call(server, 'GET', '/api/todos')).status).toBe(401)
    expect((await admin.api('GET', '/api/todos')).status).toBe(200)
  })
})

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { addComment, formatMention, getBody } from '@samskriv/shared'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { SqliteStorage } from '../src/storage/SqliteStorage.js'
import { account } from './accounts.js'
import { startSmtp } from './services/smtp.js'
import { teamWithPlan } from './teamFixture.js'
import { testComment } from './testComment.js'
import { startTestServer } from './testServer.js'
import { waitFor } from './waitFor.js'

const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

/** The address `account()` gives a test person. */
const emailOf = (name: string) => `${name.toLowerCase()}@example.se`

/** Quick pacing, so retries happen within a test. */
const QUICK = { pollMs: 50, firstRetryMs: 50, maxDelayMs: 200, leaseMs: 5_000, maxAttempts: 10 }

async function mailTeam(smtpUrl: string, dataDir?: string) {
  const fixture = await teamWithPlan({
    mail: { smtpUrl, from: 'Samskriv <samskriv@example.se>', timing: QUICK, overdueEveryMs: 200 },
    ...(dataDir ? { storage: () => new SqliteStorage(dataDir) } : {}),
  })
  cleanups.push(() => fixture.close())
  return fixture
}

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

describe('e-mail notifications', () => {
  it('mails a mention, a justering, a proposal and an overdue activity to the person, once, in Swedish, with a link', async () => {
    const smtp = await startSmtp()
    cleanups.push(smtp.stop)
    const { members, plan, connect, create, server } = await mailTeam(smtp.url)
    const outsider = await account(server, 'Ola')
    const [cia, kim, rut] = [members.Cia!, members.Kim!, members.Rut!]
    const to = (email: string) => smtp.received.filter((m) => m.to.includes(email))

    // A mention: Kim gets it; the outsider, who may not read the plan, gets nothing.
    const comments = await connect('Cia', `${plan}/annotations`)
    await waitFor(() => comments.provider.synced, 'comments synced')
    const body = `${formatMention(kim.id, 'Kim')} och ${formatMention(outsider.id, 'Ola')}: räcker budgeten?`
    addComment(comments.doc, testComment('c1', cia.id, { body }))
    await waitFor(() => to(emailOf('Kim')).length === 1, 'Kim’s mention mailed')
    const mention = to(emailOf('Kim'))[0]!
    expect(mention.from).toBe('samskriv@example.se')
    expect(mention.to).toEqual([emailOf('Kim')])
    expect(mention.subject).toBe('Cia nämnde dig i ”Handlingsplan”')
    expect(mention.text).toContain('Hej Kim,')
    expect(mention.text).toContain('”@Kim och @Ola: räcker budgeten?”')
    expect(mention.text).toContain(`${server.httpUrl}/dokument/${plan}?kommentar=c1`)

    // A justering: the signer is mailed.
    const protocol = await create('Protokoll LGL 4 december', 'protocol')
    const started = await kim.api('POST', `/api/documents/${protocol}/justering`, {
      signers: [rut.id],
      onBehalfOf: 'Länsgemensam ledning',
    })
    expect(started.status).toBe(201)
    await waitFor(() => to(emailOf('Rut')).length === 1, 'signer mailed')
    expect(to(emailOf('Rut'))[0]!.subject).toBe('Justera ”Protokoll LGL 4 december”')
    expect(to(emailOf('Rut'))[0]!.text).toContain('Kim har startat justering av ”Protokoll LGL 4 december” (omgång 1)')
    expect(to(emailOf('Rut'))[0]!.text).toContain(`${server.httpUrl}/dokument/${protocol}`)

    // A proposal (as audited when one is stored): the group's coordinator is mailed, not its author.
    server.server.mail!.notifier.noteAudit({
      at: new Date().toISOString(),
      actorId: members.Eva!.id,
      action: 'proposalCreated',
      subject: plan,
      details: { proposal: 'p1', baseRevision: 1 },
    })
    await waitFor(() => to(emailOf('Kim')).length === 2, 'coordinator mailed')
    expect(to(emailOf('Kim'))[1]!.subject).toBe('Förslag att hantera i ”Handlingsplan”')
    expect(to(emailOf('Kim'))[1]!.text).toContain('Eva har lämnat ett förslag')

    // An overdue activity of Eva's: mailed once, though looked for again and again.
    const editor = await connect('Eva')
    await waitFor(() => editor.provider.synced && firstActivity(editor.doc) !== null, 'plan synced')
    const activity = firstActivity(editor.doc)!
    activity.setAttribute('responsible', 'Eva')
    activity.setAttribute('timeTo', '2020-06-30')
    await waitFor(() => to(emailOf('Eva')).length === 1, 'overdue mailed')
    expect(to(emailOf('Eva'))[0]!.subject).toMatch(/^Försenad aktivitet: /)
    expect(to(emailOf('Eva'))[0]!.text).toContain('skulle ha varit klar 30 juni 2020')
    await server.server.mail!.notifier.checkOverdue()
    await server.server.mail!.sender.idle()
    expect(to(emailOf('Eva'))).toHaveLength(1)
    expect(to(emailOf('Kim'))).toHaveLength(2)
    expect(to(emailOf('Ola'))).toHaveLength(0)
    expect(to(emailOf('Cia'))).toHaveLength(0)
  })

  it('retries while the SMTP server refuses, never mails who lost access, and survives a restart', async () => {
    const smtp = await startSmtp()
    cleanups.push(smtp.stop)
    smtp.refuse(true)
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samskriv-mail-'))
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }))
    const first = await mailTeam(smtp.url, dataDir)
    const { members, plan, connect, admin, groupId } = first
    const [cia, kim, rut] = [members.Cia!, members.Kim!, members.Rut!]
    const outbox = first.server.storage.mail

    const comments = await connect('Cia', `${plan}/annotations`)
    await waitFor(() => comments.provider.synced, 'comments synced')
    addComment(
      comments.doc,
      testComment('c1', cia.id, { body: `${formatMention(kim.id, 'Kim')} ${formatMention(rut.id, 'Rut')} titta` }),
    )
    const kimMail = `mention:${plan}:c1:${kim.id}`
    const rutMail = `mention:${plan}:c1:${rut.id}`
    await waitFor(async () => ((await outbox.get(kimMail))?.attempts ?? 0) >= 2, 'retried')
    expect(await outbox.get(kimMail)).toMatchObject({ state: 'pending', lastError: expect.stringContaining('451') })
    expect(smtp.received).toEqual([])

    // Rut leaves the group meanwhile; the server restarts with the mails still waiting.
    expect((await admin.api('DELETE', `/api/groups/${groupId}/members/${rut.id}`)).status).toBe(200)
    await first.close()
    smtp.refuse(false)
    const again = await startTestServer({
      openMode: false,
      storage: () => new SqliteStorage(dataDir),
      mail: { smtpUrl: smtp.url, from: 'samskriv@example.se', timing: QUICK },
    })
    cleanups.push(() => again.close())
    await waitFor(async () => (await again.storage.mail.get(kimMail))?.state === 'sent', 'sent after the restart')
    await waitFor(async () => (await again.storage.mail.get(rutMail))?.state === 'dropped', 'Rut’s dropped')
    expect(smtp.received.map((m) => m.to)).toEqual([[emailOf('Kim')]])
    // Sent once the new server listens: its link names the new address.
    expect(smtp.received[0]!.text).toContain(`${again.httpUrl}/dokument/${plan}?kommentar=c1`)
  })
})

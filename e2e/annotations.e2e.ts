import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  commentOnText,
  commentsPanel,
  highlightedTexts,
  listedComments,
  openComments,
  reply,
  selectTextByTouch,
  tap,
  thread,
} from './annotationActions.js'
import { createDocument, documentText, editor, enterName, typeAtEnd, waitForSyncStatus } from './appActions.js'
import { startAppServer, type AppServer } from './appServer.js'
import { expectAccessible, launchBrowser, openApp, TABLET_LANDSCAPE, TABLET_PORTRAIT } from './browser.js'

let server: AppServer
let browser: Browser
const contexts: BrowserContext[] = []

beforeAll(async () => {
  server = await startAppServer({ openMode: true })
  browser = await launchBrowser()
})
afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
  await server?.dispose()
})

/** A tablet user: touch, the given orientation. */
async function tabletUser(name: string, viewport: { width: number; height: number }): Promise<Page> {
  const { context, page } = await openApp(browser, server.baseUrl, { viewport, hasTouch: true, isMobile: true })
  contexts.push(context)
  await enterName(page, name)
  return page
}

/** Screenshots for people to look at (outside the repository). */
const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/annotations-${name}.png` })

/** Waits until no comment in the panel is marked "Ej synkad" (the relay acknowledged them all). */
const allSynced = (page: Page) =>
  expect.poll(() => commentsPanel(page).locator('.comment__unsynced').count(), { timeout: 20_000 }).toBe(0)

describe('comments on a tablet', () => {
  let anna: Page
  let bo: Page
  let documentUrl: string

  it('comments on text selected by touch (portrait), highlighted in the text', async () => {
    anna = await tabletUser('Anna Andersson', TABLET_PORTRAIT)
    documentUrl = await createDocument(anna, 'Protokoll styrgruppen 2026-11-20')
    await typeAtEnd(anna, 'Mötet beslutade att anta budgeten för 2027. Nästa möte hålls i Borås den 4 december.')
    await waitForSyncStatus(anna, 'synced')
    await expectAccessible(anna, 'editor with closed comment sheet')
    await shot(anna, 'portrait-sheet-closed')

    await commentOnText(anna, 'anta budgeten', 'Vilken version av budgeten gäller?')
    const first = thread(anna, 'Vilken version av budgeten gäller?')
    await expect.poll(() => first.locator('.comment__author').textContent()).toBe('Anna Andersson (du)')
    await expect.poll(() => first.locator('time').getAttribute('datetime')).toMatch(/^2\d{3}-\d\d-\d\dT/)
    await expect.poll(() => highlightedTexts(anna)).toEqual(['anta budgeten'])
    await allSynced(anna)
    await expectAccessible(anna, 'comment sheet open (portrait)')
    await shot(anna, 'portrait-sheet-open')
  })

  it('keeps the sheet and the comment field above the on-screen keyboard', async () => {
    // Headless Chromium has no on-screen keyboard: this page gets a visual viewport the test
    // shrinks as iPad Safari's does when the keyboard opens (the layout viewport stays as it is).
    const page = await anna.context().newPage()
    await page.addInitScript(() => {
      class KeyboardViewport extends EventTarget {
        height = window.innerHeight
        width = window.innerWidth
        offsetTop = 0
        offsetLeft = 0
        pageTop = 0
        pageLeft = 0
        scale = 1
      }
      const viewport = new KeyboardViewport()
      Object.defineProperty(window, 'visualViewport', { configurable: true, get: () => viewport })
      Object.assign(window, {
        openKeyboard: (height: number) => {
          viewport.height = window.innerHeight - height
          viewport.dispatchEvent(new Event('resize'))
        },
      })
    })
    await page.goto(documentUrl)
    await editor(page).waitFor()
    await selectTextByTouch(page, 'budgeten för')
    await tap(commentsPanel(page).getByRole('button', { name: 'Kommentera markeringen' }))
    const field = commentsPanel(page).getByLabel('Kommentar', { exact: true })
    await field.waitFor()
    await page.evaluate(() => (window as unknown as { openKeyboard: (h: number) => void }).openKeyboard(400))
    const keyboardTop = 1024 - 400
    await expect
      .poll(() => commentsPanel(page).evaluate((panel) => Math.round(panel.getBoundingClientRect().bottom)))
      .toBe(keyboardTop)
    await expect
      .poll(async () => (await field.boundingBox())!.y + (await field.boundingBox())!.height)
      .toBeLessThanOrEqual(keyboardTop)
    expect((await field.boundingBox())!.y).toBeGreaterThanOrEqual(0)
    await shot(page, 'portrait-keyboard')
    await page.close()
  })

  it('keeps three comments and a reply made offline through a reload, marked “Ej synkad”', async () => {
    await anna.context().setOffline(true)
    await expect.poll(() => commentsPanel(anna).textContent()).toContain('Du är offline')
    await commentOnText(anna, 'Nästa möte', 'Kan vi flytta mötet?')
    await commentOnText(anna, 'Borås', 'Lokalen är bokad.')
    await commentOnText(anna, '4 december', 'Krockar med nämnden.')
    await reply(anna, 'Vilken version av budgeten gäller?', 'Version 3, enligt beredningen.')
    await expect.poll(() => commentsPanel(anna).locator('.comment__unsynced').count()).toBe(4)
    // Stored on the device (a moment after each comment) before the page goes.
    await expect.poll(() => commentsPanel(anna).getAttribute('data-saving')).toBeNull()

    await anna.reload()
    await editor(anna).waitFor()
    await openComments(anna)
    await expect
      .poll(() => listedComments(anna))
      .toEqual([
        'Anna Andersson (du): Vilken version av budgeten gäller?',
        'Anna Andersson (du): Version 3, enligt beredningen.',
        'Anna Andersson (du): Kan vi flytta mötet?',
        'Anna Andersson (du): Lokalen är bokad.',
        'Anna Andersson (du): Krockar med nämnden.',
      ])
    await expect.poll(() => commentsPanel(anna).locator('.comment__unsynced').count()).toBe(4)
    await expect.poll(() => highlightedTexts(anna)).toEqual(['anta budgeten', 'Nästa möte', 'Borås', '4 december'])
    await expectAccessible(anna, 'comments offline after reload')
  })

  it('delivers them when back online: a second tablet (landscape) sees anchors, authors and order', async () => {
    await anna.context().setOffline(false)
    await allSynced(anna)

    bo = await tabletUser('Bo Berg', TABLET_LANDSCAPE)
    await bo.goto(documentUrl)
    await editor(bo).waitFor()
    await expect
      .poll(() => listedComments(bo))
      .toEqual([
        'Anna Andersson: Vilken version av budgeten gäller?',
        'Anna Andersson: Version 3, enligt beredningen.',
        'Anna Andersson: Kan vi flytta mötet?',
        'Anna Andersson: Lokalen är bokad.',
        'Anna Andersson: Krockar med nämnden.',
      ])
    await expect.poll(() => highlightedTexts(bo)).toEqual(['anta budgeten', 'Nästa möte', 'Borås', '4 december'])
    // Anna's author id travels with her comments; Bo's device has another.
    const annasId = await thread(anna, 'Lokalen är bokad.').locator('.comment__author').getAttribute('data-author-id')
    expect(annasId).toMatch(/^device-/)
    expect(await thread(bo, 'Lokalen är bokad.').locator('.comment__author').getAttribute('data-author-id')).toBe(
      annasId,
    )
    await expectAccessible(bo, 'comment panel (landscape)')
    await shot(bo, 'landscape-panel')
  })

  it('jumps between comment and text both ways', async () => {
    await tap(thread(bo, 'Krockar med nämnden.').getByRole('button', { name: 'Visa i texten' }))
    await expect.poll(() => bo.evaluate(() => document.getSelection()?.toString())).toBe('4 december')

    const highlight = editor(bo).locator('.comment-highlight', { hasText: 'Borås' })
    const box = (await highlight.boundingBox())!
    await bo.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2)
    await expect
      .poll(() => bo.evaluate(() => document.activeElement?.closest('.comment-thread')?.textContent ?? ''))
      .toContain('Lokalen är bokad.')
  })

  it('replies from another tablet, resolves and reopens a thread', async () => {
    await reply(bo, 'Kan vi flytta mötet?', 'Ja, till den 11 december.')
    await expect
      .poll(() => thread(anna, 'Kan vi flytta mötet?').locator('.comment').allTextContents())
      .toEqual([expect.stringContaining('Kan vi flytta mötet?'), expect.stringContaining('Bo Berg')])
    // Bo takes his reply back: it stays in the thread, withdrawn.
    const bosReply = thread(bo, 'Kan vi flytta mötet?').locator('.comment', { hasText: 'Ja, till den 11 december.' })
    await tap(bosReply.getByRole('button', { name: 'Återkalla' }))
    await expect
      .poll(() => thread(anna, 'Kan vi flytta mötet?').locator('.comment').nth(1).textContent())
      .toContain('Kommentaren är återkallad av sin författare.')
    expect(await thread(anna, 'Kan vi flytta mötet?').getByRole('button', { name: 'Återkalla' }).count()).toBe(1)
    await tap(thread(anna, 'Kan vi flytta mötet?').getByRole('button', { name: 'Markera som löst' }))
    await expect.poll(() => highlightedTexts(bo)).toEqual(['anta budgeten', 'Borås', '4 december'])
    await expect.poll(() => commentsPanel(bo).getByText('Lösta trådar (1)').count()).toBe(1)
    await bo.getByText('Lösta trådar (1)').click()
    await tap(thread(bo, 'Kan vi flytta mötet?').getByRole('button', { name: 'Öppna igen' }))
    await expect.poll(() => highlightedTexts(anna)).toEqual(['anta budgeten', 'Nästa möte', 'Borås', '4 december'])
  })

  it('comments on a decision as a whole from its header', async () => {
    const decision = editor(anna).locator('[data-block-type="decision"]').first()
    await tap(decision.getByRole('button', { name: 'Kommentera Beslut' }))
    await commentsPanel(anna).getByLabel('Kommentar', { exact: true }).fill('Beslutet behöver en ansvarig.')
    await tap(commentsPanel(anna).getByRole('button', { name: 'Spara kommentar' }))
    const onBlock = thread(bo, 'Beslutet behöver en ansvarig.')
    await expect.poll(() => onBlock.locator('.comment-thread__quote').textContent()).toMatch(/^Beslut/)
    await expect.poll(() => editor(bo).locator('.block--commented > [data-block-type="decision"]').count()).toBe(1)
    await tap(onBlock.getByRole('button', { name: 'Visa i texten' }))
    // The decision is highlighted and the cursor is in its text.
    await expect.poll(() => editor(bo).locator('.block--highlighted > [data-block-type="decision"]').count()).toBe(1)
    await expect
      .poll(() =>
        bo.evaluate(() => {
          const node = document.getSelection()?.anchorNode
          const element = node instanceof Element ? node : node?.parentElement
          return element?.closest('[data-block-type]')?.getAttribute('data-block-type')
        }),
      )
      .toBe('decision')
  })

  it('shows a comment whose text another writer deleted as detached, with its quote', async () => {
    await selectTextByTouch(bo, 'i Borås')
    await bo.keyboard.press('Backspace')
    await expect.poll(() => documentText(anna)).toContain('Nästa möte hålls  den 4 december.')
    const detached = thread(anna, 'Lokalen är bokad.')
    await expect.poll(() => detached.getAttribute('data-detached')).toBe('true')
    await expect.poll(() => detached.locator('.comment-thread__detached').textContent()).toBe('Texten är borttagen')
    await expect.poll(() => detached.locator('.comment-thread__quote').textContent()).toBe('Borås')
    expect(await detached.getByRole('button', { name: 'Visa i texten' }).count()).toBe(0)
    await expect.poll(() => highlightedTexts(anna)).toEqual(['anta budgeten', 'Nästa möte', '4 december'])
    await expectAccessible(anna, 'detached comment')
  })
})

describe('comments on an approved document', () => {
  it('keeps the content read-only and the comments open', async () => {
    const eva = await tabletUser('Eva Ek', TABLET_LANDSCAPE)
    const url = await createDocument(eva, 'Handlingsplan psykisk hälsa', 'Handlingsplan')
    await typeAtEnd(eva, 'Alla kommuner inför samordnad individuell plan.')
    await waitForSyncStatus(eva, 'synced')
    const id = new URL(url).pathname.split('/').at(-1)!
    const approved = await eva.request.post(`/api/documents/${id}/approve`, {
      data: { onBehalfOf: 'Länsgemensam ledning' },
    })
    expect(approved.status()).toBe(201)
    await expect.poll(() => eva.getByText('Dokumentet är godkänt').first().isVisible(), { timeout: 20_000 }).toBe(true)
    // The approved document opens for reading; the form (the read-only editor) is where text is selected.
    await eva.getByTestId('reading-view').waitFor()
    await eva.getByRole('button', { name: 'Visa som formulär' }).click()
    await expect.poll(() => editor(eva).getAttribute('contenteditable')).toBe('false')

    // Typing into the locked text changes nothing.
    await selectTextByTouch(eva, 'samordnad')
    await eva.keyboard.type('XYZ')
    expect(await documentText(eva)).not.toContain('XYZ')

    await commentOnText(eva, 'samordnad individuell plan', 'Gäller även regionens verksamheter?')
    await allSynced(eva)
    await expect.poll(() => commentsPanel(eva).textContent()).toContain('du kan kommentera')

    const fia = await tabletUser('Fia Falk', TABLET_PORTRAIT)
    await fia.goto(url)
    await fia.getByTestId('reading-view').waitFor()
    await openComments(fia)
    await expect.poll(() => listedComments(fia)).toEqual(['Eva Ek: Gäller även regionens verksamheter?'])
    await reply(fia, 'Gäller även regionens verksamheter?', 'Ja, båda huvudmännen.')
    await expect.poll(() => listedComments(eva)).toContain('Fia Falk: Ja, båda huvudmännen.')
    await expectAccessible(fia, 'comments on an approved document')
    await shot(fia, 'portrait-approved')
  })
})

describe('preparing a meeting without a network', () => {
  it('makes the protocol and the documents it refers to available offline, with their comments', async () => {
    const gun = await tabletUser('Gun Grön', TABLET_LANDSCAPE)
    const planUrl = await createDocument(gun, 'Handlingsplan äldres hälsa', 'Handlingsplan')
    await typeAtEnd(gun, 'Planen gäller hela 2027.')
    await waitForSyncStatus(gun, 'synced')
    await commentOnText(gun, 'hela 2027', 'Även 2028?')
    await allSynced(gun)

    await gun.goto('/')
    const protocolUrl = await createDocument(gun, 'Protokoll LGL 2026-12-04')
    await typeAtEnd(gun, 'Se handlingsplanen inför mötet.')
    await selectTextByTouch(gun, 'handlingsplanen')
    await gun.getByRole('button', { name: 'Länk', exact: true }).click()
    await gun.getByLabel('Adress').fill(planUrl)
    await gun.getByRole('button', { name: 'Spara länk' }).click()
    await waitForSyncStatus(gun, 'synced')

    // Someone who has never opened the plan prepares the meeting.
    const hugo = await tabletUser('Hugo Holm', TABLET_PORTRAIT)
    await hugo.goto(protocolUrl)
    await editor(hugo).waitFor()
    await tap(hugo.getByRole('button', { name: 'Förbered mötet offline' }))
    const pack = hugo.getByRole('list', { name: 'Mötets dokument' })
    await expect.poll(() => pack.locator('li').count(), { timeout: 20_000 }).toBe(2)
    await expect
      .poll(() => pack.locator('li').evaluateAll((items) => items.map((i) => i.getAttribute('data-readiness'))), {
        timeout: 60_000,
      })
      .toEqual(['ready', 'ready'])
    expect(await pack.textContent()).toContain('Klar för offline')
    await expect.poll(() => hugo.getByText('Alla 2 dokument är klara för offline.').count()).toBe(1)
    await expectAccessible(hugo, 'meeting preparation dialog')
    await shot(hugo, 'portrait-meeting-pack')
    await tap(hugo.getByRole('button', { name: 'Stäng' }))

    await hugo.context().setOffline(true)
    await hugo.goto('/')
    await expect.poll(() => hugo.getByRole('link', { name: 'Handlingsplan äldres hälsa' }).count()).toBe(1)
    await hugo.goto(planUrl)
    await expect.poll(() => documentText(hugo), { timeout: 20_000 }).toContain('Planen gäller hela 2027.')
    await openComments(hugo)
    await expect.poll(() => listedComments(hugo)).toEqual(['Gun Grön: Även 2028?'])
    await expect.poll(() => highlightedTexts(hugo)).toEqual(['hela 2027'])

    // A comment made offline; the device page tells what is unsynced and how storage stands.
    await reply(hugo, 'Även 2028?', 'Vi tar upp det på mötet.')
    await expect.poll(() => commentsPanel(hugo).getAttribute('data-saving')).toBeNull()
    await hugo.goto('/enhet')
    await expect
      .poll(() => hugo.getByTestId('unsynced-documents').textContent())
      .toBe('1 dokument har ändringar eller kommentarer som inte har nått servern.')
    const persistence = await hugo.getByTestId('storage-persistence').getAttribute('data-persistence')
    expect(['persisted', 'best-effort']).toContain(persistence)
    // Without persistent storage the unsynced comment is warned about on every page.
    expect(await hugo.getByTestId('storage-warning').count()).toBe(persistence === 'persisted' ? 0 : 1)
    await expectAccessible(hugo, 'device and storage page')
    await shot(hugo, 'portrait-device-page')

    await hugo.context().setOffline(false)
    await expect
      .poll(() => hugo.getByTestId('unsynced-documents').textContent(), { timeout: 30_000 })
      .toBe('Allt på enheten har nått servern.')
    // Delivered by the background sync, with the plan no longer open on Hugo's tablet.
    await gun.goto(planUrl)
    await editor(gun).waitFor()
    await expect.poll(() => listedComments(gun)).toContain('Hugo Holm: Vi tar upp det på mötet.')
  })
})

import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DocumentId } from '@samskriv/shared'
import { ApprovalApi } from '../api/ApprovalApi'
import { t } from '../i18n/t'
import { ExportLinks } from './ExportLinks'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

let root: Root
let container: HTMLElement
beforeEach(() => {
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
})
afterEach(() => {
  act(() => root.unmount())
  container.remove()
})

const refusing = (status: number, code: string) =>
  new ApprovalApi(() => Promise.resolve(new Response(JSON.stringify({ error: { code, message: 'no' } }), { status })))

describe('ExportLinks', () => {
  it.each([
    [422, 'export_too_large', () => t('versions.exportTooLarge', { format: 'PDF' })],
    [503, 'export_busy', () => t('versions.exportBusy')],
  ])('says why an export was refused (%i %s) instead of downloading the answer', async (status, code, message) => {
    act(() => root.render(<ExportLinks api={refusing(status, code)} documentId={'d' as DocumentId} version={1} />))
    await act(async () => {
      container.querySelector<HTMLAnchorElement>('a')!.click()
      await new Promise((resolve) => setTimeout(resolve, 0))
    })
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(message())
  })
})

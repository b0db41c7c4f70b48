import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CloseCode } from '@samskriv/shared'
import { t } from '../i18n/t'
import type { SyncStatus, SyncStatusKind } from '../sync/deriveSyncStatus'
import { SyncStatusIndicator } from './SyncStatusIndicator'
import { SYNCING_NOTICE_DELAY_MS } from './useAnnouncedSyncStatus'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

const status = (kind: SyncStatusKind, patch: Partial<SyncStatus> = {}): SyncStatus => ({
  kind,
  errorReason: null,
  closeCode: null,
  notice: null,
  pendingChanges: kind === 'syncing' || kind === 'saved-locally',
  ...patch,
})

let root: Root
let container: HTMLElement
beforeEach(() => {
  vi.useFakeTimers()
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
})
afterEach(() => {
  act(() => root.unmount())
  container.remove()
  vi.useRealTimers()
})

function show(next: SyncStatus): void {
  act(() => root.render(<SyncStatusIndicator status={next} onRetry={() => {}} />))
}
const region = () => container.querySelector('[role="status"]')!

describe('SyncStatusIndicator', () => {
  it('does not put every keystroke’s round trip into words', () => {
    show(status('synced'))
    const announced: string[] = []
    const observer = new MutationObserver(() => announced.push(region().textContent ?? ''))
    observer.observe(region(), { subtree: true, childList: true, characterData: true })

    // Twenty keystrokes, each acknowledged in a few hundred milliseconds.
    for (let key = 0; key < 20; key += 1) {
      show(status('syncing'))
      expect(region().getAttribute('data-sync-status')).toBe('syncing')
      act(() => {
        vi.advanceTimersByTime(300)
      })
      show(status('synced'))
      expect(region().getAttribute('data-sync-status')).toBe('synced')
    }
    act(() => {
      vi.advanceTimersByTime(SYNCING_NOTICE_DELAY_MS * 2)
    })
    observer.disconnect()
    expect(announced).toEqual([])
    expect(region().textContent).toBe(t('sync.synced'))
  })

  it('says "Synkar…" once syncing has lasted a while, even while typing goes on', () => {
    show(status('synced'))
    show(status('syncing'))
    act(() => {
      vi.advanceTimersByTime(SYNCING_NOTICE_DELAY_MS - 500)
    })
    // Each keystroke is a new status of the same kind; the wait is not started over.
    show(status('syncing'))
    act(() => {
      vi.advanceTimersByTime(400)
    })
    expect(region().textContent).toBe(t('sync.synced'))
    act(() => {
      vi.advanceTimersByTime(100)
    })
    expect(region().textContent).toBe(t('sync.syncing'))
    show(status('synced'))
    expect(region().textContent).toBe(t('sync.synced'))
  })

  it('says at once when changes stay on the device, the network is gone or something fails', () => {
    show(status('synced'))
    show(status('saved-locally'))
    expect(region().textContent).toBe(t('sync.savedLocally'))
    show(status('offline'))
    expect(region().textContent).toBe(t('sync.offline'))
    show(status('error', { errorReason: 'storage' }))
    expect(region().textContent).toBe(t('sync.errorStorage'))
  })

  it('shows the first status at once, even one in progress', () => {
    show(status('connecting'))
    expect(region().textContent).toBe(t('sync.connecting'))
  })

  it('asks for an update instead of a retry when the relay refuses an older app (4426)', () => {
    show(status('error', { errorReason: 'clientTooOld', closeCode: CloseCode.clientTooOld }))
    expect(region().textContent).toContain(t('sync.errorClientTooOld'))
    expect(region().textContent).not.toContain('4426')
    expect(container.querySelector('button')).toBeNull()
  })

  it('says the document is too large to sync after repeated 1009 closes, with a retry', () => {
    show(status('error', { errorReason: 'tooLarge', closeCode: CloseCode.messageTooBig }))
    expect(region().textContent).toContain(t('sync.errorTooLarge'))
    expect(container.querySelector('button')?.textContent).toBe(t('sync.retry'))
  })
})

import { useEffect, useRef, useState } from 'react'
import type { DocumentId } from '@samskriv/shared'
import { useAppServices } from '../services/useAppServices'
import { useLiveQuery } from '../hooks/useLiveQuery'
import { deviceTextIndexOf, type DeviceText } from './DeviceTextIndex'

const NONE: ReadonlyMap<DocumentId, DeviceText> = new Map()

/** How long stored copies must stay unchanged before a changed one is read again (another tab typing). */
const SETTLE_MS = 400

/**
 * The searchable text of every document copy on this device, kept current as copies change (in
 * any tab): the stored rows are watched by their keys alone, and once they settle only the changed
 * copies are decoded again — not on every keystroke of someone typing in another tab.
 */
export function useDeviceTexts(): ReadonlyMap<DocumentId, DeviceText> {
  const { db } = useAppServices()
  const index = deviceTextIndexOf(db)
  const stamps = useLiveQuery(() => index.stamps(), [index]).value
  const [texts, setTexts] = useState<ReadonlyMap<DocumentId, DeviceText> | null>(null)
  const loaded = useRef(false)
  useEffect(() => {
    if (stamps === undefined) return
    let current = true
    const timer = setTimeout(
      () => {
        index.read(stamps).then(
          (read) => {
            loaded.current = true
            if (current) setTexts(read)
          },
          // Read again at the next change; a failing device storage is reported by the list itself.
          () => undefined,
        )
      },
      loaded.current ? SETTLE_MS : 0,
    )
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [index, stamps])
  return texts ?? NONE
}

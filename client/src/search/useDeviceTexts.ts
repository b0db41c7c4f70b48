import type { DocumentId } from '@samskriv/shared'
import { useAppServices } from '../app/useAppServices'
import { useLiveQuery } from '../hooks/useLiveQuery'
import { deviceTextIndexOf, type DeviceText } from './DeviceTextIndex'

const NONE: ReadonlyMap<DocumentId, DeviceText> = new Map()

/**
 * The searchable text of every document copy on this device, kept current as copies change (in
 * any tab): only the changed copies are decoded again.
 */
export function useDeviceTexts(): ReadonlyMap<DocumentId, DeviceText> {
  const { db } = useAppServices()
  const texts = useLiveQuery(() => deviceTextIndexOf(db).read(), [db])
  return texts.value ?? NONE
}

import type { DocumentLibrary } from '../documents/DocumentLibrary'
import type { LocalDatabase } from '../storage/LocalDatabase'
import type { SettingsStore } from '../storage/SettingsStore'

/** The long-lived objects the UI works with, created once per page load. */
export interface AppServices {
  db: LocalDatabase
  library: DocumentLibrary
  settings: SettingsStore
}

import { ApprovalApi } from '../api/ApprovalApi'
import { DocumentsApi } from '../api/DocumentsApi'
import { RegistersApi } from '../api/RegistersApi'
import { DocumentLibrary } from '../documents/DocumentLibrary'
import { DecisionDirectory } from '../registers/DecisionDirectory'
import { LocalDatabase } from '../storage/LocalDatabase'
import { SettingsStore } from '../storage/SettingsStore'
import type { AppServices } from './AppServices'

/** Opens the device database and wires the API, the library and the settings to it. */
export function createAppServices(): AppServices {
  const db = new LocalDatabase()
  const registers = new RegistersApi()
  return {
    db,
    library: new DocumentLibrary(db, new DocumentsApi()),
    settings: new SettingsStore(db),
    registers,
    decisions: new DecisionDirectory(db, registers),
    approval: new ApprovalApi(),
  }
}

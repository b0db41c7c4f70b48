import { AuthApi } from '../api/AuthApi'
import { DocumentsApi } from '../api/DocumentsApi'
import { RegistersApi } from '../api/RegistersApi'
import type { Fetch } from '../api/requestJson'
import { AuthSession } from '../auth/AuthSession'
import { createRelayTokenSource } from '../auth/createRelayTokenSource'
import { DocumentLibrary } from '../documents/DocumentLibrary'
import { DecisionDirectory } from '../registers/DecisionDirectory'
import { LocalDatabase } from '../storage/LocalDatabase'
import { SettingsStore } from '../storage/SettingsStore'
import type { AppServices } from './AppServices'

/** What tests replace: the device database and the `fetch` the API clients use. */
export interface AppServicesOptions {
  db?: LocalDatabase
  fetchImpl?: Fetch
}

/** Opens the device database and wires the API, the library and the settings to it. */
export function createAppServices({ db = new LocalDatabase(), fetchImpl }: AppServicesOptions = {}): AppServices {
  const registers = new RegistersApi('/api', fetchImpl)
  const settings = new SettingsStore(db)
  const library = new DocumentLibrary(db, new DocumentsApi('/api', fetchImpl))
  const authApi = new AuthApi('/api', fetchImpl)
  const auth = new AuthSession(authApi, settings)
  return {
    db,
    library,
    settings,
    registers,
    decisions: new DecisionDirectory(db, registers),
    auth,
    authApi,
    relayTokens: createRelayTokenSource(auth, authApi, db, library),
  }
}

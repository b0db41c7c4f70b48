import { QueryClient } from '@tanstack/react-query'
import { ApiRequestError } from '../api/ApiRequestError'
import { ApprovalApi } from '../api/ApprovalApi'
import { FollowUpOutbox } from '../followUp/FollowUpOutbox'
import { AdminApi } from '../api/AdminApi'
import { AuthApi } from '../api/AuthApi'
import { ProposalOutbox } from '../approval/proposals/ProposalOutbox'
import { DocumentsApi } from '../api/DocumentsApi'
import { RegistersApi } from '../api/RegistersApi'
import type { Fetch } from '../api/requestJson'
import { AuthSession } from '../auth/AuthSession'
import { createRelayTokenSource } from '../auth/createRelayTokenSource'
import { forgetDocuments } from '../documents/forgetDocuments'
import { DocumentLibrary } from '../documents/DocumentLibrary'
import { DecisionDirectory } from '../registers/DecisionDirectory'
import { LocalDatabase } from '../storage/LocalDatabase'
import { SettingsStore } from '../storage/SettingsStore'
import type { AppServices } from '../services/AppServices'

/** What tests replace: the device database and the `fetch` the API clients use. */
export interface AppServicesOptions {
  db?: LocalDatabase
  fetchImpl?: Fetch
}

/** Opens the device database and wires the API, the library and the settings to it. */
export function createAppServices({
  db = new LocalDatabase(),
  fetchImpl: given,
}: AppServicesOptions = {}): AppServices {
  const plainFetch: Fetch = given ?? ((input, init) => fetch(input, init))
  // Any 401 outside sign-in itself means the session ended (expired, signed out elsewhere): ask
  // who is signed in, so the app asks for sign-in instead of failing request by request.
  const fetchImpl: Fetch = async (input, init) => {
    const response = await plainFetch(input, init)
    if (response.status === 401 && !input.startsWith('/api/auth/')) void auth.refresh()
    return response
  }
  const registers = new RegistersApi(fetchImpl)
  const settings = new SettingsStore(db)
  const authApi = new AuthApi(fetchImpl)
  const approval = new ApprovalApi(fetchImpl)
  const auth = new AuthSession(authApi, settings)
  // Only the server's own answer (not the device's stored one) may take documents away.
  const signedIn = () => auth.getSnapshot().source === 'server' && (auth.getSnapshot().me?.user ?? null) !== null
  const library = new DocumentLibrary(db, new DocumentsApi(fetchImpl), signedIn)
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: {
        // Fetched again when marked stale by a notice, on focus and on reconnection.
        staleTime: 30_000,
        // The API's own refusal is final; a failed network or server is tried twice more.
        retry: (failures, error) => failures < 2 && (!(error instanceof ApiRequestError) || error.retryable),
      },
    },
  })
  // The cache holds one person's view of the server: when someone else signs in in this tab (after
  // a session ended, without reloading), nothing of the previous person's stays on screen.
  let cachedFor: string | null = null
  auth.subscribe(() => {
    const userId = auth.getSnapshot().me?.user?.id ?? null
    if (userId === null) return
    if (cachedFor !== null && cachedFor !== userId) void queryClient.resetQueries()
    cachedFor = userId
  })
  return {
    db,
    queryClient,
    fetch: fetchImpl,
    followUps: new FollowUpOutbox(db, fetchImpl),
    library,
    settings,
    registers,
    decisions: new DecisionDirectory(db, registers),
    approval,
    proposals: new ProposalOutbox(db, approval),
    auth,
    authApi,
    admin: new AdminApi(fetchImpl),
    relayTokens: createRelayTokenSource(auth, authApi, db, library),
    forgetDocument: async (id) => {
      if (!signedIn()) return
      const record = await db.documents.get(id)
      await forgetDocuments(db, [{ id, title: record?.pendingTitle ?? record?.title ?? id }])
    },
  }
}

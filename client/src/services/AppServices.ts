import type { QueryClient } from '@tanstack/react-query'
import type { ApprovalApi } from '../api/ApprovalApi'
import type { Fetch } from '../api/requestJson'
import type { FollowUpOutbox } from '../followUp/FollowUpOutbox'
import type { DocumentId } from '@samskriv/shared'
import type { AdminApi } from '../api/AdminApi'
import type { AuthApi } from '../api/AuthApi'
import type { ProposalOutbox } from '../approval/proposals/ProposalOutbox'
import type { RegistersApi } from '../api/RegistersApi'
import type { AuthSession } from '../auth/AuthSession'
import type { DocumentLibrary } from '../documents/DocumentLibrary'
import type { DecisionDirectory } from '../registers/DecisionDirectory'
import type { LocalDatabase } from '../storage/LocalDatabase'
import type { SettingsStore } from '../storage/SettingsStore'
import type { RelayTokenSource } from '../sync/relayTokens'

/** The long-lived objects the UI works with, created once per page load. */
export interface AppServices {
  db: LocalDatabase
  /** The server's data in the client: one cache, marked stale by the server's notices. */
  queryClient: QueryClient
  /** The `fetch` the API calls go through (a 401 makes the app ask who is signed in). */
  fetch: Fetch
  library: DocumentLibrary
  settings: SettingsStore
  /** The decision register and activity overview on the server. */
  registers: RegistersApi
  /** Decisions to link activities to, and lookups of linked decisions. */
  decisions: DecisionDirectory
  /** Approval, justering, versions and proposals on the server. */
  approval: ApprovalApi
  /** Follow-ups of approved plans written here, on their way to the server. */
  followUps: FollowUpOutbox
  /** Refused offline edits on their way to the server as proposals. */
  proposals: ProposalOutbox
  /** Who is signed in (cached on the device for offline use). */
  auth: AuthSession
  authApi: AuthApi
  /** People, groups, roles and the audit log. */
  admin: AdminApi
  /** Tokens for relay connections (once the server has accounts). */
  relayTokens: RelayTokenSource
  /**
   * Removes a document's local copies after the relay said this person may not read it (4403),
   * and notes it for the user; does nothing unless signed in.
   */
  forgetDocument: (id: DocumentId) => Promise<void>
}

import { FOLLOW_UP_ROUTES } from '../followUp/followUpRoutes.js'
import { HISTORY_ROUTES } from '../history/historyRoutes.js'
import { SEARCH_ROUTES } from '../search/searchRoutes.js'
import { TODO_ROUTES } from '../todos/todoRoutes.js'
import { ACCOUNT_ROUTES } from './accountRoutes.js'
import { SIGNER_ROUTES } from './approvalApi.js'
import { AUDIT_ROUTES } from './auditRoutes.js'
import { AUTH_ROUTES } from './authRoutes.js'
import { DOCUMENT_ROUTES } from './documentRoutes.js'
import { GROUP_ROUTES } from './groupRoutes.js'
import { JUSTERING_ROUTES } from './justeringRoutes.js'
import { PROPOSAL_ROUTES } from './proposalRoutes.js'
import { REGISTER_EXPORT_ROUTES } from './registerExportRoutes.js'
import { REGISTER_ROUTES } from './registerListRoutes.js'
import type { ApiRoute } from './route.js'
import { VERSION_ROUTES } from './versionRoutes.js'

/**
 * Every route of the HTTP API, by feature. The server serves each of these and nothing else under
 * `/api/` (a server test holds it to that); add a feature's routes here when it declares them.
 */
export const API_ROUTE_GROUPS = {
  AUTH_ROUTES,
  ACCOUNT_ROUTES,
  GROUP_ROUTES,
  AUDIT_ROUTES,
  DOCUMENT_ROUTES,
  VERSION_ROUTES,
  SIGNER_ROUTES,
  JUSTERING_ROUTES,
  PROPOSAL_ROUTES,
  REGISTER_ROUTES,
  REGISTER_EXPORT_ROUTES,
  FOLLOW_UP_ROUTES,
  TODO_ROUTES,
  SEARCH_ROUTES,
  HISTORY_ROUTES,
} as const

/** Every declared route, one after another. */
export function allApiRoutes(): ApiRoute[] {
  return Object.values(API_ROUTE_GROUPS).flatMap((group) => Object.values(group) as ApiRoute[])
}

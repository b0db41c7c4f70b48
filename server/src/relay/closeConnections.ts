import { CloseCode, parseSyncPath, type Room } from '@samskriv/shared'
import type { Logger } from '../Logger.js'
import type { RelayMessage } from './bus/RelayBus.js'
import type { Connection, ConnectionIdentity } from './Connection.js'
import type { RelayAuthentication } from './Relay.js'

/**
 * Closes the connections of this process that a relay-wide change concerns: 4509 ("access
 * changed") when someone's access to documents or their rights changed, so their clients connect
 * again and are judged anew; 4401 ("signed out") when the sessions they were opened with ended.
 */
export function closeConnections(connections: Iterable<Connection>, message: RelayMessage): void {
  for (const connection of connections) {
    const userId = connection.identity?.userId ?? null
    switch (message.type) {
      case 'reconsider': {
        const documentId = parseSyncPath(`/sync/${connection.roomName}`)?.documentId
        const theirs = message.userId === null || userId === message.userId
        if (theirs && documentId !== undefined && message.documentIds.includes(documentId)) {
          connection.close(CloseCode.accessChanged, 'access changed')
        }
        break
      }
      case 'reconsiderPerson':
        if (userId === message.userId) connection.close(CloseCode.accessChanged, 'access changed')
        break
      case 'endSessions': {
        const identity = connection.identity
        if (identity === null || identity.userId !== message.userId) break
        if (message.sessionIds === null || message.sessionIds.includes(identity.sessionId)) {
          connection.close(CloseCode.unauthorized, 'signed out')
        }
        break
      }
    }
  }
}

/**
 * Judges every admitted connection again (`recheck`: by what storage holds now) and closes those
 * whose session or account ended (the judgement's code) or whose access changed (4509). For
 * when this process may have missed other processes' word of such changes: the bus was down.
 */
export async function recheckConnections(
  connections: Iterable<Connection>,
  recheck: (room: Room, identity: ConnectionIdentity | null) => Promise<RelayAuthentication>,
  log: Logger,
): Promise<void> {
  await Promise.all(
    [...connections].map(async (connection) => {
      const room = parseSyncPath(`/sync/${connection.roomName}`)
      if (!connection.isAuthenticated || room === null) return
      try {
        const judged = await recheck(room, connection.identity)
        if (!judged.ok) connection.close(judged.code, judged.reason)
        else if (judged.access !== connection.access) connection.close(CloseCode.accessChanged, 'access changed')
      } catch (error) {
        log.warn({ room: connection.roomName, error: String(error) }, 'could not judge a connection again')
      }
    }),
  )
}

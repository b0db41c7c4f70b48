/**
 * Every Yjs transaction in the relay carries one of these origins (or the client `Connection`
 * whose update it applies), and code branches on it: the relay relays an update to everyone but
 * its origin connection, and stores only what clients or the server changed, never what it loaded.
 */
export const SERVER_ORIGIN = Symbol('server edit')
export const STORAGE_ORIGIN = Symbol('loaded from storage')
/** Updates another relay process committed (relayed here, never stored again). */
export const PEER_ORIGIN = Symbol('committed by another process')

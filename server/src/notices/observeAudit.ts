import type { AuditEntry, AuditLog } from '../storage/AccountStore.js'
import type { Storage } from '../storage/Storage.js'

/**
 * The same storage, but every audit entry, once recorded, is also given to `listener`: whatever is
 * worth an audit line (a document created, approved, a justering started, a follow-up) is what
 * people's apps are told changed. The listener must not throw.
 */
export function observeAudit(storage: Storage, listener: (entry: AuditEntry) => void): Storage {
  const audit: AuditLog = {
    async record(entry) {
      await storage.audit.record(entry)
      listener(entry)
    },
    list: (limit) => storage.audit.list(limit),
  }
  return new Proxy(storage, {
    get: (target, property, receiver): unknown =>
      property === 'audit' ? audit : (Reflect.get(target, property, receiver) as unknown),
  })
}

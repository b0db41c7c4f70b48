import { latestProtocolPerBody } from '@samskriv/shared'
import type { LocalProtocol } from './readLocalProtocols'

/**
 * The protocols a new protocol can start from: each body's latest, among the chosen group's
 * protocols when groups are in use (none until a group is chosen), else among all on the device.
 */
export function previousOptions(
  protocols: readonly LocalProtocol[],
  group: { active: boolean; id: string },
): LocalProtocol[] {
  const mine = group.active ? protocols.filter((p) => group.id !== '' && p.groupId === group.id) : protocols
  const latest = new Set(latestProtocolPerBody(mine).map((p) => p.id))
  return mine.filter((p) => latest.has(p.id)).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
}

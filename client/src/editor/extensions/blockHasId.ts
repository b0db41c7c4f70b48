import { blockDefinition } from '@samskriv/shared'

const cache = new Map<string, boolean>()

/** Whether blocks of this node type carry a stable `id` attribute (decision, activity, …). */
export function blockHasId(typeName: string): boolean {
  let has = cache.get(typeName)
  if (has === undefined) {
    const definition = blockDefinition(typeName)
    has = definition !== undefined && 'id' in definition.attributes.shape
    cache.set(typeName, has)
  }
  return has
}

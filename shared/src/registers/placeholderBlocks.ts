import type { JSONContent } from '@tiptap/core'
import { activity, decision } from '../blocks/index.js'
import { plainText } from './plainText.js'
import { bodyOf, titleOf, typedAttrs } from './typedAttrs.js'

/**
 * A decision nobody has written yet: no title, no text, nobody named, no member change and no
 * approved document. A template's or an insert's empty decision; registers leave it out.
 */
export function isPlaceholderDecision(node: JSONContent): boolean {
  const attrs = typedAttrs(decision, node)
  const change = attrs.memberChange
  const changeNamed = change !== null && (change.incoming.name.trim() !== '' || change.outgoing.name.trim() !== '')
  return (
    titleOf(node) === '' &&
    plainText(bodyOf(node)) === '' &&
    attrs.persons.every((person) => person.trim() === '') &&
    !changeNamed &&
    attrs.approvedDocument === null
  )
}

/**
 * An activity nobody has written yet: no description, responsible, time frame, linked decision or
 * follow-up text. A template's or an insert's empty activity; registers leave it out.
 */
export function isPlaceholderActivity(node: JSONContent): boolean {
  const attrs = typedAttrs(activity, node)
  return (
    plainText(node.content) === '' &&
    attrs.responsible.trim() === '' &&
    attrs.timeFrom === '' &&
    attrs.timeTo === '' &&
    attrs.decisionId === '' &&
    attrs.followUp.trim() === ''
  )
}

import { CloseCode } from '@samskriv/shared'
import type { PlainMessageKey } from '../i18n/messages'

/** What to tell someone whose comment the relay refused, by the close code it gave (if any). */
export function commentRefusalMessage(closeCode: number | null): PlainMessageKey {
  switch (closeCode) {
    case CloseCode.tooManyComments:
      return 'comments.refused.tooMany'
    case CloseCode.commentTooLarge:
      return 'comments.refused.tooLarge'
    case CloseCode.annotationsTooLarge:
      return 'comments.refused.full'
    default:
      return 'comments.refused'
  }
}

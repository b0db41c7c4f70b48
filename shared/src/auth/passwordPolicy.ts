/**
 * What makes a password too easy to guess, after NIST SP 800-63B: too short, repetitive or
 * sequential, one of the passwords people choose most, or built from the person's own name or
 * e-mail address. Passphrases of ordinary words are welcome. Pure, so the client can say the same
 * as the server before sending.
 */
export const PASSWORD_MIN_LENGTH = 10
export const PASSWORD_MAX_LENGTH = 200

export type PasswordProblem = 'tooShort' | 'tooLong' | 'repetitive' | 'common' | 'personal'

/** Rows of keys and runs of letters and digits people walk along. */
const SEQUENCES = ['abcdefghijklmnopqrstuvwxyzåäö', '01234567890', 'qwertyuiopå', 'asdfghjklöä', 'zxcvbnm']

/** Words that, with digits and symbols around them, make up most guessed passwords. */
const COMMON_WORDS = [
  'password',
  'passw0rd',
  'losenord',
  'lösenord',
  'hemligt',
  'hemlig',
  'sommar',
  'vinter',
  'varen',
  'hosten',
  'hösten',
  'welcome',
  'valkommen',
  'välkommen',
  'letmein',
  'admin',
  'administrator',
  'samskriv',
  'qwerty',
  'iloveyou',
  'monkey',
  'dragon',
  'sunshine',
  'football',
  'princess',
]

const lettersOnly = (text: string) => text.toLocaleLowerCase('sv').replace(/[^\p{L}]/gu, '')

/** Whether the text walks a sequence (forwards or backwards) for most of its length. */
function isSequential(text: string): boolean {
  const lower = text.toLocaleLowerCase('sv')
  for (const sequence of SEQUENCES) {
    for (const run of [sequence, [...sequence].reverse().join('')]) {
      let longest = 0
      let current = 0
      for (let i = 1; i < lower.length; i++) {
        const at = run.indexOf(lower[i - 1]!)
        current = at >= 0 && run[at + 1] === lower[i] ? current + 1 : 0
        longest = Math.max(longest, current)
      }
      if (longest + 1 >= Math.ceil(lower.length * 0.6)) return true
    }
  }
  return false
}

/** The first thing wrong with a new password, or null when it may be used. */
export function passwordProblem(
  password: string,
  context: { email?: string | undefined; name?: string | undefined } = {},
): PasswordProblem | null {
  const length = [...password].length
  if (length < PASSWORD_MIN_LENGTH) return 'tooShort'
  if (length > PASSWORD_MAX_LENGTH) return 'tooLong'
  const distinct = new Set(password.toLocaleLowerCase('sv')).size
  if (distinct < 5 || isSequential(password)) return 'repetitive'
  const letters = lettersOnly(password)
  // A common word with only digits and symbols around it (Sommar2024!, Password123).
  if (
    COMMON_WORDS.some((word) => letters === lettersOnly(word) || letters === `${lettersOnly(word)}${lettersOnly(word)}`)
  )
    return 'common'
  const personal = [
    ...(context.email ? [context.email.split('@')[0] ?? ''] : []),
    ...(context.name ? context.name.split(/\s+/) : []),
  ]
    .map(lettersOnly)
    .filter((part) => part.length >= 3)
  if (personal.some((part) => letters === part || (letters.includes(part) && letters.length - part.length < 4)))
    return 'personal'
  return null
}

import { USER_COLORS } from './userColors'

/** A colour for a new user, chosen at random so writers on different devices rarely share one. */
export function pickUserColor(random: () => number = Math.random): string {
  return USER_COLORS[Math.floor(random() * USER_COLORS.length)] ?? USER_COLORS[0]
}

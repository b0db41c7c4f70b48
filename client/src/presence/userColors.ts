/**
 * Caret and presence colours. Caret labels are white text on the colour, so each one is dark
 * enough for white to pass WCAG AA for small text (4.5:1); `userColors.test.ts` checks it.
 */
export const USER_COLORS = [
  '#1d4ed8',
  '#b42318',
  '#047857',
  '#7e22ce',
  '#a04100',
  '#0e7490',
  '#be185d',
  '#4d7c0f',
  '#4338ca',
  '#854d0e',
] as const

import path from 'node:path'
import { createRequire } from 'node:module'
import pdfmake from 'pdfmake'

const require = createRequire(import.meta.url)
const fontDir = path.dirname(require.resolve('pdfmake/fonts/Roboto.js'))
pdfmake.addFonts(require('pdfmake/fonts/Roboto.js') as Record<string, Record<string, string>>)
// Fonts only: a report never makes the server read other files or fetch URLs.
pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontDir))
pdfmake.setUrlAccessPolicy(() => false)

/** pdfmake with Roboto (its own fonts) and no other file or URL access. */
export { pdfmake }

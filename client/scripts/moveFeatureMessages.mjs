// Moves a feature's messages written the old way, Swedish and English in one file
// (client/src/i18n/<feature>Messages.ts exporting <x>Sv and <x>En), into the catalogue's layout:
// catalogue/<feature>.sv.ts and catalogue/<feature>.en.ts, merged by catalogue/sv.ts and en.ts.
// For branches started before the catalogue was split by feature:
//   node client/scripts/moveFeatureMessages.mjs client/src/i18n/fooMessages.ts
//   npx prettier --write client/src/i18n/catalogue && npx vitest run --project client src/i18n
// It reads the file's syntax tree (not its lines), so texts spanning lines move whole.
import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

const catalogueDir = new URL('../src/i18n/catalogue/', import.meta.url).pathname

/**
 * The file's two exported objects, Swedish then English, each as its doc comment and the source
 * text of its properties.
 * @param {string} file
 */
function readFeature(file) {
  const text = fs.readFileSync(file, 'utf8')
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  /** @type {Array<{ name: string, doc: string, properties: string[] }>} */
  const objects = []
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue
    for (const declaration of statement.declarationList.declarations) {
      let init = declaration.initializer
      if (init !== undefined && ts.isAsExpression(init)) init = init.expression
      if (init === undefined || !ts.isObjectLiteralExpression(init) || !ts.isIdentifier(declaration.name)) continue
      const properties = init.properties.map((property) => {
        if (!ts.isPropertyAssignment(property)) throw new Error(`${file}: not a plain text: ${property.getText()}`)
        return `  ${property.getFullText().trim()},`
      })
      const comments = ts.getLeadingCommentRanges(text, statement.getFullStart()) ?? []
      const doc = comments.map((range) => text.slice(range.pos, range.end)).join('\n')
      objects.push({ name: declaration.name.text, doc, properties })
    }
  }
  const [sv, en] = objects
  if (objects.length !== 2 || !sv?.name.endsWith('Sv') || !en?.name.endsWith('En'))
    throw new Error(`${file}: expected two objects, <x>Sv then <x>En; found ${objects.map((o) => o.name).join(', ')}`)
  return { sv, en }
}

/**
 * Adds `import { name } from './module'` after the file's last import and `...name,` as the
 * merged object's last spread.
 * @param {string} file
 * @param {string} name
 * @param {string} module
 */
function merge(file, name, module) {
  const text = fs.readFileSync(file, 'utf8')
  if (text.includes(`...${name},`)) return
  const lines = text.split('\n')
  const lastImport = lines.findLastIndex((line) => line.startsWith('import '))
  lines.splice(lastImport + 1, 0, `import { ${name} } from './${module}'`)
  const lastSpread = lines.findLastIndex((line) => /^ {2}\.\.\.\w+,$/.test(line))
  if (lastSpread < 0) throw new Error(`${file}: no spread to add ${name} after`)
  lines.splice(lastSpread + 1, 0, `  ...${name},`)
  fs.writeFileSync(file, lines.join('\n'))
}

for (const file of process.argv.slice(2)) {
  const feature = path.basename(file, '.ts').replace(/Messages$/, '')
  const { sv, en } = readFeature(file)
  const svName = `${feature}Sv`
  const enName = `${feature}En`
  const svFile = path.join(catalogueDir, `${feature}.sv.ts`)
  if (fs.existsSync(svFile)) throw new Error(`${svFile} exists already: add the texts to it by hand`)
  fs.writeFileSync(
    svFile,
    `${sv.doc === '' ? '' : `${sv.doc}\n`}export const ${svName} = {\n${sv.properties.join('\n')}\n} as const\n`,
  )
  fs.writeFileSync(
    path.join(catalogueDir, `${feature}.en.ts`),
    `import type { ${svName} } from './${feature}.sv'\n\n/** English for \`${feature}.sv.ts\`, key for key. */\n` +
      `export const ${enName}: Record<keyof typeof ${svName}, string> = {\n${en.properties.join('\n')}\n}\n`,
  )
  merge(path.join(catalogueDir, 'sv.ts'), svName, `${feature}.sv`)
  merge(path.join(catalogueDir, 'en.ts'), enName, `${feature}.en`)
  fs.rmSync(file)
  console.log(`${file} → catalogue/${feature}.sv.ts, catalogue/${feature}.en.ts (${sv.properties.length} keys)`)
}

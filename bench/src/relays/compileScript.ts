import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { benchRoot } from '../paths.js'

/**
 * Compiles one TypeScript file of the bench to `bench/dist/<name>.mjs` and returns its path, so a
 * relay written in TypeScript runs on plain `node`: running it under tsx would add tsx's loader
 * (some 30 MB) to the memory we measure.
 */
export function compileScript(source: string): string {
  const output = path.join(benchRoot, 'dist', `${path.basename(source, '.ts')}.mjs`)
  const { outputText, diagnostics } = ts.transpileModule(fs.readFileSync(source, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
    fileName: source,
    reportDiagnostics: true,
  })
  if (diagnostics && diagnostics.length > 0) {
    throw new Error(
      `could not compile ${source}: ${ts.flattenDiagnosticMessageText(diagnostics[0]?.messageText, '\n')}`,
    )
  }
  fs.mkdirSync(path.dirname(output), { recursive: true })
  fs.writeFileSync(output, outputText)
  return output
}

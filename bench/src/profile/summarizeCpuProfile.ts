import fs from 'node:fs'
import path from 'node:path'

interface ProfileNode {
  readonly id: number
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number }
  readonly children?: readonly number[]
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[]
  readonly samples: readonly number[]
  readonly timeDeltas: readonly number[]
  /** Microseconds of the monotonic clock (that of `process.hrtime`). */
  readonly startTime: number
}

/** A part of the run, in microseconds of the monotonic clock (`process.hrtime.bigint() / 1000n`). */
export type ProfileWindow = readonly [from: number, to: number]

/** Stages of an update's way through the relay, recognised by a frame on the stack (first match wins). */
const STAGES: ReadonlyArray<readonly [stage: string, matches: (frame: { name: string; file: string }) => boolean]> = [
  [
    'register projector (re-reads the document)',
    ({ name: n, file: f }) => f === 'RegisterProjector.js' || n === 'registersOf',
  ],
  ['document projector (catalog)', ({ file: f }) => f === 'DocumentProjector.js'],
  [
    "SQLite (the commit's transaction; sign-in reads)",
    ({ name: n, file: f }) => (f === 'UpdateLog.js' && n === 'append') || f.startsWith('Sqlite'),
  ],
  [
    'update check (post to worker, answer)',
    ({ file: f }) => f === 'CheckLane.js' || f === 'UpdateChecker.js' || f === 'checkRun.js',
  ],
  [
    'judge (rules, admission)',
    ({ file: f }) => f === 'RoomAdmission.js' || f === 'judgeUpdate.js' || f === 'metaUpdateProblem.js',
  ],
  ['apply (Y.applyUpdate in the room)', ({ name: n, file: f }) => f === 'DocumentRoom.js' && n === 'apply'],
  [
    'send (encode, ws send)',
    ({ file: f }) => f === 'Connection.js' || f === 'encodeServerMessage.js' || f === 'SendBudget.js',
  ],
  ['frame decode (decodeClientMessage)', ({ file: f }) => f === 'decodeClientMessage.js'],
  ['answer (sync step 1/2, awareness)', ({ file: f }) => f === 'answerMessage.js' || f === 'RoomAwareness.js'],
  ['DocumentRoom (queue, commit bookkeeping)', ({ file: f }) => f === 'DocumentRoom.js'],
  [
    'websocket receive (ws)',
    ({ file: f }) => f === 'receiver.js' || f === 'websocket.js' || f === 'websocket-server.js',
  ],
]

const fileOf = (url: string) => path.basename(url)

/**
 * A CPU profile (or the part of it in `window`) as text: time by stage of the relay's hot path (inclusive: a sample counts for the
 * first stage of the list found anywhere on its stack), then the functions with the most self time.
 */
export function summarizeCpuProfile(file: string, window?: ProfileWindow, top = 30): string {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const self = new Map<number, number>()
  let at = profile.startTime
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0
    at += delta
    if (window && (at < window[0] || at > window[1])) return
    self.set(id, (self.get(id) ?? 0) + delta)
  })

  let total = 0
  let idle = 0
  const stages = new Map<string, number>()
  const functions = new Map<string, number>()
  for (const [id, micros] of self) {
    const node = byId.get(id)!
    const name = node.callFrame.functionName
    if (name === '(idle)') {
      idle += micros
      continue
    }
    total += micros
    const key = `${name || '(anonymous)'} ${fileOf(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`
    functions.set(key, (functions.get(key) ?? 0) + micros)
    let stage =
      name === '(garbage collector)' ? 'garbage collector' : name === '(program)' ? '(program: native, not JS)' : null
    // Of the stages found anywhere on the stack, the one listed first decides.
    let rank = STAGES.length
    for (let at: number | undefined = id; stage === null && at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame
      const found = STAGES.findIndex(([, matches]) => matches({ name: frame.functionName, file: fileOf(frame.url) }))
      if (found >= 0) rank = Math.min(rank, found)
    }
    if (stage === null && rank < STAGES.length) stage = STAGES[rank]![0]
    stage ??= 'other (timers, HTTP, module loading, …)'
    stages.set(stage, (stages.get(stage) ?? 0) + micros)
  }
  const ms = (micros: number) => (micros / 1000).toFixed(0).padStart(7)
  const share = (micros: number) => `${((100 * micros) / total).toFixed(1).padStart(5)}%`
  const lines = [`busy ${ms(total)} ms, idle ${ms(idle)} ms`, '', 'by stage (busy time):']
  for (const [stage, micros] of [...stages].sort((a, b) => b[1] - a[1]))
    lines.push(`  ${ms(micros)} ms ${share(micros)}  ${stage}`)
  lines.push('', `top ${top} functions by self time:`)
  for (const [name, micros] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    lines.push(`  ${ms(micros)} ms ${share(micros)}  ${name}`)
  }
  return lines.join('\n')
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  console.log(summarizeCpuProfile(process.argv[2]!))
}

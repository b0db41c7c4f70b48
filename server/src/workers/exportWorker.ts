import { parentPort } from 'node:worker_threads'
import { exportVersion } from '../approval/exportVersion.js'
import type { ExportRequest, ExportResponse } from './exportProtocol.js'
import { lowerThreadPriority } from './lowerThreadPriority.js'

/**
 * The export worker: renders approved versions as PDF, Markdown or HTML, one at a time, off the
 * main thread (a large PDF takes seconds). The main thread bounds its time and heap.
 */
lowerThreadPriority()
const port = parentPort!
const answer = (message: ExportResponse, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer)
port.on('message', ({ id, source, format, maxBytes }: ExportRequest) => {
  exportVersion(source, format).then(
    (file) => {
      const body = typeof file.body === 'string' ? Buffer.from(file.body) : file.body
      if (body.byteLength > maxBytes) {
        answer({ id, file: null, problem: `the ${format} export would be larger than ${maxBytes} bytes` })
        return
      }
      const bytes = new Uint8Array(body.byteLength)
      bytes.set(body)
      answer({ id, file: { body: bytes, contentType: file.contentType, fileName: file.fileName }, problem: null }, [
        bytes.buffer,
      ])
    },
    (error: unknown) => answer({ id, file: null, problem: `the export could not be rendered: ${String(error)}` }),
  )
})
answer({ ready: true })

import net from 'node:net'

/**
 * A TCP port that was free a moment ago on 127.0.0.1, for servers that cannot be told to take port
 * 0 and report the one they got (the reference y-websocket server).
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address !== null ? address.port : 0
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port'))))
    })
  })
}

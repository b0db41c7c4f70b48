import net from 'node:net'

/**
 * A TCP line to Redis that, once armed, drops a connection the moment it asks to SUBSCRIBE, a
 * given number of times (a connection lost again just as a client restores its subscriptions), or
 * holds such requests back unanswered (a client closed while it restores them).
 */
export class SubscribeCutter {
  private cuts = 0
  private holds = 0
  private readonly sockets = new Set<net.Socket>()

  private constructor(
    private readonly server: net.Server,
    readonly port: number,
  ) {}

  static async start(redisPort: number): Promise<SubscribeCutter> {
    const server = net.createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const line = new SubscribeCutter(server, (server.address() as net.AddressInfo).port)
    server.on('connection', (client) => line.accept(client, redisPort))
    return line
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`
  }

  /** Whether cuts or holds are still to come. */
  get armed(): boolean {
    return this.cuts > 0 || this.holds > 0
  }

  /**
   * Drops every connection now; then drops the next `cut` connections that ask to subscribe, and
   * after them swallows the next `hold` requests to subscribe.
   */
  dropAll({ cut = 0, hold = 0 }: { cut?: number; hold?: number }): void {
    this.cuts = cut
    this.holds = hold
    for (const socket of this.sockets) socket.destroy()
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  private accept(client: net.Socket, redisPort: number): void {
    const upstream = net.connect(redisPort, '127.0.0.1')
    for (const socket of [client, upstream]) {
      this.sockets.add(socket)
      socket.on('error', () => {})
      socket.on('close', () => {
        this.sockets.delete(socket)
        client.destroy()
        upstream.destroy()
      })
    }
    client.on('data', (chunk: Buffer) => {
      if (this.armed && /subscribe/i.test(chunk.toString('latin1'))) {
        if (this.cuts > 0) {
          this.cuts--
          client.destroy()
        } else {
          this.holds--
        }
        return
      }
      upstream.write(chunk)
    })
    upstream.pipe(client)
  }
}

import net from 'node:net'

/**
 * A TCP proxy that hands each new connection to the next relay process in turn, skipping those
 * that do not answer: what an HTTPS proxy without sticky sessions does in front of several
 * processes. A client whose process dies reconnects and lands on another one. With one backend,
 * a connection to a service that can be cut (`cut`, `restore`) as a network fails.
 */
export class BalancingProxy {
  private next = 0
  private readonly sockets = new Set<net.Socket>()
  private cutOff = false

  private constructor(
    private readonly server: net.Server,
    private readonly backends: number[],
    readonly port: number,
  ) {}

  static async start(backendPorts: number[]): Promise<BalancingProxy> {
    const server = net.createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const proxy = new BalancingProxy(server, [...backendPorts], (server.address() as net.AddressInfo).port)
    server.on('connection', (client) => proxy.accept(client))
    return proxy
  }

  get syncUrl(): string {
    return `ws://127.0.0.1:${this.port}/sync`
  }

  /** Which backend (index) the next connection goes to, if it answers. */
  get nextBackend(): number {
    return this.next % this.backends.length
  }

  /** A network cut: drops every connection and refuses new ones until {@link restore}. */
  cut(): void {
    this.cutOff = true
    for (const socket of this.sockets) socket.destroy()
  }

  restore(): void {
    this.cutOff = false
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  private accept(client: net.Socket, attempt = 0): void {
    if (this.cutOff) {
      client.destroy()
      return
    }
    if (attempt === 0) {
      this.sockets.add(client)
      client.on('close', () => this.sockets.delete(client))
      client.on('error', () => client.destroy())
      client.pause()
    }
    const port = this.backends[this.next++ % this.backends.length]!
    const upstream = net.connect(port, '127.0.0.1')
    let connected = false
    upstream.once('connect', () => {
      connected = true
      this.sockets.add(upstream)
      upstream.on('close', () => {
        this.sockets.delete(upstream)
        client.destroy()
      })
      client.on('close', () => upstream.destroy())
      client.pipe(upstream)
      upstream.pipe(client)
      client.resume()
    })
    upstream.on('error', () => {
      if (connected) client.destroy()
      // That process is gone: the next one takes the connection.
      else if (attempt + 1 < this.backends.length) this.accept(client, attempt + 1)
      else client.destroy()
    })
  }
}

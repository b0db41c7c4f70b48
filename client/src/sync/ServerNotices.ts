import { NOTICES_PATH, serverNoticeSchema } from '@samskriv/shared'
import { retryDelayMs } from './retryDelayMs'

/** Options of {@link ServerNotices}. */
export interface ServerNoticesOptions {
  /** `ws(s)://host` of this site. */
  origin: string
  /** Called with the topics of each notice. */
  onTopics: (topics: string[]) => void
  /** Called when (re)connected: notices may have been missed meanwhile. */
  onConnected: () => void
  WebSocketImpl?: typeof WebSocket
}

/**
 * The server's notices to this app (`/notices`): which data changed, by topic. Connects while
 * started and online, again with backoff after a failure (and at once when the network returns);
 * stops for good when the server says the sign-in ended (4401), until started again.
 */
export class ServerNotices {
  private socket: WebSocket | null = null
  private timer: ReturnType<typeof setTimeout> | null = null
  private failures = 0
  private running = false

  constructor(private readonly options: ServerNoticesOptions) {}

  start(): void {
    if (this.running) return
    this.running = true
    window.addEventListener('online', this.connectNow)
    this.connect()
  }

  stop(): void {
    this.running = false
    window.removeEventListener('online', this.connectNow)
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
    const socket = this.socket
    this.socket = null
    socket?.close()
  }

  private readonly connectNow = (): void => {
    if (this.socket === null) {
      this.failures = 0
      this.connect()
    }
  }

  private connect(): void {
    if (!this.running || this.socket !== null) return
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
    if (!navigator.onLine) return
    const Impl = this.options.WebSocketImpl ?? WebSocket
    const socket = new Impl(`${this.options.origin}${NOTICES_PATH}`)
    this.socket = socket
    socket.onopen = () => {
      this.failures = 0
      this.options.onConnected()
    }
    socket.onmessage = (event: MessageEvent) => {
      try {
        const notice = serverNoticeSchema.parse(JSON.parse(String(event.data)))
        this.options.onTopics(notice.topics)
      } catch (error) {
        reportError(error)
      }
    }
    socket.onclose = (event: CloseEvent) => {
      if (this.socket !== socket) return
      this.socket = null
      // Signed out (here or elsewhere): nothing to listen to until the app starts it again.
      if (event.code === 4401 || !this.running) return
      this.failures += 1
      this.timer = setTimeout(() => this.connect(), retryDelayMs(this.failures))
    }
  }
}

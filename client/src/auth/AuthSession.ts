import type { MeResponse } from '@samskriv/shared'
import { ApiRequestError } from '../api/ApiRequestError'
import type { AuthApi } from '../api/AuthApi'
import type { SettingsStore } from '../storage/SettingsStore'

/**
 * Who is signed in, as far as this device knows. `loading`: nothing read yet; `device`: the last
 * answer stored on the device (the server has not answered in this page load); `server`: the
 * server's answer; `unknown`: neither (first visit while the server is out of reach).
 */
export interface AuthSnapshot {
  source: 'loading' | 'device' | 'server' | 'unknown'
  /** The last `GET /api/auth/me`, or null while none is known. */
  me: MeResponse | null
}

const SIGNED_OUT: MeResponse = { authRequired: true, setupRequired: false, user: null, memberships: [] }

/**
 * The sign-in state: `GET /api/auth/me`, kept on the device so that a device that was signed in
 * keeps working offline from its local copies (an unreachable server never signs anyone out).
 * Subscribe with `subscribe`/`getSnapshot`.
 */
export class AuthSession {
  private current: AuthSnapshot = { source: 'loading', me: null }
  private readonly listeners = new Set<() => void>()
  private refreshing: Promise<AuthSnapshot> | null = null

  constructor(
    private readonly api: AuthApi,
    private readonly settings: SettingsStore,
  ) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  readonly getSnapshot = (): AuthSnapshot => this.current

  /** Whether the server has accounts (the relay then wants tokens), as last known. */
  readonly required = (): boolean => this.current.me?.authRequired === true

  /** Reads the stored answer, then asks the server. Never rejects. */
  async load(): Promise<AuthSnapshot> {
    const stored = await this.settings.get('lastMe').catch(() => undefined)
    if (stored !== undefined && this.current.source === 'loading') this.publish({ source: 'device', me: stored })
    return this.refresh()
  }

  /**
   * Asks the server who is signed in. When it cannot be reached, what is known stays (and a
   * device without any answer runs as the open server would). Never rejects.
   */
  refresh(): Promise<AuthSnapshot> {
    this.refreshing ??= this.api
      .me()
      .then(async (me) => {
        await this.store(me)
        return this.current
      })
      .catch(() => {
        if (this.current.source === 'loading') this.publish({ source: 'unknown', me: null })
        return this.current
      })
      .finally(() => {
        this.refreshing = null
      })
    return this.refreshing
  }

  /** Signs in; rejects with an {@link ApiRequestError} (401 wrong credentials, 429 too many tries). */
  async signIn(email: string, password: string): Promise<void> {
    await this.api.signIn(email, password)
    await this.afterSignIn()
  }

  /** Creates the first administrator and signs in as them. */
  async setup(input: { setupToken: string; name: string; email: string; password: string }): Promise<void> {
    await this.api.setup(input)
    await this.afterSignIn()
  }

  /** Accepts an invitation with a password and signs in. */
  async acceptInvitation(inviteToken: string, password: string): Promise<void> {
    await this.api.acceptInvitation(inviteToken, password)
    await this.afterSignIn()
  }

  /** Signs out on the server and on this device. */
  async signOut(): Promise<void> {
    await this.endServerSession()
    await this.store(SIGNED_OUT)
  }

  /**
   * Signs out on the server and on this device without telling the page: for a caller that leaves
   * the page itself (a fresh load) once it has dealt with the device's copies. Told at once, the app
   * would go to the sign-in page on its own first, and then be taken there again.
   */
  async signOutBeforeLeaving(): Promise<void> {
    await this.endServerSession()
    await this.settings.set('lastMe', SIGNED_OUT).catch(reportError)
  }

  private async endServerSession(): Promise<void> {
    try {
      await this.api.signOut()
    } catch (error) {
      // Offline the cookie cannot be cleared; the device still forgets who was signed in.
      if (!(error instanceof ApiRequestError) || error.kind !== 'network') throw error
    }
  }

  private async afterSignIn(): Promise<void> {
    const me = await this.api.me()
    await this.store(me)
  }

  private async store(me: MeResponse): Promise<void> {
    // The same answer again changes nothing (and re-renders nothing).
    if (this.current.source === 'server' && JSON.stringify(this.current.me) === JSON.stringify(me)) return
    this.publish({ source: 'server', me })
    await this.settings.set('lastMe', me).catch(reportError)
  }

  private publish(snapshot: AuthSnapshot): void {
    this.current = snapshot
    for (const listener of this.listeners) listener()
  }
}

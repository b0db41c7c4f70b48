import { meResponseSchema, type MeResponse } from '@samskriv/shared'
import type { LocalDatabase } from './LocalDatabase'

/** Who this device's user is to other writers. */
export interface UserProfile {
  /** Shown on carets and in the presence list. */
  name: string
  /** `#rrggbb` from `USER_COLORS`: caret, label background and presence dot. */
  color: string
}

/** The outcome of asking the browser to keep this origin's storage. */
export type StoragePersistence = 'persisted' | 'best-effort' | 'unsupported'

/** Every setting and the type of its value. */
export interface Settings {
  userProfile: UserProfile
  storagePersistence: StoragePersistence
  /** The last answer of `GET /api/auth/me`: who was signed in on this device. */
  lastMe: MeResponse
  /** Titles of documents removed from this device because access to them ended, until the user has read it. */
  accessLost: string[]
}

const validators: { [K in keyof Settings]: (value: unknown) => value is Settings[K] } = {
  userProfile: (value): value is UserProfile =>
    typeof value === 'object' &&
    value !== null &&
    'name' in value &&
    typeof value.name === 'string' &&
    'color' in value &&
    typeof value.color === 'string' &&
    /^#[0-9a-f]{6}$/i.test(value.color),
  storagePersistence: (value): value is StoragePersistence =>
    value === 'persisted' || value === 'best-effort' || value === 'unsupported',
  lastMe: (value): value is MeResponse => meResponseSchema.safeParse(value).success,
  accessLost: (value): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string'),
}

/** Typed access to the settings table; a stored value of the wrong shape reads as absent. */
export class SettingsStore {
  constructor(private readonly db: LocalDatabase) {}

  /** The stored value, or undefined. */
  async get<K extends keyof Settings>(key: K): Promise<Settings[K] | undefined> {
    const row = await this.db.settings.get(key)
    const isValid: (value: unknown) => value is Settings[K] = validators[key]
    return row !== undefined && isValid(row.value) ? row.value : undefined
  }

  /** Removes a value. */
  async delete(key: keyof Settings): Promise<void> {
    await this.db.settings.delete(key)
  }

  /** Stores a value. */
  async set<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
    await this.db.settings.put({ key, value })
  }
}

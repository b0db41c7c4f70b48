import { createContext } from 'react'
import type { AppServices } from './AppServices'

/** Provides {@link AppServices} to the component tree. */
export const AppServicesContext = createContext<AppServices | null>(null)

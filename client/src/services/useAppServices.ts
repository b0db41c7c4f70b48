import { useContext } from 'react'
import type { AppServices } from './AppServices'
import { AppServicesContext } from './AppServicesContext'

/** The app's services; throws outside the provider, which is a programming error. */
export function useAppServices(): AppServices {
  const services = useContext(AppServicesContext)
  if (services === null) throw new Error('useAppServices needs an AppServicesContext provider')
  return services
}

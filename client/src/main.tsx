import { StrictMode } from 'react'
import { QueryClientProvider } from '@tanstack/react-query'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { AppServicesContext } from './services/AppServicesContext'
import { createAppServices } from './app/createAppServices'
import { activeLocale } from './i18n/activeLocale'
import { loadLocale } from './i18n/loadLocale'
import { requestPersistentStorage } from './storage/requestPersistentStorage'
import './styles/base.css'
import './styles/layout.css'
import './styles/components.css'
import './styles/documents.css'
import './styles/editor.css'
import './styles/toolbar.css'
import './styles/blocks.css'
import './styles/registers.css'
import './styles/approval.css'
import './styles/admin.css'
import './styles/followUp.css'
import './styles/history.css'
import './styles/previousProtocol.css'
import './styles/reading.css'

const services = createAppServices()
requestPersistentStorage(services.settings).catch(reportError)
void services.auth.load()
// Roles may change meanwhile: ask again when the network returns and when the person comes back.
window.addEventListener('online', () => void services.auth.refresh())
window.addEventListener('focus', () => void services.auth.refresh())

const container = document.getElementById('root')
if (container === null) throw new Error('index.html lacks #root')
const root = container

/** Renders the app once the chosen locale's messages are there (English is a chunk of its own). */
function render(lang: 'sv' | 'en'): void {
  document.documentElement.lang = lang
  createRoot(root).render(
    <StrictMode>
      <AppServicesContext.Provider value={services}>
        <QueryClientProvider client={services.queryClient}>
          <App />
        </QueryClientProvider>
      </AppServicesContext.Provider>
    </StrictMode>,
  )
}

loadLocale(activeLocale).then(
  () => render(activeLocale === 'en' ? 'en' : 'sv'),
  (error: unknown) => {
    // Without the English chunk (offline before the service worker cached it) the app is Swedish.
    reportError(error)
    render('sv')
  },
)

import { useEffect, useId, useRef, useState } from 'react'
import { Link, useLocation } from 'wouter'
import type { User } from '@samskriv/shared'
import { useAppServices } from '../app/useAppServices'
import { describeAuthError } from '../auth/describeAuthError'
import { colorForAccount } from '../hooks/usePresenceIdentity'
import { t } from '../i18n/t'

/**
 * The signed-in person's menu in the banner: their name and e-mail, and sign-out. A disclosure
 * button; Escape closes it and returns focus to the button.
 */
export function UserMenu({ user }: { user: User }) {
  const { auth } = useAppServices()
  const [, navigate] = useLocation()
  const [open, setOpen] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const menuId = useId()
  const buttonRef = useRef<HTMLButtonElement>(null)
  const containerRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!open) return
    const onPointer = (event: PointerEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointer)
    return () => document.removeEventListener('pointerdown', onPointer)
  }, [open])

  async function signOut(): Promise<void> {
    setError(null)
    try {
      await auth.signOut()
      navigate('/logga-in', { replace: true })
    } catch (failure) {
      setError(describeAuthError(failure))
    }
  }

  return (
    <div
      className="user-menu"
      ref={containerRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false)
          buttonRef.current?.focus()
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="app-header__user"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="presence-dot" style={{ backgroundColor: colorForAccount(user.id) }} aria-hidden="true" />
        <span>{t('header.user', { name: user.name })}</span>
      </button>
      <div id={menuId} className="user-menu__panel" hidden={!open}>
        <p className="user-menu__email">{user.email}</p>
        <p>
          <Link href="/konto" onClick={() => setOpen(false)}>
            {t('header.account')}
          </Link>
        </p>
        <button type="button" className="button" onClick={() => void signOut()}>
          {t('header.signOut')}
        </button>
        {error !== null && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
      </div>
    </div>
  )
}

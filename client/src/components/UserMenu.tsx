import { useEffect, useId, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { Link } from 'wouter'
import type { User } from '@samskriv/shared'
import { SignOutDialog } from '../auth/signOut/SignOutDialog'
import { colorForAccount } from '../presence/usePresenceIdentity'
import { t } from '../i18n/t'

/**
 * The signed-in person's menu in the banner: their name and e-mail, and sign-out (which asks about
 * this device's copies). A disclosure button; Escape closes it and returns focus to the button.
 */
export function UserMenu({ user }: { user: User }) {
  const [open, setOpen] = useState(false)
  const [signingOut, setSigningOut] = useState(false)
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
        <button
          type="button"
          className="button"
          onClick={() => {
            setOpen(false)
            setSigningOut(true)
          }}
        >
          {t('header.signOut')}
        </button>
      </div>
      {signingOut &&
        // Outside the banner, whose colours are not a dialog's.
        createPortal(
          <SignOutDialog
            onCancel={() => setSigningOut(false)}
            returnFocus={() => buttonRef.current?.focus()}
            onSignedOut={(outcome) => {
              // A fresh start: nothing of the signed-out person stays in the page's memory.
              window.location.replace(`/logga-in?utloggad=${outcome}`)
            }}
          />,
          document.body,
        )}
    </div>
  )
}

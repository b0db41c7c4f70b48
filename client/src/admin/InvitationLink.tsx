import { useEffect, useId, useRef, useState } from 'react'
import { t } from '../i18n/t'

/**
 * The one-time invitation link, shown once after inviting: read-only text to select, and a button
 * that copies it. Focus moves to it so the person notices it. Keyed by the link where used, so a
 * new invitation starts afresh.
 */
export function InvitationLink({
  name,
  url,
  intro = t('admin.invited', { name }),
  label = t('admin.inviteLink'),
}: {
  name: string
  url: string
  /** What the link is for (an invitation by default). */
  intro?: string
  label?: string
}) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null)
  const inputId = useId()
  const inputRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    inputRef.current?.focus()
    inputRef.current?.select()
  }, [url])

  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(url)
      setCopied('yes')
    } catch {
      inputRef.current?.select()
      setCopied('failed')
    }
  }

  return (
    <div className="invitation-link" data-testid="invitation-link">
      <p>{intro}</p>
      <div className="field">
        <label htmlFor={inputId}>{label}</label>
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          readOnly
          value={url}
          onFocus={(event) => event.target.select()}
        />
      </div>
      <button type="button" className="button" onClick={() => void copy()}>
        {t('admin.copyLink')}
      </button>
      <p role="status">{copied === 'yes' ? t('admin.copied') : copied === 'failed' ? t('admin.copyFailed') : ''}</p>
    </div>
  )
}

import type { Justering } from '@samskriv/shared'
import { formatDateTime } from '../i18n/formatDateTime'
import { t } from '../i18n/t'
import { ContentHash } from './ContentHash'

/** Props of {@link JusteringPanel}. */
export interface JusteringPanelProps {
  justering: Justering
  /** The signed-in account's id, or null. */
  myId: string | null
  /** The SHA-256 of this device's copy (null while unknown). */
  localHash: string | null
  onConfirm: (hash: string) => void
  onSendBack: () => void
  busy: boolean
}

/**
 * The justering of a protocol: the frozen text's hash, who started it, each signer's answer, and
 * for a signer who has not answered, the hash they confirm with the buttons to confirm or send back.
 * A round that was sent back shows the comments.
 */
export function JusteringPanel({ justering, myId, localHash, onConfirm, onSendBack, busy }: JusteringPanelProps) {
  const me = justering.signers.find((signer) => signer.id === myId)
  const returned = justering.signers.filter((signer) => signer.state === 'returned')
  if (justering.status === 'returned') {
    return (
      <div className="alert justering-returned">
        <h3>{t('justering.returnedHeading')}</h3>
        {returned.map((signer) => (
          <p key={signer.id}>{t('justering.returned', { name: signer.name, comment: signer.comment })}</p>
        ))}
      </div>
    )
  }
  if (justering.status !== 'open') return null
  const matches = localHash === justering.hash
  return (
    <div className="justering">
      <h3>{t('justering.heading')}</h3>
      <p>
        {t('justering.startedBy', {
          name: justering.startedBy.name,
          when: formatDateTime(justering.startedAt),
          body: justering.onBehalfOf,
        })}
      </p>
      <p>
        {t('justering.frozenHash')}: <ContentHash hash={justering.hash} />
      </p>
      <h4>{t('justering.signers')}</h4>
      <ul className="justering__signers">
        {justering.signers.map((signer) => (
          <li key={signer.id}>
            <strong>{signer.name}</strong>: {signerState(signer)}
          </li>
        ))}
      </ul>
      {me?.state === 'confirmed' && <p>{t('justering.youConfirmed')}</p>}
      {me?.state === 'pending' && (
        <div className="justering__mine">
          <p>{t('justering.youConfirm')}</p>
          <p>
            <ContentHash hash={justering.hash} />
          </p>
          <p role="status">
            {localHash === null ? '' : matches ? t('justering.localMatches') : t('justering.localDiffers')}
          </p>
          <div className="dialog__actions dialog__actions--start">
            <button
              type="button"
              className="button button--primary"
              disabled={busy || !matches}
              onClick={() => onConfirm(justering.hash)}
            >
              {t('justering.confirm')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={onSendBack}>
              {t('justering.sendBack')}
            </button>
          </div>
        </div>
      )}
    </div>
  )
}

function signerState(signer: Justering['signers'][number]): string {
  const when = signer.at === null ? '' : formatDateTime(signer.at)
  if (signer.state === 'confirmed') return t('justering.signer.confirmed', { when })
  if (signer.state === 'returned') return t('justering.signer.returned', { when })
  return t('justering.signer.pending')
}

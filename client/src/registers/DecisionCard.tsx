import { useId } from 'react'
import { Link } from 'wouter'
import { effectiveStatus, type DecisionRow } from '@samskriv/shared'
import { enumLabel } from '../i18n/enumLabel'
import { formatDate } from '../i18n/formatDate'
import { t } from '../i18n/t'
import { blockHref } from './blockHref'
import { describeMemberChange } from './describeMemberChange'
import { SourceStatus } from './SourceStatus'
import { StatusBadge } from './StatusBadge'

/**
 * One decision in the register: title, date, deciding body, kind, agenda item number, the first
 * lines of its text, the protocol it stands in (linked to the decision there), and its follow-up:
 * the activities linked to it, where they stand, who is responsible and by when.
 */
export function DecisionCard({ decision }: { decision: DecisionRow }) {
  const titleId = useId()
  const href = blockHref(decision.documentId, decision.id)
  const change = describeMemberChange(decision.memberChange)
  const approved = decision.approvedDocument
  const approvedText =
    approved === null || approved.version === null
      ? (approved?.title ?? '')
      : t('decisions.approvedDocumentVersion', { title: approved.title, version: approved.version })
  return (
    <article className="register-card" aria-labelledby={titleId} data-decision-id={decision.id}>
      <div className="register-card__heading">
        <h3 id={titleId} className="register-card__title">
          {decision.title || t('decision.untitled')}
        </h3>
        <SourceStatus status={decision.documentStatus} />
      </div>
      {decision.documentTrashed === true && <p className="note">{t('registers.documentTrashed')}</p>}
      <dl className="register-card__facts">
        <div>
          <dt>{t('decisions.date')}</dt>
          <dd data-field="date">
            {decision.date === '' ? (
              t('registers.missing')
            ) : (
              <time dateTime={decision.date}>{formatDate(decision.date)}</time>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('decisions.body')}</dt>
          <dd data-field="body">{decision.decidingBody || t('registers.missing')}</dd>
        </div>
        <div>
          <dt>{t('decisions.kind')}</dt>
          <dd data-field="kind">{enumLabel('decisionKind', decision.kind)}</dd>
        </div>
        <div>
          <dt>{t('decisions.agendaItem')}</dt>
          <dd data-field="agendaItem">
            {decision.agendaItemNumber === null
              ? t('registers.missing')
              : `${decision.agendaItemNumber}. ${decision.agendaItemTitle}`}
          </dd>
        </div>
        {decision.group !== '' && (
          <div>
            <dt>{t('decisions.group')}</dt>
            <dd data-field="group">{decision.group}</dd>
          </div>
        )}
        {change !== null && (
          <div>
            <dt>{t('decisions.memberChange')}</dt>
            <dd data-field="memberChange">
              {change.group === ''
                ? t('decisions.memberChangeNoGroup', { incoming: change.incoming, outgoing: change.outgoing })
                : t('decisions.memberChangeText', { ...change })}
            </dd>
          </div>
        )}
        {approved !== null && (
          <div>
            <dt>{t('decisions.approvedDocument')}</dt>
            <dd data-field="approvedDocument">
              {approved.documentId === '' ? (
                approvedText
              ) : (
                <Link href={`/dokument/${encodeURIComponent(approved.documentId)}`}>{approvedText}</Link>
              )}
            </dd>
          </div>
        )}
        {decision.betweenMeetings && (
          <div>
            <dt>{t('decisions.taken')}</dt>
            <dd>{t('decision.betweenMeetings')}</dd>
          </div>
        )}
      </dl>
      {decision.text !== '' && (
        <p className="register-card__text" data-field="text">
          {decision.text}
        </p>
      )}
      <p className="register-card__source">
        {t('decisions.inDocument')}{' '}
        <Link href={href} data-field="document">
          {decision.documentTitle}
        </Link>
      </p>
      <section
        className="follow-up"
        aria-label={t('decisions.followUpLabel', { title: decision.title || t('decision.untitled') })}
      >
        <h4 className="follow-up__title">{t('decisions.followUp')}</h4>
        {decision.activities.length === 0 ? (
          <p className="follow-up__none">{t('decisions.noActivities')}</p>
        ) : (
          <ul className="follow-up__list">
            {decision.activities.map((activity) => (
              <li key={`${activity.documentId}:${activity.id}`} className="follow-up__item">
                <Link href={blockHref(activity.documentId, activity.id)}>
                  {activity.description || t('activity.undescribed')}
                </Link>
                <span className="follow-up__meta">
                  <StatusBadge status={effectiveStatus(activity.status, activity.followUpState)} />
                  <span>
                    {activity.responsible
                      ? t('decisions.responsible', { name: activity.responsible })
                      : t('decisions.noResponsible')}
                  </span>
                  {activity.timeTo !== '' && (
                    <span>{t('decisions.byDate', { date: formatDate(activity.timeTo) })}</span>
                  )}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  )
}

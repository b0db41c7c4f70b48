import { describe, expect, it } from 'vitest'
import type { OutgoingMail } from '../storage/MailOutbox.js'
import { DEFAULT_MAIL_TIMING, retryDelay } from './MailSender.js'
import { documentLink, mailText } from './mailTexts.js'

const mail = (kind: OutgoingMail['kind'], payload: Record<string, string>): OutgoingMail => ({
  id: 'x',
  recipientId: 'u',
  kind,
  documentId: 'doc-1',
  payload: { recipientName: 'Bo Berg', title: 'Handlingsplan äldre', ...payload },
  createdAt: '2026-03-01T08:00:00.000Z',
  state: 'pending',
  attempts: 0,
  nextAttemptAt: '2026-03-01T08:00:00.000Z',
  lastError: null,
  sentAt: null,
})

describe('notification e-mail texts', () => {
  it('says what waits, from whom, with a link to the document (the comment, the activity)', () => {
    const proposal = mailText(mail('proposal', { author: 'Anna Lind' }), 'https://samskriv.region.se/')
    expect(proposal.subject).toBe('Förslag att hantera i ”Handlingsplan äldre”')
    expect(proposal.text).toContain('Hej Bo Berg,')
    expect(proposal.text).toContain('Anna Lind har lämnat ett förslag')
    expect(proposal.text).toContain('https://samskriv.region.se/dokument/doc-1\n')
    expect(documentLink('https://s.se', mail('mention', { commentId: 'c 1' }))).toBe(
      'https://s.se/dokument/doc-1?kommentar=c%201',
    )
    expect(documentLink('https://s.se', mail('overdue', { activityId: 'a1' }))).toBe('https://s.se/dokument/doc-1#a1')
    const overdue = mailText(mail('overdue', { description: '', timeTo: '2026-06-30' }), 'https://s.se')
    expect(overdue.subject).toBe('Försenad aktivitet: aktivitet utan beskrivning')
    expect(overdue.text).toContain('skulle ha varit klar 30 juni 2026')
  })

  it('waits longer after each failure, up to a ceiling', () => {
    const waits = [1, 2, 3, 20].map((n) => retryDelay(n, DEFAULT_MAIL_TIMING))
    expect(waits).toEqual([60_000, 120_000, 240_000, DEFAULT_MAIL_TIMING.maxDelayMs])
  })
})

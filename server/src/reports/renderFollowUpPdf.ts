import { STATUS_LABELS } from '@samskriv/shared'
import type { Content } from 'pdfmake'
import { pdfmake } from './pdfmakeWithFonts.js'
import { entryLine, periodText, type FollowUpReport, type ReportActivity } from './followUpReport.js'

const cell = (text: string, extra: Record<string, unknown> = {}): Content => ({ text, ...extra })

function activityRows(activity: ReportActivity): Content[] {
  const followUps: Content =
    activity.entries.length === 0
      ? cell('Ingen uppföljning under perioden.', { italics: true, color: '#444444' })
      : { stack: activity.entries.map((entry) => ({ text: entryLine(entry), margin: [0, 0, 0, 2] })) }
  return [
    {
      stack: [
        cell(activity.description || '(ingen beskrivning)', { bold: true }),
        cell(activity.place, { fontSize: 8.5, color: '#444444' }),
      ],
    },
    cell([activity.responsible, activity.timeFrame].filter(Boolean).join('\n')),
    cell(
      `${STATUS_LABELS[activity.status]}${activity.status !== activity.planStatus ? `\n(planen: ${STATUS_LABELS[activity.planStatus]})` : ''}${activity.doneDate !== null ? `\nGenomförd ${activity.doneDate}` : ''}`,
    ),
    followUps,
  ]
}

/** The follow-up report as a print-ready A4 PDF (landscape): one row per activity. */
export function renderFollowUpPdf(report: FollowUpReport): Promise<Buffer> {
  const subtitle = `Uppföljning ${periodText(report)} · Godkänd version ${report.version} · ${report.approval}`
  return pdfmake
    .createPdf({
      info: { title: `Uppföljning: ${report.title}`, subject: subtitle },
      language: 'sv-SE',
      pageSize: 'A4',
      pageOrientation: 'landscape',
      pageMargins: [40, 40, 40, 48],
      defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.15 },
      content: [
        { text: `Uppföljning: ${report.title}`, fontSize: 16, bold: true, margin: [0, 0, 0, 4] },
        { text: subtitle, fontSize: 9.5, color: '#444444', margin: [0, 0, 0, 12] },
        report.activities.length === 0
          ? cell('Planen har inga aktiviteter.')
          : {
              table: {
                headerRows: 1,
                widths: ['30%', '16%', '14%', '40%'],
                body: [
                  ['Aktivitet', 'Ansvarig och tidsram', `Status ${report.to ?? report.madeOn}`, 'Uppföljning'].map(
                    (h) => cell(h, { bold: true, fillColor: '#e8eef5' }),
                  ),
                  ...report.activities.map(activityRows),
                ],
              },
              layout: 'lightHorizontalLines',
            },
      ],
      footer: (page, pages) => ({
        margin: [40, 12, 40, 0],
        fontSize: 7.5,
        color: '#333333',
        columns: [
          `${report.title} · uppföljning ${periodText(report)} · framtagen ${report.madeOn}`,
          { text: `Sida ${page} av ${pages}`, alignment: 'right', width: 80 },
        ],
      }),
    })
    .getBuffer()
}

import type { JSONContent } from '@tiptap/core'

const text = (value: string): JSONContent => ({ type: 'text', text: value })
const title = (value: string): JSONContent => ({ type: 'blockTitle', content: value ? [text(value)] : [] })
const paragraph = (value: string): JSONContent => ({ type: 'paragraph', content: value ? [text(value)] : [] })

/** A protocol with header, items, an information point, decisions and attendance (invented content). */
export const sampleProtocol: JSONContent = {
  type: 'doc',
  content: [
    {
      type: 'meetingHeader',
      attrs: { decidingBody: 'Länsgemensam ledning', date: '2026-11-20', place: 'Kalmar', firstItemNumber: 1 },
    },
    {
      type: 'agendaItem',
      attrs: { id: 'item-1' },
      content: [title('Mötets öppnande'), paragraph('Ordföranden hälsade alla välkomna.')],
    },
    {
      type: 'agendaItem',
      attrs: { id: 'item-2' },
      content: [
        title('Föregående mötesprotokoll'),
        {
          type: 'decision',
          attrs: { id: 'dec-1', kind: 'fileMinutes' },
          content: [title(''), paragraph('Protokollet läggs till handlingarna.')],
        },
      ],
    },
    {
      type: 'agendaItem',
      attrs: {
        id: 'item-3',
        presenters: [{ name: 'Karin Lund', title: 'utvecklingsledare', organisation: 'Region Kalmar län' }],
        attachments: [{ label: 'Bildspel', href: 'https://example.se/bildspel.pdf' }],
      },
      content: [
        title('Beslutspunkter'),
        {
          type: 'informationItem',
          attrs: { id: 'info-1', group: 'Samordnande grupp Äldre' },
          content: [title('Läget i gruppen'), paragraph('Arbetet går vidare.')],
        },
        {
          type: 'decision',
          attrs: { id: 'dec-2', kind: 'setIndicator', group: 'Samordnande grupp Äldre' },
          content: [
            title('Indikator för vårddagar'),
            paragraph('Länsgemensam ledning beslutar att fastställa indikatorn till 0,7.'),
          ],
        },
        {
          type: 'decision',
          attrs: {
            id: 'dec-3',
            kind: 'changeMember',
            date: '2026-10-02',
            betweenMeetings: true,
            memberChange: {
              incoming: { name: 'Sara Holm', title: 'enhetschef', organisation: 'Nybro kommun' },
              outgoing: { name: 'Per Vik', title: '', organisation: 'Nybro kommun' },
              group: 'Samordnande grupp Barn och unga',
            },
          },
          content: [title('Byte av ledamot'), paragraph('Sara Holm ersätter Per Vik.')],
        },
      ],
    },
    {
      type: 'agendaItem',
      attrs: {
        id: 'item-4',
        kind: 'otherBusiness',
        raisedBy: { name: 'Lena Berg', title: '', organisation: 'Mörbylånga kommun' },
      },
      content: [title('Övrig fråga'), paragraph('Fråga om nästa möte.')],
    },
    {
      type: 'attendanceList',
      attrs: { kind: 'members' },
      content: [
        {
          type: 'attendee',
          attrs: { id: 'att-1', name: 'Karin Lund', organisation: 'Region Kalmar län', role: 'ledamot' },
        },
        {
          type: 'attendee',
          attrs: { id: 'att-2', name: 'Olle Ek', organisation: 'Kalmar kommun', remote: true, standIn: true },
        },
      ],
    },
  ],
}

/** An action plan with one group plan, an improvement area, ongoing work and activities. */
export const samplePlan: JSONContent = {
  type: 'doc',
  content: [
    {
      type: 'groupPlan',
      attrs: { id: 'plan-1', group: 'Samordnande grupp Äldre', periodFrom: '2026', periodTo: '2027' },
      content: [
        title('Handlingsplan Äldre'),
        { type: 'planSection', attrs: { kind: 'vision' }, content: [paragraph('Trygg vård nära hemmet.')] },
        {
          type: 'improvementArea',
          attrs: {
            id: 'area-1',
            timeFrom: '2026-01-01',
            timeTo: '2027-06-30',
            milestones: [{ label: 'Delrapport', date: '2026-12-01' }],
          },
          content: [
            title('Samordnad utskrivning'),
            { type: 'planSection', attrs: { kind: 'purpose' }, content: [paragraph('Färre dagar på sjukhus.')] },
            {
              type: 'activity',
              attrs: {
                id: 'act-1',
                status: 'ongoing',
                responsible: 'Utvecklingsledare Äldre',
                timeFrom: '2026-02-01',
                timeTo: '2026-10-31',
                decisionId: 'dec-2',
                perspectives: ['publicHealth'],
              },
              content: [paragraph('Kartlägg utskrivningsprocessen.')],
            },
          ],
        },
        {
          type: 'ongoingWork',
          content: [
            {
              type: 'ongoingWorkArea',
              attrs: { id: 'ow-1', area: 'Lokal samverkan' },
              content: [
                {
                  type: 'activity',
                  attrs: { id: 'act-2', status: 'planned' },
                  content: [paragraph('Håll lokala samverkansmöten.')],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
}

import { describe, expect, it } from 'vitest'
import { renderMarkdown } from './renderMarkdown.js'

const row = (name: string, attrs: Record<string, unknown> = {}) => ({
  type: 'attendee',
  attrs: { id: name, name, organisation: 'Torsås kommun', ...attrs },
})

describe('rendering attendance with absence and stand-ins', () => {
  it('lists the members present, a stand-in with whom they replace, and the absent apart', () => {
    const markdown = renderMarkdown({
      type: 'doc',
      content: [
        {
          type: 'attendanceList',
          attrs: { kind: 'members' },
          content: [
            row('Vera Strand'),
            row('Kim Ros', { absent: true, remote: true }),
            row('Alva Berg', { standIn: true, standsInFor: 'Kim Ros' }),
            row('Sten Alm', { standIn: true }),
          ],
        },
      ],
    })
    const present = markdown.indexOf('Närvarande ledamöter')
    const absent = markdown.indexOf('Frånvarande ledamöter')
    expect(present).toBeGreaterThanOrEqual(0)
    expect(absent).toBeGreaterThan(present)
    expect(markdown).toContain('Alva Berg, Torsås kommun (tf för Kim Ros)')
    expect(markdown).toContain('Sten Alm, Torsås kommun (tf)')
    // The absent member is listed under the absent only, and not "via länk".
    expect(markdown.slice(0, absent)).not.toContain('Kim Ros, Torsås')
    expect(markdown.slice(absent)).toContain('Kim Ros, Torsås kommun')
    expect(markdown).not.toContain('via länk')
  })
})

import { describe, expect, it } from 'vitest'
import { createDocument, editor, typeAtEnd } from './appActions.js'
import { useOpenModeApp } from './openModeApp.js'

const app = useOpenModeApp()

const user = (name: string) => app.person(name)

/** Word's clipboard HTML for a bullet list with a comment on its last item. */
const WORD_HTML =
  `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body>` +
  `<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><!--[if !supportLists]-->` +
  `<span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span>` +
  `<!--[endif]-->Kommunerna rapporterar läget<o:p></o:p></p>` +
  `<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><!--[if !supportLists]-->` +
  `<span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span>` +
  `<!--[endif]-->Regionen sammanställer<span class=MsoCommentReference><span style='mso-special-character:comment'>&nbsp;` +
  `<a href="#_msocom_1" name="_msoanchor_1">[A1]</a></span></span><o:p></o:p></p>` +
  `<div style='mso-element:comment-list'><div style='mso-element:comment'><p class=MsoCommentText>Vem gör det?</p></div></div>` +
  `</body></html>`

describe('pasting from Word', () => {
  it('keeps bullet lists as lists and leaves comment markers out', async () => {
    const page = await user('Cecilia Ek')
    await createDocument(page, 'Anvisning från Word', 'Praktisk anvisning')
    await typeAtEnd(page, '')
    await page.evaluate((html) => {
      const data = new DataTransfer()
      data.setData('text/html', html)
      data.setData('text/plain', '·  Kommunerna rapporterar läget\n·  Regionen sammanställer[A1]')
      const target = document.activeElement ?? document.body
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    }, WORD_HTML)
    const items = editor(page).locator('ul > li')
    await expect.poll(() => items.allTextContents()).toEqual(['Kommunerna rapporterar läget', 'Regionen sammanställer'])
    const text = (await editor(page).textContent()) ?? ''
    expect(text).not.toContain('[A1]')
    expect(text).not.toContain('Vem gör det?')
    expect(text).not.toContain('·')
  })
})

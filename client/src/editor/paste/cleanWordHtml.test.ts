import { describe, expect, it } from 'vitest'
import { cleanWordHtml } from './cleanWordHtml'

/** A list paragraph as Word puts it on the clipboard: the marker typed out in an ignored span. */
const wordItem = (cls: string, level: number, marker: string, text: string) =>
  `<p class=${cls} style='margin-left:${36 * level}pt;text-indent:-18.0pt;mso-list:l0 level${level} lfo1'>` +
  `<!--[if !supportLists]--><span style='font-family:Symbol'><span style='mso-list:Ignore'>${marker}` +
  `<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->` +
  `${text}<o:p></o:p></p>`

const normalise = (html: string) =>
  html
    .replace(/<!--[^]*?-->/g, '')
    .replace(/<o:p><\/o:p>/g, '')
    .replace(/ (class|style)="[^"]*"/g, '')
    .replace(/<span>([^<]*)<\/span>/g, '$1')

describe('cleanWordHtml', () => {
  it('makes Word’s bullet paragraphs a list, nested by level, without the typed-out bullets', () => {
    const html =
      `<p class=MsoNormal>Vi gick igenom:</p>` +
      wordItem('MsoListParagraphCxSpFirst', 1, '·', 'Läget i kommunerna') +
      wordItem('MsoListParagraphCxSpMiddle', 2, 'o', 'Kalmar') +
      wordItem('MsoListParagraphCxSpMiddle', 2, 'o', 'Nybro') +
      wordItem('MsoListParagraphCxSpLast', 1, '·', 'Nästa steg') +
      `<p class=MsoNormal>Slut.</p>`
    expect(normalise(cleanWordHtml(html))).toBe(
      '<p>Vi gick igenom:</p>' +
        '<ul><li><p>Läget i kommunerna</p><ul><li><p>Kalmar</p></li><li><p>Nybro</p></li></ul></li>' +
        '<li><p>Nästa steg</p></li></ul>' +
        '<p>Slut.</p>',
    )
  })

  it('makes numbered paragraphs an ordered list, and two separate lists stay two', () => {
    const html =
      wordItem('MsoListParagraphCxSpFirst', 1, '1.', 'Första') +
      wordItem('MsoListParagraphCxSpLast', 1, '2.', 'Andra') +
      `<p class=MsoNormal>Mellan</p>` +
      wordItem('MsoListParagraph', 1, '·', 'Ensam punkt')
    expect(normalise(cleanWordHtml(html))).toBe(
      '<ol><li><p>Första</p></li><li><p>Andra</p></li></ol><p>Mellan</p><ul><li><p>Ensam punkt</p></li></ul>',
    )
  })

  it('leaves out comment markers and the comments themselves', () => {
    const html =
      `<p class=MsoNormal>Budgeten godkänns<span class=MsoCommentReference><span style='mso-special-character:comment'>&nbsp;` +
      `<a style='mso-comment-reference:AB_1' href="#_msocom_1" name="_msoanchor_1">[A1]</a></span></span>.</p>` +
      `<div style='mso-element:comment-list'><div style='mso-element:comment'><p class=MsoCommentText>Stämmer beloppet?</p></div></div>`
    const cleaned = cleanWordHtml(html)
    expect(cleaned).not.toContain('[A1]')
    expect(cleaned).not.toContain('Stämmer beloppet?')
    expect(normalise(cleaned)).toBe('<p>Budgeten godkänns.</p>')
  })

  it('passes other HTML through unchanged', () => {
    const html = '<ul><li>· inte Word</li></ul><p>[A1] som text</p>'
    expect(cleanWordHtml(html)).toBe(html)
  })
})

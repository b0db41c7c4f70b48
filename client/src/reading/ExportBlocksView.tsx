import type { ReactNode } from 'react'
import type { ExportBlock, InlineRun } from '@samskriv/shared'

/** Inline runs as React: the export model's marks, and links that open in a new tab. */
function Runs({ runs }: { runs: readonly InlineRun[] }) {
  return (
    <>
      {runs.map((run, index) => {
        if (run.lineBreak) return <br key={index} />
        let node: ReactNode = run.text
        if (run.bold) node = <strong>{node}</strong>
        if (run.italic) node = <em>{node}</em>
        if (run.strike) node = <s>{node}</s>
        if (run.underline) node = <u>{node}</u>
        if (run.code) node = <code>{node}</code>
        if (run.href !== undefined)
          node = (
            <a href={run.href} target="_blank" rel="noopener noreferrer">
              {node}
            </a>
          )
        return <span key={index}>{node}</span>
      })}
    </>
  )
}

/**
 * The export model's blocks as React, laid out as the HTML export lays them out (headings,
 * paragraphs, "Label: value" fields, lists, tables, sections by role), so the reading view shows
 * exactly the facts the exports show. Headings are shifted one level down: the page's title is h1.
 */
export function ExportBlocksView({ blocks }: { blocks: readonly ExportBlock[] }) {
  return (
    <>
      {blocks.map((block, index) => (
        <Block key={index} block={block} />
      ))}
    </>
  )
}

function Block({ block }: { block: ExportBlock }) {
  switch (block.type) {
    case 'heading': {
      const Tag = (['h2', 'h3', 'h4'] as const)[block.level - 1]!
      return (
        <Tag className={`reading__h${block.level}`}>
          <Runs runs={block.text} />
        </Tag>
      )
    }
    case 'paragraph':
      return (
        <p>
          <Runs runs={block.text} />
        </p>
      )
    case 'field':
      return (
        <p className="reading__field">
          <span className="reading__label">{block.label}:</span> <Runs runs={block.value} />
        </p>
      )
    case 'list': {
      const items = block.items.map((item, index) => (
        <li key={index}>
          <ExportBlocksView blocks={item} />
        </li>
      ))
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>
    }
    case 'table':
      return (
        <div className="reading__table">
          <table>
            <tbody>
              {block.rows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {row.map((cell, cellIndex) =>
                    block.header && rowIndex === 0 ? (
                      <th key={cellIndex} scope="col">
                        <ExportBlocksView blocks={cell} />
                      </th>
                    ) : (
                      <td key={cellIndex}>
                        <ExportBlocksView blocks={cell} />
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )
    case 'section':
      return (
        <section className={`reading__section reading__section--${block.role}`} data-role={block.role}>
          <ExportBlocksView blocks={block.children} />
        </section>
      )
  }
}

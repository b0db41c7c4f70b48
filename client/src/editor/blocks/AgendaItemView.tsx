import { NodeViewContent, type ReactNodeViewProps } from '@tiptap/react'
import {
  agendaItem,
  AGENDA_ITEM_KINDS,
  isLinkAddress,
  linkedAttachments,
  normaliseLinkAddress,
  type Attachment,
  type Person,
} from '@samskriv/shared'
import { enumLabel, enumOptions } from '../../i18n/enumLabel'
import { formatDate } from '../../i18n/formatDate'
import { t } from '../../i18n/t'
import { NumberField } from '../fields/NumberField'
import { PersonFields } from '../fields/PersonFields'
import { RowListField } from '../fields/RowListField'
import { SelectField } from '../fields/SelectField'
import { TextField } from '../fields/TextField'
import { blockAttrs } from './blockAttrs'
import { BlockFrame } from './BlockFrame'
import { blockNumberOf } from './blockNumberOf'
import { DisclosureButton } from './DisclosureButton'
import { useBlockEditor } from './useBlockEditor'
import { useDisclosure } from './useDisclosure'

const EMPTY_PERSON: Person = { name: '', title: '', organisation: '' }

const describePerson = (person: Person) => [person.name, person.title, person.organisation].filter(Boolean).join(', ')

/**
 * An agenda item (paragraf): its automatic (or fixed) number, kind, title and text inline, and
 * presenters, attachments, who raised it (övrig fråga) or which meeting it adds to (tillägg).
 */
export function AgendaItemView({ node, decorations, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const { editable } = useBlockEditor()
  const disabled = !editable
  const details = useDisclosure()
  const attrs = blockAttrs(agendaItem, node)
  const number = blockNumberOf(decorations)
  const kindLabel = enumLabel('agendaItemKind', attrs.kind)
  const presenters = attrs.presenters.filter((p) => p.name !== '')
  const summary = [
    presenters.length > 0 ? t('agendaItem.presentedBy', { names: presenters.map((p) => p.name).join(', ') }) : '',
    attrs.number !== null ? t('agendaItem.fixedNumberSummary') : '',
  ]
    .filter(Boolean)
    .join(' · ')
  const raisedBy = attrs.raisedBy ?? EMPTY_PERSON
  // Only http(s) addresses become links; anything else stays in the form, marked invalid.
  const links = linkedAttachments(attrs.attachments)

  return (
    <BlockFrame
      type={agendaItem.name}
      blockId={attrs.id}
      label={kindLabel}
      hideLabel={attrs.kind === 'standard'}
      number={
        number === null ? undefined : (
          <>
            <span className="visually-hidden">{t('agendaItem.numberPrefix')} </span>
            {number}.
          </>
        )
      }
      headerExtra={
        <>
          <DisclosureButton disclosure={details} label={t('agendaItem.details')} />
          {!details.open && summary !== '' && <span className="block__meta">{summary}</span>}
          {attrs.kind === 'addendum' && attrs.addendumMeetingDate !== '' && (
            <span className="block__meta">
              {t('agendaItem.addendumTo', { date: formatDate(attrs.addendumMeetingDate) })}
            </span>
          )}
          {links.length > 0 && (
            <ul className="block__attachments">
              {links.map((attachment, index) => (
                // Attachments have no identity beyond their place in the list.
                <li key={index}>
                  <a href={attachment.href} target="_blank" rel="noopener noreferrer">
                    {attachment.label || attachment.href}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </>
      }
      onRemove={deleteNode}
      removeLabel={t('block.removeAgendaItem', { number: number ?? '' })}
      fields={
        <>
          {attrs.kind === 'otherBusiness' && (
            <fieldset className="block-fieldset">
              <legend>{t('field.raisedBy')}</legend>
              <div className="block-form">
                <PersonFields
                  person={raisedBy}
                  disabled={disabled}
                  onCommit={(person) => updateAttributes({ raisedBy: describePerson(person) === '' ? null : person })}
                />
              </div>
            </fieldset>
          )}
          {attrs.kind === 'addendum' && (
            <div className="block-form">
              <TextField
                label={t('field.addendumMeetingDate')}
                type="date"
                value={attrs.addendumMeetingDate}
                disabled={disabled}
                onCommit={(addendumMeetingDate) => updateAttributes({ addendumMeetingDate })}
              />
            </div>
          )}
          <div className="more-fields__content" {...details.regionProps}>
            {details.open && (
              <>
                <div className="block-form">
                  <SelectField
                    label={t('field.agendaItemKind')}
                    value={attrs.kind}
                    options={enumOptions('agendaItemKind', AGENDA_ITEM_KINDS)}
                    disabled={disabled}
                    onCommit={(kind) => updateAttributes({ kind })}
                  />
                  <NumberField
                    label={t('field.fixedNumber')}
                    hint={t('field.fixedNumberHint')}
                    value={attrs.number}
                    min={1}
                    max={100_000}
                    allowEmpty
                    placeholder={number === null ? undefined : String(number)}
                    disabled={disabled}
                    onCommit={(fixed) => updateAttributes({ number: fixed })}
                  />
                </div>
                <RowListField<Person>
                  legend={t('field.presenters')}
                  rows={attrs.presenters}
                  max={20}
                  disabled={disabled}
                  createRow={() => ({ ...EMPTY_PERSON })}
                  addLabel={t('field.addPresenter')}
                  removeLabel={(person, index) =>
                    t('field.removePresenter', { name: person.name || String(index + 1) })
                  }
                  emptyText={t('field.noPresenters')}
                  onCommit={(presenters) => updateAttributes({ presenters })}
                  renderRow={(person, update, autoFocus) => (
                    <PersonFields person={person} onCommit={update} disabled={disabled} autoFocus={autoFocus} />
                  )}
                />
                <RowListField<Attachment>
                  legend={t('field.attachments')}
                  rows={attrs.attachments}
                  max={20}
                  disabled={disabled}
                  createRow={() => ({ label: '', href: '' })}
                  addLabel={t('field.addAttachment')}
                  removeLabel={(attachment, index) =>
                    t('field.removeAttachment', { label: attachment.label || String(index + 1) })
                  }
                  emptyText={t('field.noAttachments')}
                  onCommit={(attachments) => updateAttributes({ attachments })}
                  renderRow={(attachment, update, autoFocus) => (
                    <>
                      <TextField
                        label={t('field.attachmentLabel')}
                        placeholder={t('field.attachmentLabelExample')}
                        value={attachment.label}
                        maxLength={200}
                        disabled={disabled}
                        autoFocus={autoFocus}
                        onCommit={(label) => update({ ...attachment, label })}
                      />
                      <TextField
                        label={t('field.attachmentHref')}
                        type="url"
                        placeholder="https://"
                        value={attachment.href}
                        maxLength={2000}
                        disabled={disabled}
                        error={
                          attachment.href === '' || isLinkAddress(attachment.href)
                            ? null
                            : t('field.attachmentHrefInvalid')
                        }
                        onCommit={(href) => update({ ...attachment, href: normaliseLinkAddress(href) })}
                      />
                    </>
                  )}
                />
              </>
            )}
          </div>
        </>
      }
    >
      <NodeViewContent className="block__content" />
    </BlockFrame>
  )
}

import { NodeViewContent, type ReactNodeViewProps } from '@tiptap/react'
import { decision, DECISION_KINDS, type Person } from '@samskriv/shared'
import { blockTypeLabel } from '../../i18n/blockTypeLabel'
import { enumOptions } from '../../i18n/enumLabel'
import { formatDate } from '../../i18n/formatDate'
import { t } from '../../i18n/t'
import { CheckboxField } from '../fields/CheckboxField'
import { NumberField } from '../fields/NumberField'
import { PersonFields } from '../fields/PersonFields'
import { SelectField } from '../fields/SelectField'
import { TextField } from '../fields/TextField'
import { TextListField } from '../fields/TextListField'
import { blockAttrs } from './blockAttrs'
import { BlockFrame } from './BlockFrame'
import { MoreFields } from './MoreFields'
import { useBlockEditor } from './useBlockEditor'
import { useMeetingDefaults } from './useMeetingDefaults'

const EMPTY_PERSON: Person = { name: '', title: '', organisation: '' }

/**
 * A decision (beslut): its title and decision text inline, and the fields the decision register
 * is searched by: kind, deciding body and date (the meeting's unless set), group, people named,
 * and for an approval the document, for a member change who replaces whom.
 */
export function DecisionView({ node, editor, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const { editable } = useBlockEditor()
  const disabled = !editable
  const attrs = blockAttrs(decision, node)
  const meeting = useMeetingDefaults(editor)
  const change = attrs.memberChange ?? { incoming: EMPTY_PERSON, outgoing: EMPTY_PERSON, group: '' }
  const approved = attrs.approvedDocument ?? { documentId: '', title: '', version: null }

  return (
    <BlockFrame
      type={decision.name}
      blockId={attrs.id}
      label={blockTypeLabel(decision.name)}
      headerExtra={attrs.betweenMeetings ? <span className="block__meta">{t('decision.betweenMeetings')}</span> : null}
      onRemove={deleteNode}
      removeLabel={t('block.removeDecision')}
      fields={
        <>
          <div className="block-form">
            <SelectField
              label={t('field.decisionKind')}
              value={attrs.kind}
              options={enumOptions('decisionKind', DECISION_KINDS)}
              disabled={disabled}
              onCommit={(kind) => updateAttributes({ kind })}
            />
            <TextField
              label={t('field.decidingBody')}
              value={attrs.decidingBody}
              placeholder={meeting.decidingBody || undefined}
              hint={t('field.decisionBodyHint')}
              maxLength={300}
              disabled={disabled}
              onCommit={(decidingBody) => updateAttributes({ decidingBody })}
            />
            <TextField
              label={t('field.decisionDate')}
              type="date"
              value={attrs.date}
              hint={
                meeting.date === ''
                  ? t('field.decisionDateHint')
                  : t('field.decisionDateHintWithDate', { date: formatDate(meeting.date) })
              }
              disabled={disabled}
              onCommit={(date) => updateAttributes({ date })}
            />
            <TextField
              label={t('field.group')}
              value={attrs.group}
              placeholder={t('field.groupExample')}
              maxLength={300}
              disabled={disabled}
              onCommit={(group) => updateAttributes({ group })}
            />
          </div>
          {attrs.kind === 'approveDocument' && (
            <fieldset className="block-fieldset">
              <legend>{t('field.approvedDocument')}</legend>
              <div className="block-form">
                <TextField
                  label={t('field.approvedDocumentTitle')}
                  value={approved.title}
                  maxLength={300}
                  disabled={disabled}
                  onCommit={(title) =>
                    updateAttributes({
                      approvedDocument: title === '' && approved.version === null ? null : { ...approved, title },
                    })
                  }
                />
                <NumberField
                  label={t('field.approvedDocumentVersion')}
                  value={approved.version}
                  min={1}
                  max={100_000}
                  allowEmpty
                  disabled={disabled}
                  onCommit={(version) =>
                    updateAttributes({
                      approvedDocument: approved.title === '' && version === null ? null : { ...approved, version },
                    })
                  }
                />
              </div>
            </fieldset>
          )}
          {attrs.kind === 'changeMember' && (
            <fieldset className="block-fieldset">
              <legend>{t('field.memberChange')}</legend>
              <div className="block-form">
                <PersonFields
                  labelPrefix={t('field.incoming')}
                  person={change.incoming}
                  disabled={disabled}
                  onCommit={(incoming) => updateAttributes({ memberChange: { ...change, incoming } })}
                />
                <PersonFields
                  labelPrefix={t('field.outgoing')}
                  person={change.outgoing}
                  disabled={disabled}
                  onCommit={(outgoing) => updateAttributes({ memberChange: { ...change, outgoing } })}
                />
                <TextField
                  label={t('field.memberChangeGroup')}
                  value={change.group}
                  maxLength={200}
                  disabled={disabled}
                  onCommit={(group) => updateAttributes({ memberChange: { ...change, group } })}
                />
              </div>
            </fieldset>
          )}
          <MoreFields
            label={t('decision.details')}
            summary={attrs.persons.length > 0 ? t('decision.personsSummary', { names: attrs.persons.join(', ') }) : ''}
          >
            <div className="block-form">
              <TextListField
                label={t('field.decisionPersons')}
                hint={t('field.commaSeparated')}
                value={attrs.persons}
                disabled={disabled}
                onCommit={(persons) => updateAttributes({ persons: persons.slice(0, 50) })}
              />
              <CheckboxField
                label={t('field.betweenMeetings')}
                checked={attrs.betweenMeetings}
                disabled={disabled}
                onCommit={(betweenMeetings) => updateAttributes({ betweenMeetings })}
              />
            </div>
          </MoreFields>
        </>
      }
    >
      <NodeViewContent className="block__content" />
    </BlockFrame>
  )
}

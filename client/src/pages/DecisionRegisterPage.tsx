import { useCallback, useMemo } from 'react'
import { REGISTER_EXPORT_ROUTES, type DecisionRow } from '@samskriv/shared'
import { useAppServices } from '../services/useAppServices'
import { usePageTitle } from '../hooks/usePageTitle'
import { t } from '../i18n/t'
import { cleanFilters } from '../registers/cleanFilters'
import { DecisionCard } from '../registers/DecisionCard'
import { DECISION_FILTER_KEYS, DecisionFilterForm } from '../registers/DecisionFilterForm'
import { queryLocalDecisions } from '../registers/queryLocalDecisions'
import { readLocalRegisters } from '../registers/readLocalRegisters'
import { RegisterExportLinks } from '../registers/RegisterExportLinks'
import { RegisterNotice } from '../registers/RegisterNotice'
import { RegisterResults } from '../registers/RegisterResults'
import { toDecisionFilters } from '../registers/toDecisionFilters'
import { useDecisionSuggestions } from '../registers/useDecisionSuggestions'
import { useRegisterList, type RegisterLoaders } from '../registers/useRegisterList'
import { useUrlFilters } from '../registers/useUrlFilters'

const PAGE_SIZE = 20

/**
 * `/beslut`: the decision register — every decision in every protocol, newest first, filtered by
 * body, date range, group, kind, person and free text, with each decision's follow-up. Offline it
 * is computed from the protocols stored on this device, and says so.
 */
export function DecisionRegisterPage() {
  usePageTitle(t('decisions.title'))
  const { db, registers } = useAppServices()
  const [values, apply] = useUrlFilters('/beslut', DECISION_FILTER_KEYS)
  const filters = useMemo(() => toDecisionFilters(cleanFilters(values)), [values])
  const key = JSON.stringify(filters)
  const loaders = useMemo<RegisterLoaders<DecisionRow>>(
    () => ({
      server: async (paging) => {
        const page = await registers.decisions(filters, paging)
        return { rows: page.decisions, total: page.total }
      },
      device: async () => {
        const local = await readLocalRegisters(db)
        const page = queryLocalDecisions(local, filters, { limit: Number.MAX_SAFE_INTEGER, offset: 0 })
        return { rows: page.decisions, total: page.total }
      },
    }),
    [db, registers, filters],
  )
  const list = useRegisterList(key, loaders, PAGE_SIZE)
  const suggestions = useDecisionSuggestions()
  const renderRow = useCallback((decision: DecisionRow) => <DecisionCard decision={decision} />, [])

  return (
    <div className="page register-page">
      <h1>{t('decisions.title')}</h1>
      <p className="page__intro">{t('decisions.intro')}</p>
      <DecisionFilterForm value={values} onApply={apply} suggestions={suggestions} />
      <RegisterExportLinks
        csv={REGISTER_EXPORT_ROUTES.decisionsCsv}
        xlsx={REGISTER_EXPORT_ROUTES.decisionsXlsx}
        filters={filters}
      />
      <RegisterResults
        heading={t('decisions.resultsHeading')}
        list={list}
        rowKey={(d) => `${d.documentId}:${d.id}:${d.position}`}
        renderRow={renderRow}
        countText={(shown, total) => t('decisions.count', { shown, count: total })}
        emptyText={Object.keys(filters).length === 0 ? t('decisions.empty') : t('decisions.noMatch')}
        notice={<RegisterNotice source={list.source} subject="decisions" />}
        listClassName="register-list"
      />
    </div>
  )
}

import type { CatalogueKey } from './catalogueKey'
import { accountEn } from './account.en'
import { activitiesEn } from './activities.en'
import { adminEn } from './admin.en'
import { annotationEn } from './annotation.en'
import { appEn } from './app.en'
import { approvalEn } from './approval.en'
import { auditEn } from './audit.en'
import { blocksEn } from './blocks.en'
import { checkEn } from './check.en'
import { decisionsEn } from './decisions.en'
import { documentListEn } from './documentList.en'
import { editorEn } from './editor.en'
import { enumsEn } from './enums.en'
import { fieldsEn } from './fields.en'
import { followUpEn } from './followUp.en'
import { historyEn } from './history.en'
import { mentionEn } from './mention.en'
import { registerExportEn } from './registerExport.en'
import { searchEn } from './search.en'
import { signInEn } from './signIn.en'
import { signOutEn } from './signOut.en'
import { todoEn } from './todo.en'
import { toolbarEn } from './toolbar.en'
import { previousProtocolEn } from './previousProtocol.en'
import { readingViewEn } from './readingView.en'

/**
 * The English catalogue, key for key as the Swedish (`sv.ts`). A chunk of its own, imported by
 * `loadLocale` only when the locale is English, so it is not part of a Swedish page's load; the
 * service worker precaches it in the background, so English works offline too.
 */
export const en: Record<CatalogueKey, string> = {
  ...accountEn,
  ...activitiesEn,
  ...adminEn,
  ...annotationEn,
  ...appEn,
  ...approvalEn,
  ...auditEn,
  ...blocksEn,
  ...checkEn,
  ...decisionsEn,
  ...documentListEn,
  ...editorEn,
  ...enumsEn,
  ...fieldsEn,
  ...followUpEn,
  ...historyEn,
  ...mentionEn,
  ...registerExportEn,
  ...searchEn,
  ...signInEn,
  ...signOutEn,
  ...todoEn,
  ...toolbarEn,
  ...previousProtocolEn,
  ...readingViewEn,
}

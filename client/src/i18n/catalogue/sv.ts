import { accountSv } from './account.sv'
import { activitiesSv } from './activities.sv'
import { adminSv } from './admin.sv'
import { annotationSv } from './annotation.sv'
import { appSv } from './app.sv'
import { approvalSv } from './approval.sv'
import { auditSv } from './audit.sv'
import { blocksSv } from './blocks.sv'
import { checkSv } from './check.sv'
import { decisionsSv } from './decisions.sv'
import { documentListSv } from './documentList.sv'
import { editorSv } from './editor.sv'
import { enumsSv } from './enums.sv'
import { fieldsSv } from './fields.sv'
import { followUpSv } from './followUp.sv'
import { historySv } from './history.sv'
import { mentionSv } from './mention.sv'
import { registerExportSv } from './registerExport.sv'
import { searchSv } from './search.sv'
import { signInSv } from './signIn.sv'
import { signOutSv } from './signOut.sv'
import { todoSv } from './todo.sv'
import { toolbarSv } from './toolbar.sv'
import { previousProtocolSv } from './previousProtocol.sv'
import { readingViewSv } from './readingView.sv'

/**
 * The Swedish catalogue, always in the main bundle: every feature's file merged. Swedish is the
 * product's language and defines the keys and each message's parameters (`{name}`); plural forms
 * are `key_one` and `key_other`. A new feature adds `<feature>.sv.ts` and `<feature>.en.ts` in this folder
 * and one line in this file and in `en.ts`.
 */
export const sv = {
  ...accountSv,
  ...activitiesSv,
  ...adminSv,
  ...annotationSv,
  ...appSv,
  ...approvalSv,
  ...auditSv,
  ...blocksSv,
  ...checkSv,
  ...decisionsSv,
  ...documentListSv,
  ...editorSv,
  ...enumsSv,
  ...fieldsSv,
  ...followUpSv,
  ...historySv,
  ...mentionSv,
  ...registerExportSv,
  ...searchSv,
  ...signInSv,
  ...signOutSv,
  ...todoSv,
  ...toolbarSv,
  ...previousProtocolSv,
  ...readingViewSv,
} as const

import { ApiRequestError } from '../api/ApiRequestError'
import type { PlainMessageKey } from '../i18n/messages'
import { t } from '../i18n/t'

const BY_CODE: Readonly<Record<string, PlainMessageKey>> = {
  conflict: 'approvalError.conflict',
  forbidden: 'approvalError.forbidden',
  no_access: 'approvalError.forbidden',
  unauthorized: 'approvalError.unauthorized',
  not_found: 'approvalError.notFound',
  invalid_request: 'approvalError.invalid',
}

/** Why an approval request failed, for people (the server's English message is never shown). */
export function describeApprovalError(error: unknown): string {
  if (!(error instanceof ApiRequestError)) return t('approvalError.other')
  if (error.kind === 'network') return t('approvalError.network')
  if (error.kind === 'server' || error.kind === 'invalidResponse') return t('approvalError.server')
  if (error.status === 401) return t('approvalError.unauthorized')
  const key = error.code !== null && Object.hasOwn(BY_CODE, error.code) ? BY_CODE[error.code] : undefined
  return t(key ?? 'approvalError.other')
}

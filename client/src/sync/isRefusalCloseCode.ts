import { CloseCode } from '@samskriv/shared'

/**
 * Whether the relay closed the connection with a code that reconnecting as is cannot fix
 * (4400–4499: malformed or unsupported message, awareness too large). Rate limiting (4429) is in
 * that range but passes with time, so it is retried like the 4500s.
 */
export function isRefusalCloseCode(code: number): boolean {
  return code >= 4400 && code < 4500 && code !== CloseCode.rateLimited
}

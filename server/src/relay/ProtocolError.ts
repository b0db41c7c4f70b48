import type { CloseCodeValue } from '@samskriv/shared'

/** A client broke the protocol or a limit; the relay closes its connection with `closeCode`. */
export class ProtocolError extends Error {
  constructor(
    readonly closeCode: CloseCodeValue,
    message: string,
  ) {
    super(message)
    this.name = 'ProtocolError'
  }
}

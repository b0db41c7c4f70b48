import type { FastifyReply } from 'fastify'

/** A file name safe in a header: ASCII letters, digits, `-`, `_` and `.`; å, ä, ö become a, a, o. */
export function safeFileName(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\w.-]+/g, '-')
      .replace(/-+/g, '-')
      .replace(/^-|-(?=\.)|-$/g, '') || 'fil'
  )
}

/** Sends a generated file as a download, never cached by shared caches. */
export function sendFile(reply: FastifyReply, body: Buffer, contentType: string, fileName: string): FastifyReply {
  return reply
    .type(contentType)
    .header('Content-Disposition', `attachment; filename="${safeFileName(fileName)}"`)
    .header('Cache-Control', 'private, no-store')
    .send(body)
}

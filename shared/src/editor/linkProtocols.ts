/** Link protocols a body may contain; anything else (javascript:, data:) is not a link. */
export const ALLOWED_LINK_PROTOCOLS = ['http', 'https', 'mailto', 'tel'] as const

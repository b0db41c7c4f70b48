/** The export formats of an approved version (the renderers themselves run in the export worker). */
export const EXPORT_FORMATS = ['pdf', 'md', 'html'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

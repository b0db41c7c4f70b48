import { VERSION_EXPORT_FORMATS, type VersionExportFormat } from '@samskriv/shared'

/** The export formats of an approved version (the renderers themselves run in the export worker). */
export const EXPORT_FORMATS = VERSION_EXPORT_FORMATS
export type ExportFormat = VersionExportFormat

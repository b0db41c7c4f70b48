// The part of pdfmake (0.3, server build) that Samskriv uses; the package ships no types.
declare module 'pdfmake' {
  export type Content = string | Record<string, unknown> | Content[]
  export interface DocumentDefinition {
    content: Content
    footer?: (currentPage: number, pageCount: number) => Content
    header?: (currentPage: number, pageCount: number) => Content
    info?: Record<string, string>
    defaultStyle?: Record<string, unknown>
    styles?: Record<string, Record<string, unknown>>
    pageSize?: string
    pageOrientation?: 'portrait' | 'landscape'
    pageMargins?: [number, number, number, number]
    language?: string
  }
  export interface OutputDocument {
    getBuffer(): Promise<Buffer>
  }
  const pdfmake: {
    addFonts(fonts: Record<string, Record<string, string>>): void
    setLocalAccessPolicy(allow: (path: string) => boolean): void
    setUrlAccessPolicy(allow: (url: string) => boolean): void
    createPdf(definition: DocumentDefinition): OutputDocument
  }
  export default pdfmake
}

declare module 'pdfmake/fonts/Roboto.js' {
  const fonts: Record<string, Record<string, string>>
  export default fonts
}

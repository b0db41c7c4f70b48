import { useContext } from 'react'
import { BlockEditorContext, type BlockEditorContextValue } from './BlockEditorContext'

/** The editor a block view is rendered in; throws outside the document editor (a programming error). */
export function useBlockEditor(): BlockEditorContextValue {
  const value = useContext(BlockEditorContext)
  if (value === null) throw new Error('Block views must be rendered inside BlockEditorContext')
  return value
}

/** A SHA-256 content hash, in groups of eight for reading aloud and comparing by eye. */
export function ContentHash({ hash }: { hash: string }) {
  const groups = hash.match(/.{1,8}/g) ?? [hash]
  return (
    <code className="content-hash" data-hash={hash}>
      {groups.join(' ')}
    </code>
  )
}

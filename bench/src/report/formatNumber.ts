/** Milliseconds with one decimal (or "–" when not measured). */
export function ms(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(1)
}

/** Bytes as MiB with one decimal. */
export function mib(bytes: number | null | undefined): string {
  return bytes === null || bytes === undefined || !Number.isFinite(bytes) ? '–' : (bytes / 1024 / 1024).toFixed(1)
}

/** Bytes as KiB with one decimal. */
export function kib(bytes: number | null | undefined): string {
  return bytes === null || bytes === undefined || !Number.isFinite(bytes) ? '–' : (bytes / 1024).toFixed(1)
}

/** `ours / reference` as "0.83×" ("–" when either is missing or the reference is 0). */
export function ratio(ours: number | null | undefined, reference: number | null | undefined): string {
  if (ours === null || ours === undefined || reference === null || reference === undefined) return '–'
  if (!Number.isFinite(ours) || !Number.isFinite(reference) || reference === 0) return '–'
  return `${(ours / reference).toFixed(2)}×`
}

/** A share as a percentage with no decimals. */
export function percent(share: number | null | undefined): string {
  return share === null || share === undefined || !Number.isFinite(share) ? '–' : `${Math.round(share * 100)}%`
}

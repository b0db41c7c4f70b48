import { CloseCode } from '@samskriv/shared'

/** A connection as the budget sees it: what waits to be sent to it, and how to drop it. */
export interface BudgetHolder {
  readonly unsentBytes: number
  /** Closes the connection as a slow consumer (4508); its bytes leave the budget at once. */
  drop(code: typeof CloseCode.slowConsumer, reason: string): void
}

/**
 * The bytes waiting to be sent to all clients together. One client that never reads is dropped
 * by its own limit (`maxSendBufferBytes`); many such clients would still fill the relay's memory,
 * so past `maxBytes` in total, the client with the most waiting is dropped too.
 */
export class SendBudget {
  private total = 0
  private readonly holders = new Set<BudgetHolder>()

  constructor(private readonly maxBytes: number) {}

  /** Bytes waiting to be sent, over all connections. */
  get bytes(): number {
    return this.total
  }

  register(holder: BudgetHolder): void {
    this.holders.add(holder)
  }

  /** A connection closed: what still waited for it is no longer held. */
  unregister(holder: BudgetHolder, unsentBytes: number): void {
    if (this.holders.delete(holder)) this.total -= unsentBytes
  }

  add(bytes: number): void {
    this.total += bytes
  }

  /** Bytes were written out to a client. */
  release(bytes: number): void {
    this.total -= bytes
  }

  /** Drops the clients with the most waiting until the total is within the budget. */
  enforce(): void {
    while (this.total > this.maxBytes) {
      let largest: BudgetHolder | null = null
      for (const holder of this.holders) if (!largest || holder.unsentBytes > largest.unsentBytes) largest = holder
      if (!largest) return
      largest.drop(CloseCode.slowConsumer, 'too much waiting to be sent to all clients')
      // A holder that stayed (it should not) must not keep the loop going.
      if (this.holders.has(largest)) this.unregister(largest, largest.unsentBytes)
    }
  }
}

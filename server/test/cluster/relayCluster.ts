import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startChildServer, type ChildServer } from '../childServer.js'
import { BalancingProxy } from './BalancingProxy.js'

/** Several relay processes (the real entry point) on one PostgreSQL database and one Redis. */
export interface RelayCluster {
  readonly servers: ChildServer[]
  /** Spreads new connections over the processes, as a proxy without sticky sessions does. */
  readonly proxy: BalancingProxy
  /** SIGKILLs one process and waits until it is gone. */
  kill(index: number): Promise<void>
  stop(): Promise<void>
}

export async function startRelayCluster(
  count: number,
  services: { databaseUrl: string; redisUrl: string },
): Promise<RelayCluster> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samskriv-cluster-'))
  const env = { DATABASE_URL: services.databaseUrl, REDIS_URL: services.redisUrl }
  const servers: ChildServer[] = []
  try {
    // The first migrates the database; the others start together and find it ready.
    servers.push(await startChildServer(dataDir, env))
    servers.push(...(await Promise.all(Array.from({ length: count - 1 }, () => startChildServer(dataDir, env)))))
  } catch (error) {
    for (const server of servers) server.process.kill('SIGKILL')
    throw error
  }
  const proxy = await BalancingProxy.start(servers.map((s) => s.port))
  const kill = async (index: number) => {
    const server = servers[index]!
    if (server.process.exitCode === null && server.process.signalCode === null) server.process.kill('SIGKILL')
    await server.exited
  }
  return {
    servers,
    proxy,
    kill,
    async stop() {
      await proxy.close()
      await Promise.all(servers.map((_, i) => kill(i)))
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

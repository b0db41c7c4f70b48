import { parseArgs } from 'node:util'
import { emailSchema, groupKindSchema, groupRoleSchema, passwordSchema, personNameSchema } from '@samskriv/shared'
import { AccountError, AccountService } from './accounts/AccountService.js'
import { readConfig } from './config.js'
import { GroupService } from './groups/GroupService.js'
import { openStorage } from './storage/openStorage.js'
import { copySqliteToPostgres } from './storage/postgres/copySqliteToPostgres.js'
import { PostgresStorage } from './storage/postgres/PostgresStorage.js'

const USAGE = `Samskriv administration (works on DATABASE_URL if set, else DATA_DIR; also while the server runs):

  npm run samskriv -- user create --email E --name "N" --password P [--admin]
  npm run samskriv -- user list
  npm run samskriv -- group create --name "N" --kind board|coordinating|collaborationArea|other
  npm run samskriv -- group list
  npm run samskriv -- member set --group "group name or id" --email E --role reader|commenter|editor|coordinator
  DATABASE_URL=postgres://… npm run samskriv -- migrate-to-postgres
      copies the SQLite database in DATA_DIR into the empty PostgreSQL database (stop the server first)

Write a value that starts with "-" (some ids do) as --group=-AbC…

The password may instead be given in the SAMSKRIV_PASSWORD environment variable.`

function fail(message: string): never {
  console.error(message)
  process.exit(2)
}

function readArguments() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        password: { type: 'string' },
        admin: { type: 'boolean', default: false },
        kind: { type: 'string' },
        group: { type: 'string' },
        role: { type: 'string' },
      },
    })
  } catch (error) {
    // Unknown options, or a value that starts with "-" (an id may): one line and the usage.
    return fail(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`)
  }
}

const { positionals, values } = readArguments()

const parsed = <T>(
  schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false } },
  value: unknown,
  what: string,
): T => {
  const result = schema.safeParse(value)
  if (!result.success) fail(`Invalid or missing ${what}.\n\n${USAGE}`)
  return result.data
}

const config = (() => {
  try {
    return readConfig(process.env)
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error))
  }
})()

if (positionals[0] === 'migrate-to-postgres') {
  if (!config.DATABASE_URL) fail('Set DATABASE_URL to the PostgreSQL database to copy into.')
  const target = await PostgresStorage.connect(config.DATABASE_URL)
  try {
    const copied = await copySqliteToPostgres(config.DATA_DIR, target)
    for (const [table, rows] of Object.entries(copied)) console.log(`${table}\t${rows}`)
    console.log(`Copied ${config.DATA_DIR} into PostgreSQL. Start the servers with DATABASE_URL set.`)
  } catch (error) {
    fail(`Nothing was copied: ${error instanceof Error ? error.message : String(error)}`)
  } finally {
    await target.close()
  }
  process.exit(0)
}

const storage = await openStorage(config)
const accounts = new AccountService(storage.accounts, storage.audit)
const groups = new GroupService(storage.accounts, storage.audit)
const [noun, verb] = positionals

try {
  if (noun === 'user' && verb === 'create') {
    const user = await accounts.createUser({
      email: parsed(emailSchema, values.email, '--email'),
      name: parsed(personNameSchema, values.name, '--name'),
      password: parsed(
        passwordSchema,
        values.password ?? process.env.SAMSKRIV_PASSWORD,
        '--password (at least 10 characters)',
      ),
      isAdmin: values.admin ?? false,
    })
    await storage.audit.record({
      at: new Date().toISOString(),
      actorId: null,
      action: 'userCreatedFromCommandLine',
      subject: user.id,
      details: { email: user.email, isAdmin: user.isAdmin },
    })
    console.log(`Created ${user.isAdmin ? 'administrator' : 'user'} ${user.name} <${user.email}> (id ${user.id})`)
  } else if (noun === 'user' && verb === 'list') {
    for (const u of await storage.accounts.listUsers())
      console.log(`${u.id}\t${u.email}\t${u.name}${u.isAdmin ? '\tadmin' : ''}`)
  } else if (noun === 'group' && verb === 'create') {
    const group = await groups.create(null, {
      name: parsed(personNameSchema, values.name, '--name'),
      kind: parsed(groupKindSchema, values.kind, '--kind'),
    })
    if (!group) fail('A group with that name exists.')
    console.log(`Created group ${group.name} (id ${group.id})`)
  } else if (noun === 'group' && verb === 'list') {
    for (const g of await storage.accounts.listGroups()) console.log(`${g.id}\t${g.kind}\t${g.name}`)
  } else if (noun === 'member' && verb === 'set') {
    const all = await storage.accounts.listGroups()
    const group =
      all.find((g) => g.id === values.group || g.name === values.group) ?? fail(`No group ${values.group ?? ''}.`)
    const user =
      (await storage.accounts.userByEmail(parsed(emailSchema, values.email, '--email'))) ??
      fail('No account with that e-mail address.')
    const role = parsed(groupRoleSchema, values.role, '--role')
    await groups.setRole(null, group.id, user.id, role)
    console.log(`${user.name} is now ${role} in ${group.name}`)
  } else {
    fail(USAGE)
  }
} catch (error) {
  if (error instanceof AccountError) fail(error.message)
  throw error
} finally {
  await storage.close()
}

import type { Page } from 'playwright-core'
import { PASSWORD } from './accounts.js'

export { PASSWORD }

/** Signs in on the sign-in page (goes there first). */
export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto('/logga-in')
  await page.getByLabel('E-postadress').fill(email)
  await page.getByLabel('Lösenord', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Logga in' }).click()
}

/** Chooses a password on an invitation link (or the setup page's password fields). */
export async function choosePassword(page: Page, password = PASSWORD): Promise<void> {
  await page.getByLabel('Välj lösenord').fill(password)
  await page.getByLabel('Upprepa lösenordet').fill(password)
}

/** Invites a person from Administration → Personer; returns the invitation link's path. */
export async function invite(page: Page, name: string, email: string): Promise<string> {
  await page.goto('/administration/personer')
  await page.getByLabel('Namn', { exact: true }).fill(name)
  await page.getByLabel('E-postadress').fill(email)
  await page.getByRole('button', { name: 'Bjud in' }).click()
  const link = page.getByLabel('Inbjudningslänk', { exact: true })
  await link.waitFor()
  const url = new URL(await link.inputValue())
  return `${url.pathname}${url.search}`
}

/** Adds a person to a group with a role (Swedish role name) from the group's members page. */
export async function addMember(page: Page, groupName: string, personName: string, role: string): Promise<void> {
  await page.goto('/administration/grupper')
  await page.getByRole('link', { name: groupName }).click()
  const person = page.getByLabel('Person', { exact: true })
  const option = person.locator('option', { hasText: personName })
  await person.selectOption({ value: (await option.getAttribute('value')) ?? '' })
  await page.getByLabel('Roll', { exact: true }).selectOption({ label: role })
  await page.getByRole('button', { name: 'Lägg till', exact: true }).click()
  await page
    .getByRole('status')
    .filter({ hasText: `${personName} är tillagd som ${role}.` })
    .waitFor()
}

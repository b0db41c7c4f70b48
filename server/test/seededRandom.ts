// The one seeded generator of the tests, shared with the client's and the browser tests.
export { seededRandom } from '@samskriv/shared/testing'

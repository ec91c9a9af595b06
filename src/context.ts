import { Catalog } from './catalog.js'
import { LightNodeClient } from './client/lightnode.js'
import { Deadline } from './deadline.js'
import type { Settings } from './inputs.js'
import { Report } from './report.js'
import type { WaitOptions } from './wait.js'

/** The state every operation uses during one run of the step. */
export interface Context {
  settings: Settings
  client: LightNodeClient
  catalog: Catalog
  deadline: Deadline
  report: Report
  waits: WaitOptions
}

export function createContext(settings: Settings, deadline: Deadline): Context {
  const client = new LightNodeClient({
    baseUrl: settings.apiUrl,
    token: settings.token,
    requestTimeoutMs: settings.requestTimeoutMs,
    maxRetries: settings.maxRetries,
    deadline,
    userAgent: 'lightnode-action'
  })
  return {
    settings,
    client,
    catalog: new Catalog(client),
    deadline,
    report: new Report(),
    waits: { client, deadline, pollIntervalMs: settings.pollIntervalMs }
  }
}

import type { Context } from '../context.js'
import type { Instance } from '../client/models.js'
import { waitForPorts } from '../ports.js'
import { waitForInstance } from '../wait.js'
import { powerOne } from './power.js'

/**
 * Makes an existing server usable, as a fresh one would be: starts it if it
 * is stopped, then waits for STARTED, a public IP and the ports.
 */
export async function powerOneForReuse(
  ctx: Context,
  instance: Instance,
  single: boolean
): Promise<Instance | undefined> {
  const id = instance.ecsResourceUUID
  let current = await powerOne(ctx, 'start', instance, single)
  if (!ctx.settings.wait) return current
  current = await waitForInstance(ctx.waits, id, {
    status: 'STARTED',
    needsPublicIp: true
  })
  const ports = ctx.settings.waitForPorts
  if (current && ports.length > 0) {
    await waitForPorts(current.publicIpAddress, ports, ctx.deadline)
  }
  return current
}

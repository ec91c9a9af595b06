import * as core from '@actions/core'
import type { Context } from './context.js'
import type { Instance } from './client/models.js'
import { errorMessage } from './client/errors.js'
import { formatDuration } from './validation.js'

const MAX_ROWS = 200

function instanceRow(instance: Instance): string[] {
  const specs = [
    instance.cpu !== undefined ? `${instance.cpu} vCPU` : '',
    instance.memory !== undefined ? `${instance.memory} GB` : '',
    instance.systemDiskSize !== undefined
      ? `${instance.systemDiskSize} GB disk`
      : ''
  ]
  return [
    instance.instanceName,
    instance.ecsResourceUUID,
    instance.ecsStatus,
    instance.zoneCode || instance.regionCode,
    instance.publicIpAddress || '-',
    specs.filter(Boolean).join(', ') || '-'
  ]
}

/**
 * Writes the job summary: the servers the step touched, the time each
 * phase took and the error, if any. Never throws: a summary problem only
 * warns, so it cannot hide the step's own result.
 */
export async function writeSummary(
  ctx: Context,
  failure: unknown
): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    const { operation } = ctx.settings
    const summary = core.summary.addHeading(`LightNode: ${operation}`, 3)
    if (failure !== undefined) {
      summary.addRaw(`Failed: ${escapeHtml(errorMessage(failure))}`, true)
    }
    for (const note of ctx.report.notes) summary.addRaw(escapeHtml(note), true)
    const instances = [...ctx.report.instances.values()]
    if (instances.length > 0) {
      const header = ['Name', 'ID', 'Status', 'Zone', 'Public IP', 'Specs']
      summary.addTable([
        header.map((data) => ({ data, header: true })),
        ...instances
          .slice(0, MAX_ROWS)
          .map((instance) => instanceRow(instance).map(escapeHtml))
      ])
      if (instances.length > MAX_ROWS) {
        summary.addRaw(`…and ${instances.length - MAX_ROWS} more.`, true)
      }
    }
    if (ctx.report.phases.length > 0) {
      summary.addTable([
        [
          { data: 'Phase', header: true },
          { data: 'Time', header: true }
        ],
        ...ctx.report.phases.map((phase) => [
          escapeHtml(phase.name),
          formatDuration(phase.ms)
        ])
      ])
    }
    await summary.write()
  } catch (error) {
    core.warning(`Could not write the job summary: ${errorMessage(error)}`)
  }
}

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

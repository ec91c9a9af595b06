import * as core from '@actions/core'
import * as github from '@actions/github'
import type { Instance } from './client/models.js'
import { errorMessage } from './client/errors.js'

/** Marks the action's comment so that later runs update it in place. */
function marker(key: string): string {
  return `<!-- lightnode-action:${key} -->`
}

function describe(instances: Instance[], deleted: boolean): string {
  if (deleted) {
    const names = instances.map((item) => `\`${item.instanceName}\``).join(', ')
    return `**LightNode preview server deleted:** ${names}`
  }
  const rows = instances.map(
    (item) =>
      `| ${item.instanceName} | \`${item.publicIpAddress || '-'}\` | ` +
      `${item.ecsStatus} | ${item.zoneCode} | \`${item.ecsResourceUUID}\` |`
  )
  return [
    '**LightNode preview server**',
    '',
    '| Name | Public IP | Status | Zone | ID |',
    '| --- | --- | --- | --- | --- |',
    ...rows
  ].join('\n')
}

/**
 * Creates or updates the action's comment on the pull request that
 * triggered the run. Only warns on failure: a comment must never fail the
 * step that created or deleted the servers.
 */
export async function commentOnPullRequest(
  token: string,
  key: string,
  instances: Instance[],
  deleted: boolean
): Promise<void> {
  const { context } = github
  const number = context.payload.pull_request?.number
  if (!number || !token) {
    core.warning(
      'pr-comment is set, but this run has no pull request or no github-token; ' +
        'no comment was written.'
    )
    return
  }
  try {
    const octokit = github.getOctokit(token)
    const { owner, repo } = context.repo
    const body = `${marker(key)}\n${describe(instances, deleted)}`
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: number,
      per_page: 100
    })
    const existing = comments.find((item) => item.body?.startsWith(marker(key)))
    if (existing) {
      await octokit.rest.issues.updateComment({
        owner,
        repo,
        comment_id: existing.id,
        body
      })
    } else {
      await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: number,
        body
      })
    }
    core.info(`Commented on pull request #${number}`)
  } catch (error) {
    core.warning(
      `Could not comment on pull request #${number}: ${errorMessage(error)}`
    )
  }
}

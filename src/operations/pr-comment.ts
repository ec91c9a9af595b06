import type { Context } from '../context.js'
import type { Instance } from '../client/models.js'

/**
 * Comments on the pull request when pr-comment is set. The GitHub client is
 * loaded only then, so that other runs do not pay for parsing it.
 */
export async function commentIfAsked(
  ctx: Context,
  instances: Instance[],
  deleted: boolean
): Promise<void> {
  const { prComment, dryRun, githubToken, instanceName } = ctx.settings
  if (!prComment || dryRun || instances.length === 0) return
  const { commentOnPullRequest } = await import('../comment.js')
  const key = instanceName ?? instances[0].instanceName
  await commentOnPullRequest(githubToken, key, instances, deleted)
}

import { createServer, type IncomingMessage, type Server } from 'node:http'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  CREATE_INPUTS,
  errors,
  leakedSecrets,
  startEmulator,
  warnings,
  type TestEmulator
} from './helpers/e2e.js'

const GITHUB_TOKEN = 'ghs_fakeGitHubToken12345'

interface Comment {
  id: number
  body: string
}

/** A stand-in for the GitHub REST API's issue comment endpoints. */
class FakeGitHub {
  readonly comments: Comment[] = []
  readonly authorizations: string[] = []
  private server: Server = createServer((request, response) => {
    void this.handle(request).then(([status, body]) => {
      response.writeHead(status, { 'content-type': 'application/json' })
      response.end(JSON.stringify(body))
    })
  })
  url = ''

  async start(): Promise<void> {
    await new Promise<void>((resolve) =>
      this.server.listen(0, '127.0.0.1', resolve)
    )
    this.url = `http://127.0.0.1:${(this.server.address() as { port: number }).port}`
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server.close(resolve))
  }

  private async handle(request: IncomingMessage): Promise<[number, unknown]> {
    this.authorizations.push(String(request.headers.authorization))
    let text = ''
    for await (const chunk of request) text += String(chunk)
    const path = request.url ?? ''
    if (
      request.method === 'GET' &&
      path.startsWith('/repos/octo/app/issues/7/comments')
    ) {
      return [200, this.comments]
    }
    if (
      request.method === 'POST' &&
      path === '/repos/octo/app/issues/7/comments'
    ) {
      const comment = {
        id: this.comments.length + 1,
        body: JSON.parse(text).body
      }
      this.comments.push(comment)
      return [201, comment]
    }
    const update = /^\/repos\/octo\/app\/issues\/comments\/(\d+)$/.exec(path)
    if (request.method === 'PATCH' && update) {
      const comment = this.comments.find(
        (item) => item.id === Number(update[1])
      )
      if (comment) comment.body = JSON.parse(text).body
      return comment ? [200, comment] : [404, { message: 'Not Found' }]
    }
    return [404, { message: 'Not Found' }]
  }
}

let env: TestEmulator
let github: FakeGitHub
let folder: string
let githubEnv: Record<string, string>

beforeAll(async () => {
  env = await startEmulator()
  github = new FakeGitHub()
  await github.start()
  folder = mkdtempSync(join(tmpdir(), 'lightnode-event-'))
  const eventPath = join(folder, 'event.json')
  writeFileSync(
    eventPath,
    JSON.stringify({ pull_request: { number: 7 }, number: 7 })
  )
  githubEnv = {
    GITHUB_API_URL: github.url,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REPOSITORY: 'octo/app'
  }
})

afterAll(async () => {
  await env.emulator.stop()
  await github.stop()
  rmSync(folder, { recursive: true, force: true })
})

describe('pull request comment', () => {
  const inputs = {
    ...CREATE_INPUTS,
    'instance-name': 'pr-7-app',
    'pr-comment': 'true',
    'github-token': GITHUB_TOKEN
  }

  it('comments the IP after create', async () => {
    const result = await env.step(inputs, githubEnv)
    expect(errors(result)).toBe('')
    expect(github.comments).toHaveLength(1)
    expect(github.comments[0].body).toContain(result.outputs['public-ip'])
    expect(github.comments[0].body).toContain('pr-7-app')
    expect(github.authorizations).toContain(`token ${GITHUB_TOKEN}`)
  })

  it('updates the same comment on a rerun', async () => {
    const result = await env.step(inputs, githubEnv)
    expect(result.outputs.created).toBe('false')
    expect(github.comments).toHaveLength(1)
  })

  it('marks the comment on delete', async () => {
    const result = await env.step(
      {
        operation: 'delete',
        'instance-name': 'pr-7-app',
        'pr-comment': 'true',
        'github-token': GITHUB_TOKEN
      },
      githubEnv
    )
    expect(errors(result)).toBe('')
    expect(github.comments).toHaveLength(1)
    expect(github.comments[0].body).toContain('deleted')
  })

  it('warns without failing when GitHub fails', async () => {
    const result = await env.step(
      { ...inputs, 'instance-name': 'pr-7-other' },
      { ...githubEnv, GITHUB_REPOSITORY: 'octo/missing' }
    )
    expect(result.exitCode).toBe(0)
    expect(warnings(result)).toContain('Could not comment')
  })

  it('never calls GitHub without pr-comment', async () => {
    const before = github.authorizations.length
    const result = await env.step(
      { ...CREATE_INPUTS, 'instance-name': 'pr-7-quiet' },
      githubEnv
    )
    expect(result.exitCode).toBe(0)
    expect(github.authorizations).toHaveLength(before)
  })

  it('never leaks the GitHub token', () => {
    expect(leakedSecrets([GITHUB_TOKEN])).toEqual([])
  })
})

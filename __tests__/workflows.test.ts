/**
 * Validates action.yml and every workflow in .github/workflows/ and
 * examples/ with GitHub's own parser (@actions/workflow-parser, which runs
 * offline), and checks how the workflows call this action.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  NoOperationTraceWriter,
  convertWorkflowTemplate,
  parseWorkflow
} from '@actions/workflow-parser'
import { parseAction } from '@actions/workflow-parser/actions/action-parser'
import { parse } from 'yaml'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const WORKFLOW_FOLDERS = ['.github/workflows', 'examples']

/** How examples refer to the published action: OWNER/lightnode-action@v1. */
const THIS_ACTION = /^[^/@\s]+\/lightnode-action@[^/\s]+$/

interface ActionInputs {
  declared: string[]
  required: string[]
}

interface Step {
  job: string
  index: number
  name: string
  uses?: string
  with: Record<string, unknown>
}

function readText(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8')
}

function listWorkflows(): string[] {
  return WORKFLOW_FOLDERS.flatMap((folder) => {
    const path = join(ROOT, folder)
    if (!existsSync(path)) return []
    return readdirSync(path)
      .filter((name) => /\.ya?ml$/.test(name))
      .map((name) => relative(ROOT, join(path, name)))
  }).sort()
}

/** Returns the messages of every schema error in an action.yml text. */
function actionErrors(name: string, content: string): string[] {
  const result = parseAction({ name, content }, new NoOperationTraceWriter())
  return result.context.errors.getErrors().map((error) => error.message)
}

/** Returns the messages of every schema and conversion error in a workflow. */
async function workflowErrors(
  name: string,
  content: string
): Promise<string[]> {
  const result = parseWorkflow({ name, content }, new NoOperationTraceWriter())
  if (result.value !== undefined) {
    await convertWorkflowTemplate(result.context, result.value)
  }
  return result.context.errors.getErrors().map((error) => error.message)
}

function readActionInputs(content: string): ActionInputs {
  const document = parse(content) as {
    inputs?: Record<string, { required?: boolean; default?: unknown }>
  }
  const inputs = Object.entries(document.inputs ?? {})
  return {
    declared: inputs.map(([name]) => name),
    required: inputs
      .filter(([, input]) => input?.required === true)
      .filter(([, input]) => input?.default === undefined)
      .map(([name]) => name)
  }
}

/** Lists every step of every job, with its position for messages. */
function listSteps(content: string): Step[] {
  const document = parse(content) as {
    jobs?: Record<string, { steps?: Record<string, unknown>[] }>
  }
  return Object.entries(document.jobs ?? {}).flatMap(([job, body]) =>
    (body?.steps ?? []).map((step, index) => ({
      job,
      index,
      name: String(step.name ?? step.id ?? `step ${index + 1}`),
      uses: typeof step.uses === 'string' ? step.uses : undefined,
      with: (step.with ?? {}) as Record<string, unknown>
    }))
  )
}

function isThisAction(uses: string | undefined): boolean {
  return uses === './' || (uses !== undefined && THIS_ACTION.test(uses))
}

function where(step: Step): string {
  return `job ${step.job}, ${step.name}`
}

/** Lists the inputs that steps pass to this action but action.yml lacks. */
function undeclaredInputs(steps: Step[], inputs: ActionInputs): string[] {
  return steps
    .filter((step) => isThisAction(step.uses))
    .flatMap((step) =>
      Object.keys(step.with)
        .filter((name) => !inputs.declared.includes(name))
        .map((name) => `${where(step)}: ${name}`)
    )
}

/** Lists the required inputs that steps calling this action leave out. */
function missingInputs(steps: Step[], inputs: ActionInputs): string[] {
  return steps
    .filter((step) => isThisAction(step.uses))
    .flatMap((step) =>
      inputs.required
        .filter((name) => !(name in step.with))
        .map((name) => `${where(step)}: ${name}`)
    )
}

/** Lists `uses: ./` steps that no earlier checkout step in their job precedes. */
function usesBeforeCheckout(steps: Step[]): string[] {
  return steps
    .filter((step) => step.uses === './')
    .filter(
      (step) =>
        !steps.some(
          (other) =>
            other.job === step.job &&
            other.index < step.index &&
            other.uses?.startsWith('actions/checkout@') === true
        )
    )
    .map(where)
}

/** Lists references to other actions that are not pinned to a major tag. */
function unpinnedActions(steps: Step[]): string[] {
  return steps
    .filter((step) => step.uses !== undefined && step.uses !== './')
    .filter((step) => !/^[^@\s]+@v\d+$/.test(step.uses ?? ''))
    .map((step) => `${where(step)}: ${step.uses}`)
}

const actionText = readText('action.yml')
const actionInputs = readActionInputs(actionText)
const workflows = listWorkflows()

describe('action.yml', () => {
  it('passes the action schema', () => {
    expect(actionErrors('action.yml', actionText)).toEqual([])
  })

  it('is rejected with an unknown runtime', () => {
    const broken = actionText.replace('using: node24', 'using: node99')
    expect(broken).not.toBe(actionText)
    expect(actionErrors('action.yml', broken)).toEqual([
      expect.stringContaining("Unexpected value 'node99'")
    ])
  })

  it('makes operation a required input', () => {
    expect(actionInputs.required).toEqual(['operation'])
  })
})

describe('workflow checks', () => {
  const broken = `on:
  pull_request:
    types: [opened, merged]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: ./
        with:
          operation: create
          instance-nmae: x
      - uses: actions/checkout@main
`

  it('find schema errors', async () => {
    const errors = await workflowErrors('broken.yml', broken)
    expect(errors).toEqual([
      expect.stringContaining("Unexpected value 'merged'")
    ])
  })

  it('find an undeclared input', () => {
    expect(undeclaredInputs(listSteps(broken), actionInputs)).toEqual([
      'job test, step 1: instance-nmae'
    ])
  })

  it('find a missing required input', () => {
    const steps = listSteps(broken.replace('operation: create', 'region: x'))
    expect(missingInputs(steps, actionInputs)).toEqual([
      'job test, step 1: operation'
    ])
  })

  it('find uses: ./ before checkout', () => {
    expect(usesBeforeCheckout(listSteps(broken))).toEqual(['job test, step 1'])
  })

  it('find an action not pinned to a major tag', () => {
    expect(unpinnedActions(listSteps(broken))).toEqual([
      'job test, step 2: actions/checkout@main'
    ])
  })
})

describe('workflow files', () => {
  it('exist in both folders', () => {
    for (const folder of WORKFLOW_FOLDERS) {
      expect(workflows.filter((path) => path.startsWith(folder))).not.toEqual(
        []
      )
    }
  })
})

describe.each(workflows)('%s', (path) => {
  const content = readText(path)
  const steps = listSteps(content)

  it('passes the workflow schema', async () => {
    expect(await workflowErrors(path, content)).toEqual([])
  })

  it('passes only inputs that action.yml declares', () => {
    expect(undeclaredInputs(steps, actionInputs)).toEqual([])
  })

  it('passes every required input', () => {
    expect(missingInputs(steps, actionInputs)).toEqual([])
  })

  it('checks out the repository before uses: ./', () => {
    expect(usesBeforeCheckout(steps)).toEqual([])
  })

  it('pins other actions to a major tag', () => {
    expect(unpinnedActions(steps)).toEqual([])
  })
})

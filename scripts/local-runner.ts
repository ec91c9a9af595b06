import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const BUNDLE = join(ROOT, 'dist', 'index.js')

/** The result of one run of the bundled action, as the runner reads it. */
export interface StepResult {
  exitCode: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  state: Record<string, string>
  summary: string
  /** Raw text of the output, state and summary files, for secret scans. */
  files: string
}

export interface StepOptions {
  /** Environment variables besides the inputs, such as proxies. */
  env?: Record<string, string>
  /** State saved by the main step, for running the post step. */
  state?: Record<string, string>
  timeoutMs?: number
  node?: string
  /** Sends SIGINT once stdout contains this text, as a cancelled job would. */
  cancelWhen?: string
  /** Values of the expressions in action.yml defaults, such as job.status. */
  expressions?: Record<string, string>
}

/** Values the runner uses for the expressions in action.yml defaults. */
const DEFAULT_EXPRESSIONS: Record<string, string> = {
  'github.token': '',
  'job.status': 'success'
}

/**
 * Reads the input defaults of action.yml, as the runner does before every
 * step: an input the workflow leaves out arrives with its default value.
 */
export function actionDefaults(
  expressions: Record<string, string> = {}
): Record<string, string> {
  const values = { ...DEFAULT_EXPRESSIONS, ...expressions }
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: unknown }>
  }
  const defaults: Record<string, string> = {}
  for (const [name, input] of Object.entries(action.inputs)) {
    if (input.default === undefined) continue
    defaults[name] = String(input.default).replace(
      /\$\{\{\s*([\w.]+)\s*\}\}/g,
      (_, expression: string) => values[expression] ?? ''
    )
  }
  return defaults
}

/** Parses the `name<<delimiter` file format of GITHUB_OUTPUT and GITHUB_STATE. */
export function parseCommandFile(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (match) {
      const [, name, delimiter] = match
      const body: string[] = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++)
        body.push(lines[i])
      values[name] = body.join('\n')
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=')
      values[lines[i].slice(0, at)] = lines[i].slice(at + 1)
    }
  }
  return values
}

/** Returns the environment variable through which the runner passes an input. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/**
 * Runs dist/index.js in a child process the way the GitHub runner does:
 * inputs as INPUT_* variables, with the action.yml defaults for those left
 * out, and fresh GITHUB_OUTPUT, GITHUB_STATE and GITHUB_STEP_SUMMARY files.
 */
export async function runStep(
  inputs: Record<string, string>,
  options: StepOptions = {}
): Promise<StepResult> {
  const folder = mkdtempSync(join(tmpdir(), 'lightnode-step-'))
  const files = {
    output: join(folder, 'output'),
    state: join(folder, 'state'),
    summary: join(folder, 'summary')
  }
  for (const file of Object.values(files)) writeFileSync(file, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? folder,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: folder,
    ...options.env
  }
  const withDefaults = { ...actionDefaults(options.expressions), ...inputs }
  for (const [name, value] of Object.entries(withDefaults)) {
    env[inputVariable(name)] = value
  }
  for (const [name, value] of Object.entries(options.state ?? {})) {
    env[`STATE_${name}`] = value
  }
  try {
    const run = await spawnNode(
      options.node ?? process.execPath,
      env,
      folder,
      options
    )
    const output = readFileSync(files.output, 'utf8')
    const state = readFileSync(files.state, 'utf8')
    const summary = readFileSync(files.summary, 'utf8')
    return {
      ...run,
      outputs: parseCommandFile(output),
      state: parseCommandFile(state),
      summary,
      files: [output, state, summary].join('\n')
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

/** Runs the post step with the state the main step saved. */
export async function runPostStep(
  inputs: Record<string, string>,
  main: StepResult,
  options: StepOptions = {}
): Promise<StepResult> {
  return runStep(inputs, { ...options, state: main.state })
}

function spawnNode(
  node: string,
  env: Record<string, string>,
  cwd: string,
  options: StepOptions
): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  const timeoutMs = options.timeoutMs ?? 60_000
  return new Promise((resolvePromise, reject) => {
    const child = spawn(node, [BUNDLE], {
      env,
      cwd,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      if (options.cancelWhen && stdout.includes(options.cancelWhen)) {
        options = { ...options, cancelWhen: undefined }
        child.kill('SIGINT')
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('close', (exitCode) => {
      clearTimeout(timer)
      resolvePromise({ exitCode, stdout, stderr })
    })
  })
}

/**
 * Lists every place in a step's output where one of the secrets appears.
 * Skipped: the `::add-mask::` commands, which exist to hand a secret to the
 * runner's masking, and the `password` output, which carries a generated
 * password on purpose.
 */
export function findSecrets(result: StepResult, secrets: string[]): string[] {
  const withoutMasks = (text: string): string =>
    text
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n')
  const outputs = { ...result.outputs }
  delete outputs.password
  const places: Record<string, string> = {
    stdout: withoutMasks(result.stdout),
    stderr: result.stderr,
    outputs: JSON.stringify(outputs),
    state: JSON.stringify(result.state),
    summary: result.summary
  }
  const found: string[] = []
  for (const secret of secrets) {
    for (const [place, text] of Object.entries(places)) {
      if (text.includes(secret)) {
        found.push(`${place} contains ${secret.slice(0, 3)}...`)
      }
    }
  }
  return found
}

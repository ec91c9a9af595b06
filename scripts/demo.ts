/**
 * Runs the bundled action against a local LightNode emulator, step by step
 * as a workflow would: create, get, stop, start, reinstall, list, delete.
 * Prints each step's outputs. Usage: npm run demo
 */
import { LightNodeEmulator } from '../emulator/index.js'
import { runStep, type StepResult } from './local-runner.js'

const TOKEN = 'demo-token'

function show(title: string, step: StepResult, keys: string[]): void {
  const status = step.exitCode === 0 ? 'ok' : `failed (exit ${step.exitCode})`
  console.log(`\n== ${title}: ${status}`)
  for (const key of keys) {
    if (step.outputs[key] !== undefined) {
      console.log(`   ${key.padEnd(14)} ${step.outputs[key]}`)
    }
  }
  if (step.exitCode !== 0) {
    const errors = step.stdout
      .split('\n')
      .filter((line) => line.startsWith('::error'))
    console.log(errors.join('\n') || step.stderr)
  }
}

async function main(): Promise<void> {
  const emulator = new LightNodeEmulator({
    tokens: [TOKEN],
    taskDurationMs: 1500
  })
  const url = await emulator.start(0)
  console.log(`LightNode emulator on ${url}; each task takes 1.5 s`)
  const common = { 'api-token': TOKEN, 'api-url': url, 'poll-interval': '1s' }
  const failures: string[] = []
  const step = async (
    title: string,
    inputs: Record<string, string>,
    keys: string[]
  ) => {
    const result = await runStep({ ...common, ...inputs })
    show(title, result, keys)
    if (result.exitCode !== 0) failures.push(title)
    return result
  }
  try {
    const created = await step(
      'create',
      {
        operation: 'create',
        'instance-name': 'demo-web-1',
        region: 'ru-moscow-1',
        package: '2c4g',
        image: 'Debian 12'
      },
      [
        'instance-id',
        'instance-name',
        'public-ip',
        'status',
        'zone',
        'task-id',
        'task-result',
        'created'
      ]
    )
    const id = { 'instance-id': created.outputs['instance-id'] ?? '' }
    const instanceKeys = [
      'instance-id',
      'status',
      'public-ip',
      'task-id',
      'task-result'
    ]
    await step('get', { operation: 'get', ...id }, instanceKeys)
    await step('stop', { operation: 'stop', ...id }, instanceKeys)
    await step('start', { operation: 'start', ...id }, instanceKeys)
    await step(
      'reinstall',
      { operation: 'reinstall', ...id, image: 'Ubuntu 24.04' },
      instanceKeys
    )
    const listed = await step('list', { operation: 'list' }, [])
    const count = (JSON.parse(listed.outputs.instances ?? '[]') as unknown[])
      .length
    console.log(`   instances      ${count} instance(s) across all regions`)
    await step('delete', { operation: 'delete', ...id }, [
      'instance-id',
      'status',
      'task-id',
      'task-result'
    ])
  } finally {
    await emulator.stop()
  }
  if (failures.length > 0) {
    console.error(`\nFailed steps: ${failures.join(', ')}`)
    process.exitCode = 1
  } else {
    console.log('\nEvery step passed.')
  }
}

await main()

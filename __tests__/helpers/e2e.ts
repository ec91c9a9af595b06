import {
  LightNodeEmulator,
  type DeepPartial,
  type EmulatorOptions
} from '../../emulator/index.js'
import {
  findSecrets,
  runStep,
  type StepResult
} from '../../scripts/local-runner.js'

/** A token that is easy to find in any output it leaks into. */
export const TOKEN = 'e2e-Tok3n-7f9a2c41d6'
/** A password that meets every rule and is easy to find. */
export const PASSWORD = 'Pw4e2eTest!q9Zr'

/** Every step output of a test file, scanned for secrets at the end. */
export const allSteps: StepResult[] = []

export interface TestEmulator {
  emulator: LightNodeEmulator
  /** Inputs every step passes: token, URL and fast polling. */
  common: Record<string, string>
  step: (
    inputs: Record<string, string>,
    env?: Record<string, string>
  ) => Promise<StepResult>
}

/** Starts an emulator with millisecond tasks and the test token. */
export async function startEmulator(
  options: DeepPartial<EmulatorOptions> = {}
): Promise<TestEmulator> {
  const emulator = new LightNodeEmulator({
    tokens: [TOKEN],
    taskDurationMs: 40,
    ...options
  })
  const url = await emulator.start(0)
  const common = {
    'api-token': TOKEN,
    'api-url': url,
    'poll-interval': '30ms',
    timeout: '30s'
  }
  const step = async (
    inputs: Record<string, string>,
    env?: Record<string, string>
  ) => {
    const result = await runStep({ ...common, ...inputs }, { env })
    allSteps.push(result)
    return result
  }
  return { emulator, common, step }
}

/** Returns the error annotations a step printed. */
export function errors(result: StepResult): string {
  return result.stdout
    .split('\n')
    .filter((line) => line.startsWith('::error'))
    .join('\n')
}

/** Returns the warning annotations a step printed. */
export function warnings(result: StepResult): string {
  return result.stdout
    .split('\n')
    .filter((line) => line.startsWith('::warning'))
    .join('\n')
}

export const CREATE_INPUTS = {
  operation: 'create',
  region: 'ru-moscow-1',
  package: '2c4g',
  image: 'Debian 12'
}

/** Checks that no step leaked the token or the password. */
export function leakedSecrets(extra: string[] = []): string[] {
  return allSteps.flatMap((step) =>
    findSecrets(step, [TOKEN, PASSWORD, ...extra])
  )
}

/** Public entry point of the LightNode API emulator. */
export { LightNodeEmulator, type CallListener } from './server.js'
export {
  defaultOptions,
  defaultVariants,
  operations,
  variantChoices,
  type DeepPartial,
  type EmulatorOptions,
  type FleetOptions,
  type Operation,
  type Variants
} from './options.js'
export type {
  FaultKind,
  FaultRule,
  TaskFaultKind,
  TaskFaultRule
} from './faults.js'
export type { RecordedCall } from './http.js'
export type {
  Firewall,
  Image,
  InstanceRecord,
  Package,
  ProcessResult,
  Region,
  SshKey,
  TaskRecord,
  TaskStatus,
  Zone
} from './models.js'
export { parseArgs, parseDuration, type CliSettings } from './args.js'

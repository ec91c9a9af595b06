/** Names fixed by action.yml: workflows refer to them, so none may change. */
export const Input = {
  Operation: 'operation',
  ApiToken: 'api-token',
  ApiUrl: 'api-url',
  InstanceId: 'instance-id',
  InstanceName: 'instance-name',
  NamePrefix: 'name-prefix',
  Region: 'region',
  Zone: 'zone',
  Package: 'package',
  Image: 'image',
  ImageType: 'image-type',
  SshKey: 'ssh-key',
  SecurityGroup: 'security-group',
  Password: 'password',
  Force: 'force',
  TaskId: 'task-id',
  Wait: 'wait',
  Timeout: 'timeout',
  PollInterval: 'poll-interval',
  RequestTimeout: 'request-timeout',
  MaxRetries: 'max-retries',
  IfExists: 'if-exists',
  IfMissing: 'if-missing',
  Cleanup: 'cleanup',
  Count: 'count',
  DryRun: 'dry-run',
  WaitForPort: 'wait-for-port',
  OlderThan: 'older-than',
  JobStatus: 'job-status',
  PrComment: 'pr-comment',
  GithubToken: 'github-token'
} as const

export const Output = {
  InstanceId: 'instance-id',
  InstanceName: 'instance-name',
  PublicIp: 'public-ip',
  PrivateIp: 'private-ip',
  Status: 'status',
  Region: 'region',
  Zone: 'zone',
  TaskId: 'task-id',
  TaskResult: 'task-result',
  Instance: 'instance',
  Instances: 'instances',
  Result: 'result',
  Password: 'password',
  Created: 'created'
} as const

/** Keys of the step state that the post step reads back. */
export const State = {
  IsPost: 'is-post',
  CreatedIds: 'created-instance-ids',
  TaskIds: 'create-task-ids',
  PendingCreates: 'pending-creates',
  Cleanup: 'cleanup',
  Outcome: 'main-outcome'
} as const

export const OPERATIONS = [
  'create',
  'delete',
  'start',
  'stop',
  'restart',
  'reinstall',
  'reset-password',
  'get',
  'list',
  'wait-task',
  'prune',
  'regions',
  'packages',
  'images',
  'security-groups',
  'ssh-keys'
] as const

export type Operation = (typeof OPERATIONS)[number]

/** Operations that send a write call to the API. */
export const WRITE_OPERATIONS: readonly Operation[] = [
  'create',
  'delete',
  'start',
  'stop',
  'restart',
  'reinstall',
  'reset-password',
  'prune'
]

export const DEFAULT_API_URL = 'https://openapi.lightnode.com'
export const TOKEN_ENV = 'LIGHTNODE_API_TOKEN'

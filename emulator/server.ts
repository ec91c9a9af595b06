/**
 * The LightNode API emulator: an HTTP server on a loopback address that
 * keeps state, runs asynchronous tasks over time, switches between the
 * API's variants and injects faults.
 */
import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse
} from 'node:http'
import type { AddressInfo } from 'node:net'
import { controlPrefix, handleControl, type ControlTarget } from './control.js'
import { ApiError, codeForStatus, errorBody } from './errors.js'
import { FaultBook, type FaultRule, type TaskFaultRule } from './faults.js'
import { dispatch, errorReply, type ApiReply } from './handlers.js'
import {
  bodyForRecord,
  flattenHeaders,
  isLoopbackHost,
  queryRecord,
  readBody,
  sendJson,
  sendText,
  type RecordedCall
} from './http.js'
import type { InstanceRecord, TaskRecord } from './models.js'
import {
  defaultOptions,
  resolveOptions,
  type DeepPartial,
  type EmulatorOptions
} from './options.js'
import { snapshotInstance } from './render.js'
import { Store } from './store.js'
import { Throttle } from './throttle.js'

/** Body of a `malformed` fault: the start of a JSON body, cut off. */
const truncatedBody = '{"asyncTaskInfo":{"asyncTaskUUID":"cm0000'

/** Receives each API call once its response is sent or its connection dropped, with its duration in ms. */
export type CallListener = (call: RecordedCall, durationMs: number) => void

export class LightNodeEmulator implements ControlTarget {
  private current: EmulatorOptions
  private readonly faultBook = new FaultBook()
  private readonly store: Store
  private readonly throttle = new Throttle()
  private readonly recorded: RecordedCall[] = []
  private server: Server | null = null
  private baseUrl: string | null = null
  /** Pending waits, each with the function that ends it early. */
  private readonly waits = new Map<NodeJS.Timeout, (done: boolean) => void>()
  private readonly listeners = new Set<CallListener>()

  constructor(options?: DeepPartial<EmulatorOptions>) {
    this.current = resolveOptions(defaultOptions, options)
    this.store = new Store(() => this.current, this.faultBook)
  }

  /** The options in force. Change them with `configure`. */
  get options(): EmulatorOptions {
    return this.current
  }

  /** Base URL such as `http://127.0.0.1:8080`; throws before `start`. */
  get url(): string {
    if (this.baseUrl === null) throw new Error('the emulator is not started')
    return this.baseUrl
  }

  /** Every API request since the start or the last reset, oldest first. */
  get calls(): RecordedCall[] {
    return this.recorded
  }

  /** Listens on `host:port` (port 0 picks a free one); returns the base URL. */
  async start(port = 0, host = '127.0.0.1'): Promise<string> {
    if (!isLoopbackHost(host)) {
      throw new Error(
        `host ${host} is not a loopback address: use 127.0.0.1, ::1 or localhost`
      )
    }
    if (this.server) {
      throw new Error(`the emulator already listens at ${this.baseUrl}`)
    }
    const server = createServer((request, response) => {
      void this.handle(request, response)
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, host, () => {
        server.off('error', reject)
        resolve()
      })
    })
    const address = server.address() as AddressInfo
    const hostPart =
      address.family === 'IPv6' ? `[${address.address}]` : address.address
    this.server = server
    this.throttle.reset()
    this.baseUrl = `http://${hostPart}:${address.port}`
    return this.baseUrl
  }

  /** Closes the server and every open connection, and ends pending waits. */
  async stop(): Promise<void> {
    const server = this.server
    if (!server) return
    this.server = null
    this.baseUrl = null
    for (const [timer, finish] of this.waits) {
      clearTimeout(timer)
      finish(false)
    }
    this.waits.clear()
    await new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections()
    })
  }

  /** Deep-merges `options` into the options in force. */
  configure(options: DeepPartial<EmulatorOptions>): void {
    this.current = resolveOptions(this.current, options)
  }

  addFault(rule: FaultRule): void {
    this.faultBook.add(rule)
  }

  addTaskFault(rule: TaskFaultRule): void {
    this.faultBook.addTask(rule)
  }

  clearFaults(): void {
    this.faultBook.clear()
  }

  /** Returns to the seed state: no calls, tasks, faults or extra instances. */
  reset(): void {
    this.recorded.length = 0
    this.faultBook.clear()
    this.throttle.reset()
    this.store.reset()
  }

  /** Returns a copy of the recorded API calls. */
  apiCalls(): RecordedCall[] {
    return [...this.recorded]
  }

  /** Returns copies of the current instances, with elapsed time applied. */
  instances(): InstanceRecord[] {
    this.store.advance()
    return [...this.store.instances.values()].map((instance) =>
      snapshotInstance(instance, this.current)
    )
  }

  /** Returns copies of all tasks, with elapsed time applied. */
  tasks(): TaskRecord[] {
    this.store.advance()
    return [...this.store.tasks.values()].map((task) => ({ ...task }))
  }

  /** Adds a running instance with an address; see `Store.seedInstance`. */
  addInstance(partial: Partial<InstanceRecord> = {}): InstanceRecord {
    const now = Date.now()
    this.store.advance(now)
    const instance = this.store.seedInstance(partial, now)
    return snapshotInstance(instance, this.current)
  }

  /**
   * Registers `listener` for every API call whose response is sent or whose
   * connection is dropped. Returns a function that removes it.
   */
  onCall(listener: CallListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private async handle(request: IncomingMessage, response: ServerResponse) {
    try {
      const url = new URL(request.url ?? '/', 'http://emulator.invalid')
      if (url.pathname.startsWith(controlPrefix)) {
        const rawBody = await readBody(request)
        const name = url.pathname.slice(controlPrefix.length)
        const reply = handleControl(
          this,
          request.method ?? 'GET',
          name,
          rawBody
        )
        sendJson(response, reply.status, reply.body)
        return
      }
      await this.handleApi(request, response, url)
    } catch (error) {
      console.error('LightNode emulator: request failed:', error)
      if (!response.headersSent) {
        const message = error instanceof Error ? error.message : String(error)
        const body = errorBody(
          'InternalError.Unknown',
          message,
          500,
          this.current.variants
        )
        sendJson(response, 500, body)
      }
    }
  }

  private async handleApi(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL
  ): Promise<void> {
    const call: RecordedCall = {
      method: request.method ?? 'GET',
      path: url.pathname,
      query: queryRecord(url),
      body: undefined,
      headers: flattenHeaders(request),
      status: 0,
      at: Date.now()
    }
    this.recorded.push(call)
    const rawBody = await readBody(request)
    call.body = bodyForRecord(rawBody)
    const fault = this.faultBook.matchRequest(call.method, call.path)
    if (fault?.kind === 'drop-before') return this.drop(request, call)
    const faultResponse = this.faultReply(fault)
    if (faultResponse) return this.respond(response, call, faultResponse)

    const limits = this.current.variants.throttle
    const throttleReason = this.throttle.admit(Date.now(), limits)
    if (throttleReason !== null) {
      return this.respond(response, call, this.throttleReply(throttleReason))
    }
    try {
      await this.applyAndRespond(request, response, call, rawBody, fault)
    } finally {
      this.throttle.release()
    }
  }

  private async applyAndRespond(
    request: IncomingMessage,
    response: ServerResponse,
    call: RecordedCall,
    rawBody: string,
    fault: FaultRule | null
  ): Promise<void> {
    const reply = dispatch(this.store, this.current, {
      method: call.method,
      path: call.path,
      query: call.query,
      headers: call.headers,
      rawBody,
      now: Date.now()
    })
    if (fault?.kind === 'drop-after') return this.drop(request, call)
    if (fault?.kind === 'delay' && !(await this.wait(fault.delayMs ?? 0))) {
      call.status = 'dropped'
      return
    }
    await this.respond(response, call, reply)
  }

  /** Returns the reply of a `status` or `malformed` fault, or null. */
  private faultReply(
    fault: FaultRule | null
  ): (ApiReply & { text?: string }) | null {
    if (fault?.kind === 'malformed') {
      return { status: 200, body: null, text: truncatedBody, headers: {} }
    }
    if (fault?.kind !== 'status') return null
    const status = fault.status ?? 500
    const headers: Record<string, string> = {}
    if (fault.retryAfter !== undefined) {
      headers['retry-after'] = String(fault.retryAfter)
    }
    const body =
      fault.body !== undefined
        ? fault.body
        : errorBody(
            codeForStatus(status),
            `injected fault: HTTP ${status}`,
            status,
            this.current.variants
          )
    return { status, body, headers }
  }

  private throttleReply(reason: string): ApiReply {
    const retryAfter = String(this.current.variants.throttle.retryAfterSeconds)
    const error = new ApiError(
      'Throttling.TooManyRequests',
      `request rate limit exceeded: ${reason}; retry after ${retryAfter} s`,
      429,
      { 'retry-after': retryAfter }
    )
    return errorReply(error, this.current)
  }

  /** Sends the reply after the configured latency, unless the server stops first. */
  private async respond(
    response: ServerResponse,
    call: RecordedCall,
    reply: ApiReply & { text?: string }
  ): Promise<void> {
    if (!(await this.wait(this.current.latencyMs))) {
      call.status = 'dropped'
      return
    }
    const text = reply.text ?? JSON.stringify(reply.body)
    call.status = reply.status
    sendText(response, reply.status, text, reply.headers)
    this.notify(call)
  }

  private drop(request: IncomingMessage, call: RecordedCall): void {
    call.status = 'dropped'
    request.socket.destroy()
    this.notify(call)
  }

  private notify(call: RecordedCall): void {
    const duration = Date.now() - call.at
    for (const listener of this.listeners) listener(call, duration)
  }

  /** Waits `ms`; resolves false when `stop()` ends the wait early. */
  private wait(ms: number): Promise<boolean> {
    if (ms <= 0) return Promise.resolve(true)
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waits.delete(timer)
        resolve(true)
      }, ms)
      this.waits.set(timer, resolve)
    })
  }
}

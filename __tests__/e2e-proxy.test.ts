import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request as httpRequest, createServer, type Server } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import { connect, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { generate } from 'selfsigned'
import {
  CREATE_INPUTS,
  errors,
  leakedSecrets,
  startEmulator,
  type TestEmulator
} from './helpers/e2e.js'

/** A name that never resolves: only the proxy maps it to an address. */
const API_HOST = 'lightnode.test'

let env: TestEmulator
let folder: string
let certFile: string
let tlsFront: Server
let proxy: Server
let proxyUrl = ''
const tunnels: string[] = []
const sockets = new Set<Socket>()

function portOf(server: Server): number {
  return (server.address() as { port: number }).port
}

/** Starts an HTTPS front for the emulator with a certificate for API_HOST. */
async function startTlsFront(): Promise<void> {
  const pems = await generate([{ name: 'commonName', value: API_HOST }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'subjectAltName', altNames: [{ type: 2, value: API_HOST }] }
    ]
  })
  certFile = join(folder, 'cert.pem')
  writeFileSync(certFile, pems.cert)
  const target = new URL(env.emulator.url)
  tlsFront = createTlsServer(
    { key: pems.private, cert: pems.cert },
    (incoming, outgoing) => {
      const forward = httpRequest(
        {
          host: '127.0.0.1',
          port: target.port,
          method: incoming.method,
          path: incoming.url,
          headers: incoming.headers
        },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(outgoing)
        }
      )
      incoming.pipe(forward)
    }
  )
  await new Promise<void>((resolve) => tlsFront.listen(0, '127.0.0.1', resolve))
}

/** Starts a CONNECT proxy that tunnels every request to the HTTPS front. */
async function startProxy(): Promise<void> {
  proxy = createServer((_, response) => {
    response.writeHead(405)
    response.end()
  })
  proxy.on('connect', (request, client: Socket, head: Buffer) => {
    tunnels.push(String(request.url))
    const upstream = connect(portOf(tlsFront), '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on('error', () => socket.destroy())
      socket.on('close', () => sockets.delete(socket))
    }
  })
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
  proxyUrl = `http://127.0.0.1:${portOf(proxy)}`
}

beforeAll(async () => {
  env = await startEmulator()
  folder = mkdtempSync(join(tmpdir(), 'lightnode-proxy-'))
  await startTlsFront()
  await startProxy()
})

afterAll(async () => {
  for (const socket of sockets) socket.destroy()
  await new Promise((resolve) => proxy.close(resolve))
  await new Promise((resolve) => tlsFront.close(resolve))
  await env.emulator.stop()
  rmSync(folder, { recursive: true, force: true })
})

describe('proxies', () => {
  it('sends every request through https_proxy', async () => {
    const before = env.emulator.calls.length
    const result = await env.step(
      {
        ...CREATE_INPUTS,
        'instance-name': 'behind-proxy',
        'api-url': `https://${API_HOST}`
      },
      { https_proxy: proxyUrl, NODE_EXTRA_CA_CERTS: certFile }
    )
    expect(errors(result)).toBe('')
    expect(result.outputs.status).toBe('STARTED')
    expect(tunnels.length).toBeGreaterThan(0)
    expect(new Set(tunnels)).toEqual(new Set([`${API_HOST}:443`]))
    expect(env.emulator.calls.length).toBeGreaterThan(before)
  })

  it('reads the upper-case variable too', async () => {
    const before = tunnels.length
    const result = await env.step(
      { operation: 'regions', 'api-url': `https://${API_HOST}` },
      { HTTPS_PROXY: proxyUrl, NODE_EXTRA_CA_CERTS: certFile }
    )
    expect(errors(result)).toBe('')
    expect(tunnels.length).toBeGreaterThan(before)
  })

  it('bypasses the proxy for loopback', async () => {
    const before = tunnels.length
    const result = await env.step(
      { operation: 'regions' },
      { https_proxy: proxyUrl, http_proxy: proxyUrl }
    )
    expect(errors(result)).toBe('')
    expect(tunnels).toHaveLength(before)
  })

  it('rejects an untrusted certificate', async () => {
    const result = await env.step(
      {
        operation: 'regions',
        'api-url': `https://${API_HOST}`,
        'max-retries': '0'
      },
      { https_proxy: proxyUrl }
    )
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toMatch(/certificate/i)
  })

  it('never leaks secrets', () => {
    expect(leakedSecrets()).toEqual([])
  })
})

export const id = 573;
export const ids = [573];
export const modules = {

/***/ 6468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rm: () => (/* binding */ LightNodeApiError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   vq: () => (/* binding */ systemErrorCode)
/* harmony export */ });
/** A failed LightNode API call: HTTP status, API error code and message. */
class LightNodeApiError extends Error {
    kind;
    method;
    path;
    status;
    code;
    apiMessage;
    retryAfterMs;
    ambiguous;
    constructor(message, details) {
        super(message, { cause: details.cause });
        this.name = 'LightNodeApiError';
        this.kind = details.kind;
        this.method = details.method;
        this.path = details.path;
        this.status = details.status;
        this.code = details.code;
        this.apiMessage = details.apiMessage;
        this.retryAfterMs = details.retryAfterMs;
        this.ambiguous = details.ambiguous ?? false;
    }
    /** Whether the same call may be sent again. */
    get transient() {
        return [
            'throttled',
            'busy',
            'server',
            'network',
            'timeout',
            'malformed'
        ].includes(this.kind);
    }
}
/** Reads an error's message, also from values that are not Error instances. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'object' && error !== null && 'message' in error) {
        return String(error.message);
    }
    return String(error);
}
/** Reads a Node system error code such as ECONNREFUSED, if there is one. */
function systemErrorCode(error) {
    if (typeof error === 'object' && error !== null && 'code' in error) {
        const code = error.code;
        return typeof code === 'string' ? code : undefined;
    }
    return undefined;
}


/***/ }),

/***/ 8294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gV: () => (/* binding */ LightNodeClient),
  XN: () => (/* binding */ isUnknownResource)
});

// UNUSED EXPORTS: PAGE_SIZE

// EXTERNAL MODULE: ./src/client/errors.ts
var errors = __webpack_require__(6468);
// EXTERNAL MODULE: ./src/client/models.ts
var models = __webpack_require__(157);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(3340);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(4942);
// EXTERNAL MODULE: ./src/deadline.ts
var deadline = __webpack_require__(6683);
// EXTERNAL MODULE: ./src/validation.ts
var validation = __webpack_require__(4344);
;// CONCATENATED MODULE: ./src/client/transport.ts





/** Network failures that happen before a request reaches the server. */
const NOT_SENT_CODES = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN'];
const MAX_BACKOFF_MS = 30_000;
/**
 * Sends requests to the LightNode API: the token header, JSON bodies, a
 * timeout per request, lenient error parsing and retries with backoff.
 * GET calls are retried on any transient failure. A write call is retried
 * only when the API cannot have acted on it: HTTP 429 or a refused
 * connection. Other failures of a write throw with `ambiguous` set, so that
 * the caller can check the API's state before sending it again.
 */
class Transport {
    options;
    http;
    /** Grows with each HTTP 429, so that later polls of the step slow down. */
    throttleFactor = 1;
    /** Requests sent, retries included. */
    requestCount = 0;
    constructor(options) {
        this.options = options;
        this.http = new lib/* HttpClient */.Qq(options.userAgent ?? 'lightnode-action', [], {
            socketTimeout: options.requestTimeoutMs,
            keepAlive: true,
            allowRetries: false,
            allowRedirects: false
        });
    }
    closed = false;
    /** Closes the connections; a retry that is still waiting gives up. */
    dispose() {
        this.closed = true;
        this.http.dispose();
    }
    async get(path, query = {}) {
        return this.send('GET', path + queryString(query), undefined);
    }
    async post(path, body) {
        return this.send('POST', path, body);
    }
    async send(method, path, body) {
        for (let attempt = 1;; attempt++) {
            if (this.options.deadline.expired()) {
                throw new errors/* LightNodeApiError */.Rm(`${method} ${stripQuery(path)} was not sent: the step's timeout of ` +
                    `${this.options.deadline.describe()} has passed`, { kind: 'timeout', method, path });
            }
            try {
                return await this.attempt(method, path, body);
            }
            catch (error) {
                if (!(error instanceof errors/* LightNodeApiError */.Rm))
                    throw error;
                if (!this.mayRetry(error, method, attempt))
                    throw error;
                await this.backOff(error, method, path, attempt);
            }
        }
    }
    mayRetry(error, method, attempt) {
        if (this.closed)
            return false;
        if (!error.transient || attempt > this.options.maxRetries)
            return false;
        if (this.options.deadline.expired())
            return false;
        return method === 'GET' || !error.ambiguous;
    }
    /**
     * Waits before the next attempt: exponential backoff with jitter, at
     * least as long as Retry-After requests. Throws the error instead when the
     * wait would outlast the step's deadline.
     */
    async backOff(error, method, path, attempt) {
        const exponential = Math.min(MAX_BACKOFF_MS, 500 * 2 ** (attempt - 1));
        const jittered = exponential / 2 + Math.random() * (exponential / 2);
        const wait = Math.max(jittered, error.retryAfterMs ?? 0);
        if (wait >= this.options.deadline.remainingMs())
            throw error;
        core/* info */.pq(`Retrying ${method} ${stripQuery(path)} in ${(0,validation/* formatDuration */.a3)(wait)} ` +
            `(attempt ${attempt + 1} of ${this.options.maxRetries + 1}): ` +
            error.message);
        await (0,deadline/* sleep */.yy)(wait, this.options.deadline);
    }
    async attempt(method, path, body) {
        const started = performance.now();
        this.requestCount++;
        let exchange;
        try {
            exchange = await this.exchange(method, path, body);
        }
        catch (error) {
            throw networkError(error, method, path, this.options.requestTimeoutMs);
        }
        const { status, text } = exchange;
        const ms = Math.round(performance.now() - started);
        core/* debug */.Yz(`${method} ${path} -> HTTP ${status} (${ms} ms)`);
        if (status === 429) {
            this.throttleFactor = Math.min(this.throttleFactor * 2, 8);
        }
        return interpret(method, path, status, text, exchange);
    }
    /** Sends one request and reads the whole response, within the limits. */
    async exchange(method, path, body) {
        const headers = {
            'x-open-token': this.options.token,
            Accept: 'application/json'
        };
        if (method === 'POST')
            headers['Content-Type'] = 'application/json';
        const data = method === 'POST' ? JSON.stringify(body) : null;
        const response = await this.withDeadline(this.http.request(method, this.options.baseUrl + path, data, headers), method, path);
        const message = response.message;
        const text = await this.withDeadline(readBody(message, this.options.requestTimeoutMs), method, path);
        return {
            status: message.statusCode ?? 0,
            text,
            retryAfter: headerValue(message.headers['retry-after']),
            location: headerValue(message.headers.location)
        };
    }
    async withDeadline(promise, method, path) {
        const remaining = this.options.deadline.remainingMs();
        let timer;
        const expiry = new Promise((_, reject) => {
            timer = setTimeout(() => {
                reject(new errors/* LightNodeApiError */.Rm(`${method} ${stripQuery(path)} was cut off by the step's ` +
                    `timeout of ${this.options.deadline.describe()}`, { kind: 'timeout', method, path, ambiguous: true }));
            }, remaining);
        });
        try {
            return await Promise.race([promise, expiry]);
        }
        finally {
            clearTimeout(timer);
        }
    }
}
/**
 * Reads a response body, failing when the body stalls for longer than the
 * request timeout or the connection closes before it ends.
 */
function readBody(message, timeoutMs) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let timer = setTimeout(stalled, timeoutMs);
        function stalled() {
            message.destroy();
            reject(new Error(`Request timeout: the body stalled for ${timeoutMs} ms`));
        }
        message.on('data', (chunk) => {
            chunks.push(chunk);
            clearTimeout(timer);
            timer = setTimeout(stalled, timeoutMs);
        });
        message.on('end', () => {
            clearTimeout(timer);
            resolve(Buffer.concat(chunks).toString('utf8'));
        });
        message.on('error', (error) => {
            clearTimeout(timer);
            reject(error);
        });
        message.on('close', () => {
            clearTimeout(timer);
            if (!message.complete) {
                const error = new Error('the connection closed before the body ended');
                reject(Object.assign(error, { code: 'ECONNRESET' }));
            }
        });
    });
}
function headerValue(value) {
    return Array.isArray(value) ? value[0] : value;
}
function queryString(query) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
        if (value !== undefined && value !== '')
            params.set(key, String(value));
    }
    const text = params.toString();
    return text ? `?${text}` : '';
}
function stripQuery(path) {
    const index = path.indexOf('?');
    return index === -1 ? path : path.slice(0, index);
}
function networkError(error, method, path, requestTimeoutMs) {
    if (error instanceof errors/* LightNodeApiError */.Rm)
        return error;
    const code = (0,errors/* systemErrorCode */.vq)(error);
    const message = (0,errors/* errorMessage */.gJ)(error);
    const timedOut = /timeout/i.test(message) ||
        code === 'ETIMEDOUT' ||
        code === 'ESOCKETTIMEDOUT';
    const notSent = code !== undefined && NOT_SENT_CODES.includes(code);
    const kind = timedOut ? 'timeout' : 'network';
    const what = timedOut
        ? `got no response within the request timeout of ${(0,validation/* formatDuration */.a3)(requestTimeoutMs)}`
        : `failed: ${message}${code && !message.includes(code) ? ` (${code})` : ''}`;
    return new errors/* LightNodeApiError */.Rm(`${method} ${stripQuery(path)} ${what}`, {
        kind,
        method,
        path,
        ambiguous: !notSent,
        cause: error
    });
}
/** Parses a Retry-After header given in seconds or as an HTTP date. */
function parseRetryAfter(value) {
    if (value === undefined || value.trim() === '')
        return undefined;
    if (/^\d+(\.\d+)?$/.test(value.trim()))
        return Number(value) * 1000;
    const date = Date.parse(value);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - Date.now());
}
/**
 * Flattens text from the API to one line, so that it cannot start a
 * workflow command such as ::error when it is logged.
 */
function clean(text) {
    return text.replace(/[\r\n\u2028\u2029]+/g, ' ');
}
function snippet(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    if (flat === '')
        return '[empty body]';
    return flat.length > 120 ? `'${flat.slice(0, 120)}...'` : `'${flat}'`;
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** Reads `code`, which the API sends as a string or a number. */
function apiCode(body) {
    const code = body.code;
    if (typeof code === 'string' || typeof code === 'number')
        return String(code);
    return undefined;
}
function apiText(body) {
    for (const key of ['message', 'msg']) {
        const value = body[key];
        if (typeof value === 'string' && value !== '')
            return clean(value);
    }
    return undefined;
}
/** Checks whether a parsed body reports a failure, even under a 2xx status. */
function bodyFails(body) {
    if (body.success === false)
        return true;
    const code = apiCode(body);
    return code !== undefined && code !== '0' && code !== '200';
}
/**
 * Returns the status that classifies a failure: the HTTP status, or for a failure
 * sent with a 2xx status, the `httpStatus` or numeric `code` of the body.
 */
function effectiveStatus(status, body) {
    if (status < 200 || status >= 300)
        return status;
    for (const value of [body.httpStatus, body.code]) {
        const number = Number(value);
        if (Number.isInteger(number) && number >= 400 && number < 600)
            return number;
    }
    return 400;
}
/** Codes and texts with which the API reports an unknown id. */
const NOT_FOUND_TEXT = /not.?found|not.?exist|no such|expired/i;
function statusKind(status, body) {
    const code = apiCode(body) ?? '';
    if (status === 401 || status === 403 || /^Authenticated\./.test(code)) {
        return 'auth';
    }
    if (status === 429)
        return 'throttled';
    if (status === 408 || status === 409 || status === 425)
        return 'busy';
    if (status >= 500)
        return 'server';
    const text = `${code} ${apiText(body) ?? ''}`;
    if (status === 404 || NOT_FOUND_TEXT.test(text))
        return 'not-found';
    return 'rejected';
}
/** Builds the error for a response whose body is not a JSON object. */
function unreadable(method, path, status, text, retryAfterMs) {
    const ok = status >= 200 && status < 300;
    let kind = 'rejected';
    if (ok || status >= 500)
        kind = 'malformed';
    if (status === 429)
        kind = 'throttled';
    if (status === 408 || status === 409 || status === 425)
        kind = 'busy';
    if (status === 401 || status === 403)
        kind = 'auth';
    if (status === 404)
        kind = 'not-found';
    const hint = status === 404 ? ' Check api-url.' : '';
    return fail(`${method} ${stripQuery(path)} returned HTTP ${status} with a body that ` +
        `is not a JSON object: ${snippet(text)}.${hint}`, {
        kind,
        method,
        path,
        status,
        ambiguous: kind === 'malformed',
        retryAfterMs
    });
}
function interpret(method, path, status, text, headers) {
    const parsed = parseJson(text);
    const body = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
        ? parsed
        : undefined;
    const ok = status >= 200 && status < 300;
    const where = `${method} ${stripQuery(path)}`;
    const retryAfterMs = parseRetryAfter(headers.retryAfter);
    if (ok && body !== undefined && !bodyFails(body))
        return body;
    if (status >= 300 && status < 400) {
        return fail(`${where} was redirected (HTTP ${status}) to ` +
            `${clean(headers.location ?? 'an unknown location')}. The action ` +
            `does not follow redirects, so that the token goes only to ` +
            `api-url. Check api-url.`, { kind: 'rejected', method, path, status });
    }
    if (body === undefined) {
        return unreadable(method, path, status, text, retryAfterMs);
    }
    const code = apiCode(body);
    const apiMessage = apiText(body);
    const kind = statusKind(effectiveStatus(status, body), body);
    const detail = [code, apiMessage].filter(Boolean).join(': ');
    return fail(`${where} failed with HTTP ${status}${detail ? `: ${detail}` : ''}`, {
        kind,
        method,
        path,
        status,
        code,
        apiMessage,
        ambiguous: kind === 'server',
        retryAfterMs
    });
}
function fail(message, details) {
    throw new errors/* LightNodeApiError */.Rm(message, details);
}

;// CONCATENATED MODULE: ./src/client/lightnode.ts



/** The largest page size the API accepts. */
const PAGE_SIZE = 50;
const MAX_PAGES = 1000;
/** Checks whether an error reports that the requested id is unknown. */
function isUnknownResource(error) {
    return error instanceof errors/* LightNodeApiError */.Rm && error.kind === 'not-found';
}
/** One method per endpoint of the LightNode OpenAPI. */
class LightNodeClient {
    transport;
    constructor(options) {
        this.transport = new Transport(options);
    }
    dispose() {
        this.transport.dispose();
    }
    async createInstance(request) {
        const packageConfig = { ...request };
        for (const key of Object.keys(packageConfig)) {
            if (packageConfig[key] === undefined)
                delete packageConfig[key];
        }
        return this.write('/instance/create', { packageConfig });
    }
    async releaseInstance(ecsResourceUUID) {
        return this.write('/instance/release', { ecsResourceUUID });
    }
    async stopInstance(ecsResourceUUID, force) {
        const body = { ecsResourceUUID };
        if (force)
            body.forceStop = true;
        return this.write('/instance/stop', body);
    }
    async startInstance(ecsResourceUUID) {
        return this.write('/instance/start', { ecsResourceUUID });
    }
    async restartInstance(ecsResourceUUID) {
        return this.write('/instance/restart', { ecsResourceUUID });
    }
    async reinstallSystem(request) {
        return this.write('/instance/reinstallSystem', {
            ...request,
            sshKeyResourceUUID: request.sshKeyResourceUUID ?? null
        });
    }
    async modifyPassword(ecsResourceUUID, password, regionCode) {
        return this.write('/instance/modifyInstancePassword', {
            ecsResourceUUID,
            password,
            regionCode
        });
    }
    /**
     * Reads one instance. Returns undefined when the API reports it unknown:
     * HTTP 404 with an error body, or another error body whose code or
     * message reports not found.
     */
    async getInstance(ecsResourceUUID) {
        try {
            const body = await this.transport.get('/instance/detail', {
                ecsResourceUUID
            });
            return (0,models/* parseInstanceDetail */.Ii)(body);
        }
        catch (error) {
            if (isUnknownResource(error))
                return undefined;
            throw error;
        }
    }
    async getTaskResult(asyncTaskUUID) {
        const body = await this.transport.get('/asynctask/getResult', {
            asyncTaskUUID
        });
        return (0,models/* parseTaskResult */.MB)(body);
    }
    async listInstances(regionCode, zoneCode) {
        const rows = await this.listPages('/instance/list', ['instances'], {
            regionCode,
            zoneCode
        });
        return rows.map(models/* parseInstance */.LW).filter((row) => row.ecsResourceUUID !== '');
    }
    async listRegions() {
        const body = await this.transport.get('/region/list');
        return (0,models/* extractList */.CR)(body, ['regions'])
            .map(models/* parseRegion */.cf)
            .filter((region) => region.regionCode !== '');
    }
    async listPackages(regionCode, zoneCode) {
        const body = await this.transport.get('/package/list', {
            regionCode,
            zoneCode
        });
        return (0,models/* extractList */.CR)(body, ['packages'])
            .map(models/* parsePackage */.C)
            .filter((item) => item.packageCode !== '');
    }
    async listImages(regionCode, imageType) {
        const rows = await this.listPages('/image/list', ['images'], {
            regionCode,
            imageType
        });
        return rows
            .map(models/* parseImage */.zZ)
            .filter((image) => image.imageResourceUUID !== '');
    }
    async listFirewalls(regionCode) {
        const rows = await this.listPages('/firewall/list', ['firewalls'], {
            regionCode
        });
        return rows.map(models/* parseFirewall */.K8).filter((item) => item.firewallUUID !== '');
    }
    async listSshKeys() {
        const body = await this.transport.get('/sshKey/list');
        return (0,models/* extractList */.CR)(body, ['sshKeys', 'sshKeyList', 'keyPairs', 'keys'])
            .map(models/* parseSshKey */.PD)
            .filter((key) => key.sshKeyUUID !== '');
    }
    async write(path, body) {
        const ack = (0,models/* parseTaskAck */.mv)(await this.transport.post(path, body));
        if (!ack.taskId) {
            throw new errors/* LightNodeApiError */.Rm(`POST ${path} succeeded but its response has no task id ` +
                `(asyncTaskInfo.asyncTaskUUID or asyncTaskUUID): ` +
                JSON.stringify(ack.raw).slice(0, 200), { kind: 'malformed', method: 'POST', path, ambiguous: true });
        }
        return ack;
    }
    /**
     * Fetches every page of a list: 50 rows a page from page 1, until
     * `rowCount` rows are collected or a page comes back short.
     */
    async listPages(path, keys, query) {
        const rows = [];
        for (let page = 1; page <= MAX_PAGES; page++) {
            const body = await this.transport.get(path, {
                ...query,
                page,
                pageSize: PAGE_SIZE
            });
            const items = (0,models/* extractList */.CR)(body, keys);
            rows.push(...items);
            const total = Number((0,models/* text */.Qq)(body.rowCount));
            const knownTotal = (0,models/* text */.Qq)(body.rowCount) !== '' && Number.isFinite(total);
            if (items.length === 0)
                break;
            if (knownTotal ? rows.length >= total : items.length < PAGE_SIZE)
                break;
        }
        return rows;
    }
}


/***/ }),

/***/ 157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ parsePackage),
/* harmony export */   CR: () => (/* binding */ extractList),
/* harmony export */   Ii: () => (/* binding */ parseInstanceDetail),
/* harmony export */   K8: () => (/* binding */ parseFirewall),
/* harmony export */   LW: () => (/* binding */ parseInstance),
/* harmony export */   MB: () => (/* binding */ parseTaskResult),
/* harmony export */   PD: () => (/* binding */ parseSshKey),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   cf: () => (/* binding */ parseRegion),
/* harmony export */   fm: () => (/* binding */ hasPublicIp),
/* harmony export */   mv: () => (/* binding */ parseTaskAck),
/* harmony export */   xB: () => (/* binding */ isIdle),
/* harmony export */   zZ: () => (/* binding */ parseImage)
/* harmony export */ });
/* unused harmony exports isRecord, num */
/**
 * Typed views of the API's responses. The API publishes few field tables, so
 * every reader here accepts missing fields, `null`, and numbers sent as
 * strings, and keeps the raw object for the JSON outputs.
 */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * Reads a string field. Line breaks become spaces, so that API text cannot
 * start a workflow command such as ::error when it is logged.
 */
function text(value) {
    if (typeof value === 'string') {
        return value.replace(/[\r\n\u2028\u2029]+/g, ' ');
    }
    if (typeof value === 'number')
        return String(value);
    return '';
}
function num(value) {
    if (typeof value === 'number' && Number.isFinite(value))
        return value;
    if (typeof value === 'string' && value.trim() !== '') {
        const parsed = Number(value);
        return Number.isFinite(parsed) ? parsed : undefined;
    }
    return undefined;
}
/** Reads an instance from a detail response, wrapped in `instance` or bare. */
function parseInstanceDetail(body) {
    const candidate = isRecord(body.instance) ? body.instance : body;
    return text(candidate.ecsResourceUUID) ? parseInstance(candidate) : undefined;
}
function parseInstance(raw) {
    return {
        ecsResourceUUID: text(raw.ecsResourceUUID),
        instanceName: text(raw.instanceName),
        ecsStatus: text(raw.ecsStatus).toUpperCase(),
        ecsPendingStatus: text(raw.ecsPendingStatus).toUpperCase(),
        publicIpAddress: text(raw.publicIpAddress).trim(),
        internalIpAddress: text(raw.internalIpAddress).trim(),
        regionCode: text(raw.regionCode),
        zoneCode: text(raw.zoneCode),
        cpu: num(raw.cpu),
        memory: num(raw.memory),
        systemDiskSize: num(raw.systemDiskSize),
        createTime: text(raw.createTime),
        raw
    };
}
/** Checks for a public IP; an empty or all-zero address is not assigned yet. */
function hasPublicIp(instance) {
    const ip = instance.publicIpAddress;
    return ip !== '' && ip !== '0.0.0.0' && ip !== '::';
}
/** Checks whether no operation is pending on the instance. */
function isIdle(instance) {
    return instance.ecsPendingStatus === 'NONE';
}
/**
 * Finds the list in a list response: under one of the expected keys, else the
 * only array in the body, else the only array inside a `data` object.
 */
function extractList(body, keys) {
    for (const key of keys) {
        if (Array.isArray(body[key]))
            return body[key].filter(isRecord);
    }
    const arrays = Object.values(body).filter(Array.isArray);
    if (arrays.length === 1)
        return arrays[0].filter(isRecord);
    if (isRecord(body.data))
        return extractList(body.data, keys);
    if (Array.isArray(body.data))
        return body.data.filter(isRecord);
    return [];
}
function parseRegion(raw) {
    const zones = Array.isArray(raw.zones) ? raw.zones.filter(isRecord) : [];
    return {
        regionCode: text(raw.regionCode),
        regionName: text(raw.regionName),
        zones: zones
            .map((zone) => ({
            zoneCode: text(zone.zoneCode),
            zoneName: text(zone.zoneName)
        }))
            .filter((zone) => zone.zoneCode !== ''),
        raw
    };
}
function parsePackage(raw) {
    return {
        packageCode: text(raw.packageCode),
        regionCode: text(raw.regionCode),
        zoneCode: text(raw.zoneCode),
        cpu: num(raw.cpu),
        memory: num(raw.memory),
        systemDiskSize: num(raw.systemDiskSize),
        dataDiskSize: num(raw.dataDiskSize),
        bandwidth: num(raw.bandwidth),
        freeFlow: num(raw.freeFlow),
        raw
    };
}
function parseImage(raw) {
    return {
        imageResourceUUID: text(raw.imageResourceUUID),
        imageName: text(raw.imageName),
        imageType: text(raw.imageType),
        osDistroVersion: text(raw.osDistroVersion),
        osVersionDetail: text(raw.osVersionDetail),
        raw
    };
}
function parseFirewall(raw) {
    return {
        firewallUUID: text(raw.firewallUUID),
        firewallName: text(raw.firewallName),
        firewallStatus: text(raw.firewallStatus).toUpperCase(),
        raw
    };
}
/** Reads an SSH key whose field names the API does not publish. */
function parseSshKey(raw) {
    const id = text(raw.sshKeyUUID) ||
        text(raw.sshKeyResourceUUID) ||
        text(raw.keyPairUUID) ||
        text(raw.id);
    const name = text(raw.sshKeyName) ||
        text(raw.keyName) ||
        text(raw.keyPairName) ||
        text(raw.name);
    return { sshKeyUUID: id, name, raw };
}
/** Reads the task id from either acknowledgement shape. */
function parseTaskAck(body) {
    const info = isRecord(body.asyncTaskInfo) ? body.asyncTaskInfo : {};
    const taskId = text(info.asyncTaskUUID) || text(body.asyncTaskUUID);
    const instanceId = text(info.ecsResourceUUID) || text(body.ecsResourceUUID);
    return {
        taskId: taskId || undefined,
        instanceId: instanceId || undefined,
        raw: body
    };
}
const FAILURE_TEXT_FIELDS = [
    'errorMessage',
    'failMessage',
    'errMsg',
    'remark',
    'message',
    'msg'
];
/**
 * Classifies a task response. Success is FINISHED with SUCCESS. Failure is
 * a FAIL or CANCEL result, or FINISHED with any other result. Everything
 * else, missing fields included, is still pending.
 */
function parseTaskResult(body) {
    const info = isRecord(body.asyncTaskInfo) ? body.asyncTaskInfo : body;
    const taskStatus = text(info.taskStatus).toUpperCase();
    const processResult = text(info.processResult).toUpperCase();
    let state = 'pending';
    if (taskStatus === 'FINISHED' && processResult === 'SUCCESS') {
        state = 'success';
    }
    else if (['FAIL', 'CANCEL', 'FAILED', 'CANCELED', 'CANCELLED'].includes(processResult) ||
        taskStatus === 'FINISHED' ||
        taskStatus === 'FAILED') {
        state = 'failure';
    }
    const message = FAILURE_TEXT_FIELDS.map((key) => text(info[key]) || text(body[key])).find((value) => value !== '');
    return { state, taskStatus, processResult, message, raw: body };
}


/***/ }),

/***/ 1381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ createContext)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(3340);
;// CONCATENATED MODULE: ./src/similar.ts
/** Counts the single-character edits that turn `a` into `b`. */
function editDistance(a, b) {
    const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = previous[0];
        previous[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = previous[j];
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + cost);
            diagonal = above;
        }
    }
    return previous[b.length];
}
/** Lists candidates for an error message, the closest to `value` first. */
function closest(value, candidates, max = 8) {
    const target = value.toLowerCase();
    const unique = [...new Set(candidates.filter(Boolean))];
    if (unique.length === 0)
        return '(none)';
    const sorted = unique
        .map((name) => ({
        name,
        distance: editDistance(target, name.toLowerCase())
    }))
        .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
        .map((entry) => entry.name);
    const shown = sorted.slice(0, max).join(', ');
    return sorted.length > max
        ? `${shown} and ${sorted.length - max} more`
        : shown;
}

// EXTERNAL MODULE: ./src/validation.ts
var validation = __webpack_require__(4344);
;// CONCATENATED MODULE: ./src/catalog.ts



/**
 * Resolves what a user wrote (codes, names, sizes, OS names) to the ids the
 * API takes. Each list is fetched once per step (again only after a failure).
 */
class Catalog {
    client;
    cache = new Map();
    constructor(client) {
        this.client = client;
    }
    cached(key, load) {
        let entry = this.cache.get(key);
        if (entry === undefined) {
            entry = load();
            this.cache.set(key, entry);
            entry.catch(() => this.cache.delete(key));
        }
        return entry;
    }
    regions() {
        return this.cached('regions', () => this.client.listRegions());
    }
    packages(regionCode, zoneCode) {
        return this.cached(`packages:${regionCode}:${zoneCode}`, () => this.client.listPackages(regionCode, zoneCode));
    }
    images(regionCode, imageType) {
        return this.cached(`images:${regionCode}:${imageType}`, () => this.client.listImages(regionCode, imageType));
    }
    firewalls(regionCode) {
        return this.cached(`firewalls:${regionCode}`, () => this.client.listFirewalls(regionCode));
    }
    sshKeys() {
        return this.cached('ssh-keys', () => this.client.listSshKeys());
    }
    /** Finds a region by code or by name (case-insensitive). */
    async region(input, value) {
        const regions = await this.regions();
        const lower = value.toLowerCase();
        const match = regions.find((region) => region.regionCode.toLowerCase() === lower) ??
            regions.find((region) => region.regionName.toLowerCase() === lower);
        if (match)
            return match;
        throw new validation/* InputError */.dz(`Region ${(0,validation/* quote */.hD)(value)} (input ${input}) was not found. Known regions: ` +
            `${closest(value, regions.map((region) => region.regionCode))}. ` +
            `A sold-out region is not listed and takes no new servers.`);
    }
    /** Returns the given zone after checking it, or the region's first zone. */
    zone(input, region, value) {
        const codes = region.zones.map((zone) => zone.zoneCode);
        if (value === undefined) {
            if (codes.length > 0)
                return codes[0];
            return `${region.regionCode}-a`;
        }
        const match = codes.find((code) => code.toLowerCase() === value.toLowerCase());
        if (match)
            return match;
        throw new validation/* InputError */.dz(`Zone ${(0,validation/* quote */.hD)(value)} (input ${input}) is not in region ` +
            `${region.regionCode}. Its zones: ${closest(value, codes)}.`);
    }
    /**
     * Finds a package by code, or by a size such as `2c4g` or
     * `cpu=2,memory=4,disk=50`: the smallest package that has exactly that
     * many vCPUs and GB of memory (and at least that much disk).
     */
    async package(input, value, regionCode, zoneCode) {
        const packages = await this.packages(regionCode, zoneCode);
        const byCode = packages.find((item) => item.packageCode === value);
        if (byCode)
            return byCode;
        const spec = parsePackageSpec(value);
        const fits = spec
            ? packages.filter((item) => fitsSpec(item, spec)).sort(bySize)
            : [];
        if (fits.length > 0)
            return fits[0];
        const sizes = packages.map((item) => `${item.packageCode} (${item.cpu ?? '?'}c${item.memory ?? '?'}g)`);
        throw new validation/* InputError */.dz(`Package ${(0,validation/* quote */.hD)(value)} (input ${input}) matches no package in ` +
            `${zoneCode}. Use a package code or a size such as 2c4g. Packages ` +
            `there: ${closest(value, sizes)}.`);
    }
    /**
     * Finds an image by id, by exact name, or by OS such as `Debian 12`
     * (the newest image whose osDistroVersion or name starts with it).
     */
    async image(input, value, regionCode, imageType) {
        const images = await this.images(regionCode, imageType);
        const lower = value.toLowerCase();
        const exact = images.find((image) => image.imageResourceUUID === value) ??
            images.find((image) => image.imageName.toLowerCase() === lower);
        if (exact)
            return exact;
        const byOs = images
            .filter((image) => [image.osDistroVersion, image.imageName].some((name) => startsWithWord(name.toLowerCase(), lower)))
            .sort((a, b) => compareVersions(imageVersion(b), imageVersion(a)));
        if (byOs.length > 0)
            return byOs[0];
        const names = images.flatMap((image) => [
            image.imageResourceUUID,
            image.osDistroVersion || image.imageName
        ]);
        throw new validation/* InputError */.dz(`Image ${(0,validation/* quote */.hD)(value)} (input ${input}) was not found among the ` +
            `${imageType} images of ${regionCode}. Use an image id, name or OS ` +
            `such as Debian 12. Images there: ${closest(value, names)}.`);
    }
    /** Finds an SSH key by id or by name. */
    async sshKey(input, value) {
        const keys = await this.sshKeys();
        const match = keys.find((key) => key.sshKeyUUID === value) ??
            keys.find((key) => key.name === value);
        if (match)
            return match;
        throw new validation/* InputError */.dz(`SSH key ${(0,validation/* quote */.hD)(value)} (input ${input}) was not found. Keys of this ` +
            `account: ${closest(value, keys.flatMap((key) => [key.sshKeyUUID, key.name]))}.`);
    }
    /** Finds a security group by id or by name in a region. */
    async firewall(input, value, regionCode) {
        const firewalls = await this.firewalls(regionCode);
        const matches = firewalls.filter((item) => item.firewallUUID === value || item.firewallName === value);
        if (matches.length > 1) {
            throw new validation/* InputError */.dz(`Security group name ${(0,validation/* quote */.hD)(value)} (input ${input}) is ambiguous ` +
                `in ${regionCode}: ${matches.map((item) => item.firewallUUID).join(', ')}. ` +
                `Use one of these ids.`);
        }
        const match = matches[0];
        if (match === undefined) {
            const names = firewalls.flatMap((item) => [
                item.firewallUUID,
                item.firewallName
            ]);
            throw new validation/* InputError */.dz(`Security group ${(0,validation/* quote */.hD)(value)} (input ${input}) was not found in ` +
                `${regionCode}. Security groups there: ${closest(value, names)}.`);
        }
        if (match.firewallStatus && match.firewallStatus !== 'AVAILABLE') {
            core/* warning */.$e(`Security group ${match.firewallUUID} has status ${match.firewallStatus}, not AVAILABLE.`);
        }
        return match;
    }
}
/** Parses `2c4g`, `2c4g50d` or `cpu=2,memory=4[,disk=50]`. */
function parsePackageSpec(value) {
    const short = /^(\d+)c(\d+)g(?:(\d+)d)?$/i.exec(value.trim());
    if (short) {
        const disk = short[3] ? Number(short[3]) : undefined;
        return { cpu: Number(short[1]), memory: Number(short[2]), disk };
    }
    const fields = new Map();
    for (const part of value.split(',')) {
        const pair = /^\s*(cpu|memory|disk)\s*=\s*(\d+)\s*$/i.exec(part);
        if (!pair)
            return undefined;
        fields.set(pair[1].toLowerCase(), Number(pair[2]));
    }
    const cpu = fields.get('cpu');
    const memory = fields.get('memory');
    if (cpu === undefined || memory === undefined)
        return undefined;
    return { cpu, memory, disk: fields.get('disk') };
}
function fitsSpec(item, spec) {
    if (item.cpu !== spec.cpu || item.memory !== spec.memory)
        return false;
    return spec.disk === undefined || (item.systemDiskSize ?? 0) >= spec.disk;
}
function bySize(a, b) {
    const keys = [
        'systemDiskSize',
        'dataDiskSize',
        'bandwidth'
    ];
    for (const key of keys) {
        const difference = Number(a[key] ?? 0) - Number(b[key] ?? 0);
        if (difference !== 0)
            return difference;
    }
    return a.packageCode.localeCompare(b.packageCode);
}
function startsWithWord(name, prefix) {
    if (!name.startsWith(prefix))
        return false;
    const next = name.charAt(prefix.length);
    return (next === '' ||
        !/[0-9a-z]/.test(next) ||
        /[a-z]$/.test(prefix) !== /[a-z]/.test(next));
}
function imageVersion(image) {
    return image.osVersionDetail || image.osDistroVersion || image.imageName;
}
/** Compares version-like strings by their numbers: 22.04.3 > 22.04. */
function compareVersions(a, b) {
    const left = a.match(/\d+/g)?.map(Number) ?? [];
    const right = b.match(/\d+/g)?.map(Number) ?? [];
    for (let i = 0; i < Math.max(left.length, right.length); i++) {
        const difference = (left[i] ?? -1) - (right[i] ?? -1);
        if (difference !== 0)
            return difference;
    }
    return a.localeCompare(b);
}

// EXTERNAL MODULE: ./src/client/lightnode.ts + 1 modules
var lightnode = __webpack_require__(8294);
// EXTERNAL MODULE: ./src/report.ts
var report = __webpack_require__(665);
;// CONCATENATED MODULE: ./src/context.ts



function createContext(settings, deadline) {
    const client = new lightnode/* LightNodeClient */.gV({
        baseUrl: settings.apiUrl,
        token: settings.token,
        requestTimeoutMs: settings.requestTimeoutMs,
        maxRetries: settings.maxRetries,
        deadline,
        userAgent: 'lightnode-action'
    });
    return {
        settings,
        client,
        catalog: new Catalog(client),
        deadline,
        report: new report/* Report */.pl(),
        waits: { client, deadline, pollIntervalMs: settings.pollIntervalMs }
    };
}


/***/ }),

/***/ 6683:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ Deadline),
/* harmony export */   MU: () => (/* binding */ TimeoutError),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* harmony import */ var _validation_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4344);

/** One hard time limit for the whole step, on a monotonic clock. */
class Deadline {
    totalMs;
    startedAt = performance.now();
    constructor(totalMs) {
        this.totalMs = totalMs;
    }
    elapsedMs() {
        return performance.now() - this.startedAt;
    }
    remainingMs() {
        return Math.max(0, this.totalMs - this.elapsedMs());
    }
    expired() {
        return this.remainingMs() <= 0;
    }
    describe() {
        return (0,_validation_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(this.totalMs);
    }
}
/** Raised when the step's timeout runs out; the message names what was awaited. */
class TimeoutError extends Error {
    constructor(message) {
        super(message);
        this.name = 'TimeoutError';
    }
}
/** Waits `ms`, cut short so that it never sleeps past the deadline. */
async function sleep(ms, deadline) {
    const wait = deadline ? Math.min(ms, deadline.remainingMs()) : ms;
    if (wait <= 0)
        return;
    await new Promise((resolve) => setTimeout(resolve, wait));
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ errorTitle),
/* harmony export */   U: () => (/* binding */ describeError)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);
/* harmony import */ var _client_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6468);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6683);
/* harmony import */ var _validation_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4344);
/* harmony import */ var _wait_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(910);





/** Returns a short title for the error annotation. */
function errorTitle(error) {
    if (error instanceof _validation_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz)
        return 'Invalid input';
    if (error instanceof _deadline_js__WEBPACK_IMPORTED_MODULE_2__/* .TimeoutError */ .MU)
        return 'Timed out';
    if (error instanceof _wait_js__WEBPACK_IMPORTED_MODULE_4__/* .TaskFailedError */ .zX)
        return 'LightNode task failed';
    if (error instanceof _client_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LightNodeApiError */ .Rm) {
        if (error.kind === 'timeout')
            return 'Timed out';
        if (error.kind === 'auth')
            return 'LightNode token rejected';
        return 'LightNode API error';
    }
    return 'LightNode action failed';
}
/** Builds the message for a failed step, with the next step where known. */
function describeError(error) {
    if (error instanceof _client_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LightNodeApiError */ .Rm && error.kind === 'auth') {
        return (`The LightNode API rejected the token (${error.message}). The token ` +
            `may be wrong, disabled, expired or revoked. Check the secret passed ` +
            `as ${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ApiToken} (or ${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKEN_ENV */ .o4}): it must be copied exactly, ` +
            `without spaces. To get a new token, open the LightNode console, ` +
            `Account > Token List, and request one.`);
    }
    return (0,_client_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error);
}


/***/ }),

/***/ 8422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ readSettings)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3340);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _validation_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4344);



const HOUR = 3_600_000;
/** Operations that act on one instance named by id or by name. */
const TARGETS_INSTANCE = [
    'delete',
    'start',
    'stop',
    'restart',
    'reinstall',
    'reset-password',
    'get'
];
/** Operations that may act on every instance whose name has a prefix. */
const ACCEPTS_PREFIX = ['delete', 'start', 'stop'];
function optional(name) {
    const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
    return value === '' ? undefined : value;
}
function choice(name, allowed, fallback) {
    const value = optional(name);
    if (value === undefined)
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new _validation_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`Invalid ${name} ${(0,_validation_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(value)}. Use one of: ${allowed.join(', ')}.`);
}
function flag(name, fallback) {
    const value = optional(name);
    if (value === undefined)
        return fallback;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new _validation_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`Invalid ${name} ${(0,_validation_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(value)}. Use true or false.`);
}
function integer(name, fallback, min, max) {
    const value = optional(name);
    if (value === undefined)
        return fallback;
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
        throw new _validation_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`Invalid ${name} ${(0,_validation_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(value)}. Use a whole number from ${min} to ${max}.`);
    }
    return Number(value);
}
function readOperation() {
    const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Operation);
    if (value === '') {
        throw new _validation_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`Missing input ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Operation}. Set it to one of: ` +
            `${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OPERATIONS */ .xb.join(', ')}.`);
    }
    if (_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OPERATIONS */ .xb.includes(value)) {
        return value;
    }
    const lower = value.toLowerCase();
    const hint = _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OPERATIONS */ .xb.includes(lower)
        ? ` Operations are lower case: use '${lower}'.`
        : ` Use one of: ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OPERATIONS */ .xb.join(', ')}.`;
    throw new _validation_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`Invalid ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Operation} ${(0,_validation_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(value)}.${hint}`);
}
/** Reads the token from the input or the environment and masks it at once. */
function readToken() {
    const token = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.ApiToken) || process.env[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .TOKEN_ENV */ .o4] || '';
    if (token.trim() !== '')
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(token);
    if (token.trim() === '') {
        throw new _validation_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`Missing input ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.ApiToken}. Pass the LightNode API token from a ` +
            `secret, for example api-token: \${{ secrets.LIGHTNODE_API_TOKEN }}, ` +
            `or set the ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .TOKEN_ENV */ .o4} environment variable.`);
    }
    if (/\s/.test(token)) {
        throw new _validation_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`Invalid ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.ApiToken}: the token contains white space. Copy the ` +
            `token exactly as issued, without spaces or line breaks.`);
    }
    if (!/^[\x21-\x7e]+$/.test(token) || token.length > 4096) {
        throw new _validation_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`Invalid ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.ApiToken}: a token is at most 4096 visible ASCII ` +
            `characters, and this one has ${token.length} characters, some of ` +
            `them outside that set. Copy the token exactly as issued.`);
    }
    return token;
}
function readGithubToken() {
    const token = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.GithubToken);
    if (token !== '')
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(token);
    return token;
}
const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3})$/i;
function readApiUrl() {
    const value = optional(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.ApiUrl) ?? _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_API_URL */ .rK;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new _validation_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`Invalid ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.ApiUrl} ${(0,_validation_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(value)}: it is not a URL. ` +
            `Use ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_API_URL */ .rK} or leave it empty.`);
    }
    if (url.hostname.startsWith('[')) {
        // NOTE: @actions/http-client 4.0.1 passes the bracketed IPv6 host to
        // the name lookup, which fails, so IPv6 literals cannot work.
        throw new _validation_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`Invalid ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.ApiUrl} ${(0,_validation_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(value)}: IPv6 addresses are not ` +
            `supported. Use a host name, or 127.0.0.1 for a local emulator.`);
    }
    const loopback = LOOPBACK_HOSTS.test(url.hostname);
    const allowed = url.protocol === 'https:' || (url.protocol === 'http:' && loopback);
    const extras = url.username || url.password || /[?#]/.test(value);
    if (!allowed || extras) {
        const shown = extras ? `for host ${url.host}` : (0,_validation_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(value);
        throw new _validation_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`Invalid ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.ApiUrl} ${shown}: the token may only travel ` +
            `over https:// (plain http:// is accepted for loopback addresses ` +
            `such as an emulator on 127.0.0.1), without credentials, query or ` +
            `fragment.`);
    }
    return url.href.replace(/\/+$/, '');
}
function readName(name, maxLength) {
    const value = optional(name);
    if (value !== undefined)
        (0,_validation_js__WEBPACK_IMPORTED_MODULE_2__/* .validateInstanceName */ .n2)(name, value, maxLength);
    return value;
}
function readId(name, prefix) {
    const value = optional(name);
    if (value !== undefined)
        (0,_validation_js__WEBPACK_IMPORTED_MODULE_2__/* .validateId */ .GZ)(name, value, prefix);
    return value;
}
function readPorts() {
    const value = optional(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.WaitForPort);
    if (value === undefined)
        return [];
    const ports = value.split(',').map((part) => part.trim());
    for (const port of ports) {
        if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
            throw new _validation_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`Invalid ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.WaitForPort} ${(0,_validation_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(value)}. Use TCP port numbers ` +
                `from 1 to 65535, separated by commas, such as 22 or 22,80.`);
        }
    }
    return [...new Set(ports.map(Number))];
}
function readTimeouts() {
    const timeoutMs = (0,_validation_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Timeout, optional(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Timeout) ?? '15m', { minMs: 1000, maxMs: 24 * HOUR });
    const pollIntervalMs = (0,_validation_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.PollInterval, optional(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.PollInterval) ?? '5s', { minMs: 10, maxMs: 10 * 60_000 });
    const requestTimeoutMs = (0,_validation_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.RequestTimeout, optional(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.RequestTimeout) ?? '30s', { minMs: 100, maxMs: 10 * 60_000 });
    return { timeoutMs, pollIntervalMs, requestTimeoutMs };
}
/** Reads and checks every input. Throws InputError before any API call. */
function readSettings() {
    const operation = readOperation();
    const token = readToken();
    const password = optional(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Password);
    if (password !== undefined)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(password);
    const count = integer(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Count, 1, 1, 20);
    const suffixLength = count > 1 ? String(count).length + 1 : 0;
    const cleanupRaw = optional(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Cleanup);
    const olderThan = optional(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.OlderThan);
    const settings = {
        operation,
        token,
        apiUrl: readApiUrl(),
        instanceId: readId(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.InstanceId, 'ecs-'),
        instanceName: readName(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.InstanceName, 64 - suffixLength),
        namePrefix: readName(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.NamePrefix),
        region: optional(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Region),
        zone: optional(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Zone),
        packageSpec: optional(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Package),
        image: optional(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Image),
        imageType: choice(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.ImageType, ['System', 'Application', 'Self'], 'System'),
        sshKey: optional(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.SshKey),
        securityGroup: optional(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.SecurityGroup),
        password,
        force: flag(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Force, false),
        taskId: readId(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.TaskId, null),
        wait: flag(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Wait, true),
        ...readTimeouts(),
        maxRetries: integer(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.MaxRetries, 5, 0, 20),
        ifExists: choice(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.IfExists, ['reuse', 'fail', 'replace'], 'reuse'),
        ifMissing: choice(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.IfMissing, ['ignore', 'fail'], operation === 'delete' ? 'ignore' : 'fail'),
        cleanup: choice(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Cleanup, ['never', 'always', 'on-failure'], 'never'),
        cleanupExplicit: cleanupRaw !== undefined,
        count,
        dryRun: flag(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.DryRun, operation === 'prune'),
        waitForPorts: readPorts(),
        olderThanMs: olderThan === undefined
            ? undefined
            : (0,_validation_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.OlderThan, olderThan, {
                minMs: 60_000,
                maxMs: 365 * 24 * HOUR
            }),
        prComment: flag(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.PrComment, false),
        githubToken: readGithubToken(),
        warnings: []
    };
    checkRequired(settings);
    warnIgnored(settings);
    return settings;
}
/** Inputs without a default in action.yml, and the operations that read them. */
const READ_BY = {
    [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Package]: ['create'],
    [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Image]: ['create', 'reinstall'],
    [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.SshKey]: ['create', 'reinstall'],
    [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.SecurityGroup]: ['create'],
    [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Password]: ['create', 'reinstall', 'reset-password'],
    [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.TaskId]: ['wait-task'],
    [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.WaitForPort]: ['create'],
    [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.OlderThan]: ['prune'],
    [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Cleanup]: ['create']
};
/** Warns about inputs that the operation does not read. */
function warnIgnored(settings) {
    for (const [name, operations] of Object.entries(READ_BY)) {
        if (optional(name) !== undefined &&
            !operations.includes(settings.operation)) {
            settings.warnings.push(`Input ${name} is ignored: operation '${settings.operation}' does not use it.`);
        }
    }
    if (settings.waitForPorts.length > 0 && !settings.wait) {
        settings.warnings.push(`Input ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.WaitForPort} is ignored because ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Wait} is false.`);
    }
}
function requireInput(settings, value, name, fix) {
    if (value === undefined) {
        throw new _validation_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`Missing input ${name}: operation '${settings.operation}' needs it. ${fix}`);
    }
}
function checkTarget(settings) {
    const { instanceId, instanceName, namePrefix, operation } = settings;
    const given = [instanceId, instanceName, namePrefix].filter((value) => value !== undefined);
    if (given.length > 1) {
        throw new _validation_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`Conflicting inputs: give only one of ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.InstanceId}, ` +
            `${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.InstanceName} and ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.NamePrefix} for operation ` +
            `'${operation}'.`);
    }
    if (namePrefix !== undefined && !ACCEPTS_PREFIX.includes(operation)) {
        throw new _validation_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`Invalid input ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.NamePrefix} for operation '${operation}': only ` +
            `${ACCEPTS_PREFIX.join(', ')} and prune act on several instances. ` +
            `Use ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.InstanceId} or ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.InstanceName}.`);
    }
    if (given.length === 0) {
        throw new _validation_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`Missing input ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.InstanceId}: operation '${operation}' needs the ` +
            `instance's id (such as ecs-lg00007dyz7g) or its ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.InstanceName}.`);
    }
}
function checkRequired(settings) {
    const { operation } = settings;
    if (settings.zone !== undefined && settings.region === undefined) {
        throw new _validation_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`Missing input ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Region}: ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Zone} '${settings.zone}' was ` +
            `given without its region. Set ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Region} too.`);
    }
    if (TARGETS_INSTANCE.includes(operation))
        checkTarget(settings);
    if (operation === 'create')
        checkCreate(settings);
    if (operation === 'reinstall') {
        requireInput(settings, settings.image, _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Image, 'Name the new image.');
    }
    if (operation === 'wait-task') {
        requireInput(settings, settings.taskId, _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.TaskId, 'Pass the task id.');
    }
    if (operation === 'prune')
        checkPrune(settings);
    if (['packages', 'images', 'security-groups'].includes(operation)) {
        requireInput(settings, settings.region, _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Region, 'Name a region.');
    }
    if (settings.password !== undefined) {
        const warning = (0,_validation_js__WEBPACK_IMPORTED_MODULE_2__/* .validatePassword */ .Oj)(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Password, settings.password);
        if (warning)
            settings.warnings.push(warning);
    }
}
function checkCreate(settings) {
    requireInput(settings, settings.instanceName, _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.InstanceName, 'Name the server, for example pr-42-my-app.');
    if (settings.instanceId !== undefined) {
        throw new _validation_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`Invalid input ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.InstanceId} for operation 'create': the API ` +
            `assigns the id. Remove it and name the server with ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.InstanceName}.`);
    }
    requireInput(settings, settings.region, _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Region, 'Name a region.');
    requireInput(settings, settings.packageSpec, _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Package, 'Name a package code (operation: packages lists them) or a size such as 2c4g.');
    requireInput(settings, settings.image, _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Image, 'Name an image id, name or OS such as Debian 12 (operation: images lists them).');
}
function checkPrune(settings) {
    requireInput(settings, settings.namePrefix, _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.NamePrefix, 'Name the prefix of the servers to delete, such as pr-.');
    if (settings.olderThanMs === undefined) {
        throw new _validation_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`Missing input ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.OlderThan}: operation 'prune' needs the minimum ` +
            `age of a server to delete, such as 24h.`);
    }
}


/***/ }),

/***/ 665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eq: () => (/* binding */ setInstanceOutputs),
/* harmony export */   Zg: () => (/* binding */ secretFreeJson),
/* harmony export */   pl: () => (/* binding */ Report),
/* harmony export */   wh: () => (/* binding */ setInstancesOutput)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3340);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _validation_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4344);



/**
 * Collects what a run did, for the outputs and the job summary: the
 * instances it touched, the phases it waited through and their durations.
 */
class Report {
    instances = new Map();
    phases = [];
    /** Lines for the job summary, such as the size of a look-up. */
    notes = [];
    /** Ids of instances this step created, which cleanup may delete. */
    createdIds = [];
    /** Create calls in flight: a cancelled job leaves these unanswered. */
    pending = [];
    /** Ids of the create tasks this step started. */
    taskIds = [];
    /** Runs one phase in its own log group and records how long it took. */
    async phase(name, work) {
        const started = performance.now();
        try {
            return await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(name, work);
        }
        finally {
            const ms = performance.now() - started;
            this.phases.push({ name, ms });
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(`${name}: ${(0,_validation_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(ms)}`);
        }
    }
    /** Runs a phase without a log group, for work that runs concurrently. */
    async timed(name, work) {
        const started = performance.now();
        try {
            return await work();
        }
        finally {
            this.phases.push({ name, ms: performance.now() - started });
        }
    }
    /** Records an instance this step created, at once, in outputs and state. */
    recordCreated(instanceId) {
        if (this.createdIds.includes(instanceId))
            return;
        this.createdIds.push(instanceId);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .State */ .Uw.CreatedIds, this.createdIds.join(','));
        if (this.createdIds.length === 1) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.InstanceId, instanceId);
        }
    }
    /** Drops an id that this step deleted again, so cleanup skips it. */
    forgetCreated(instanceId) {
        const index = this.createdIds.indexOf(instanceId);
        if (index === -1)
            return;
        this.createdIds.splice(index, 1);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .State */ .Uw.CreatedIds, this.createdIds.join(','));
    }
    /** Records a create call before it is sent. */
    recordPending(entry) {
        this.pending.push(entry);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .State */ .Uw.PendingCreates, JSON.stringify(this.pending));
    }
    /** Forgets a create call once its response named the new server. */
    settlePending(name) {
        const index = this.pending.findIndex((entry) => entry.name === name);
        if (index !== -1)
            this.pending.splice(index, 1);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .State */ .Uw.PendingCreates, JSON.stringify(this.pending));
    }
    /** Records a create task at once, in outputs and state. */
    recordTask(taskId, single) {
        this.taskIds.push(taskId);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .State */ .Uw.TaskIds, this.taskIds.join(','));
        if (single)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.TaskId, taskId);
    }
    addInstance(instance) {
        this.instances.set(instance.ecsResourceUUID, instance);
    }
}
/** Writes the outputs that describe one instance. */
function setInstanceOutputs(instance) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.InstanceId, instance.ecsResourceUUID);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.InstanceName, instance.instanceName);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.PublicIp, usableIp(instance.publicIpAddress));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.PrivateIp, instance.internalIpAddress);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.Status, instance.ecsStatus);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.Region, instance.regionCode);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.Zone, instance.zoneCode);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.Instance, secretFreeJson(instance.raw));
}
/** Writes the `instances` output: a JSON array without credential fields. */
function setInstancesOutput(instances) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.Instances, secretFreeJson(instances.map((instance) => instance.raw)));
}
function usableIp(ip) {
    return ip === '0.0.0.0' || ip === '::' ? '' : ip;
}
/** Field names that could hold a credential. */
const SECRET_FIELD = /password|token|secret/i;
/**
 * Serializes API objects to JSON without fields that could hold a
 * credential, so that JSON outputs never carry one even if the API were to
 * echo it. A replacer drops them while serializing, so that a list of
 * thousands of servers is not copied first.
 */
function secretFreeJson(value) {
    return JSON.stringify(value, (key, field) => key !== '' && SECRET_FIELD.test(key) ? undefined : field);
}


/***/ }),

/***/ 4344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   GZ: () => (/* binding */ validateId),
/* harmony export */   Oj: () => (/* binding */ validatePassword),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   bk: () => (/* binding */ generatePassword),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   n2: () => (/* binding */ validateInstanceName)
/* harmony export */ });
/* unused harmony exports PASSWORD_SPECIALS, MAX_NAME_LENGTH */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** Characters that every published version of the password rule allows. */
const PASSWORD_SPECIALS = '()~!@#$*-+={}[]:;,.?/';
const UNITS_MS = {
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000
};
/** Raised for a bad input; the message names the input, the value and a fix. */
class InputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InputError';
    }
}
/**
 * Parses `90s`, `10m`, `1h30m`, `7d`, `500ms` or plain seconds (`120`) into
 * milliseconds, within the given limits.
 */
function parseDuration(input, value, limits) {
    const text = value.trim().toLowerCase();
    const hint = `Use a number of seconds or a duration such as 90s, 10m or 1h.`;
    if (/^\d+(\.\d+)?$/.test(text)) {
        return checkDuration(input, value, Number(text) * 1000, limits);
    }
    const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)];
    const joined = parts.map((part) => part[0]).join('');
    if (parts.length === 0 || joined !== text) {
        throw new InputError(`Invalid ${input} '${value}'. ${hint}`);
    }
    const total = parts.reduce((sum, part) => sum + Number(part[1]) * UNITS_MS[part[2]], 0);
    return checkDuration(input, value, total, limits);
}
function checkDuration(input, value, ms, limits) {
    if (!Number.isFinite(ms) || ms < limits.minMs || ms > limits.maxMs) {
        throw new InputError(`Invalid ${input} '${value}': it must be between ` +
            `${formatDuration(limits.minMs)} and ${formatDuration(limits.maxMs)}.`);
    }
    return Math.round(ms);
}
/** Formats milliseconds for messages: `850ms`, `12s`, `4m05s`, `1h02m`. */
function formatDuration(ms) {
    if (Math.round(ms) < 1000)
        return `${Math.round(ms)}ms`;
    const seconds = Math.round(ms / 1000);
    if (seconds < 60)
        return `${seconds}s`;
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60) {
        return `${minutes}m${String(seconds % 60).padStart(2, '0')}s`;
    }
    const hours = Math.floor(minutes / 60);
    return `${hours}h${String(minutes % 60).padStart(2, '0')}m`;
}
/**
 * Checks a password against the rule that the API's pages publish: 8 to 30
 * characters, an upper-case letter, a lower-case letter, a digit and a
 * special character from PASSWORD_SPECIALS, nothing else. Returns a warning
 * when the password has more than one special character, which the older
 * pages forbid.
 */
function validatePassword(input, password) {
    const problems = [];
    if (password.length < 8 || password.length > 30) {
        problems.push(`has ${password.length} characters (8 to 30 are allowed)`);
    }
    if (!/[A-Z]/.test(password))
        problems.push('has no upper-case letter');
    if (!/[a-z]/.test(password))
        problems.push('has no lower-case letter');
    if (!/[0-9]/.test(password))
        problems.push('has no digit');
    const specials = [...password].filter((c) => PASSWORD_SPECIALS.includes(c));
    if (specials.length === 0) {
        problems.push(`has no special character from ${PASSWORD_SPECIALS}`);
    }
    const foreign = [...password].filter((c) => !/[A-Za-z0-9]/.test(c) && !PASSWORD_SPECIALS.includes(c));
    if (foreign.length > 0) {
        problems.push(`contains ${foreign.length} character(s) outside letters, digits and ` +
            PASSWORD_SPECIALS);
    }
    if (problems.length > 0) {
        throw new InputError(`Invalid ${input}: the password ${problems.join(', ')}. ` +
            `Choose one that meets every rule, or leave ${input} empty on create ` +
            `to have a password generated.`);
    }
    if (specials.length > 1) {
        return (`The ${input} has ${specials.length} special characters; older API ` +
            `versions accept exactly one, so the API may reject it.`);
    }
    return '';
}
/**
 * Generates a password that meets every published version of the rule:
 * 20 characters with upper- and lower-case letters, digits and exactly one
 * special character.
 */
function generatePassword(length = 20) {
    const upper = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
    const lower = 'abcdefghijkmnopqrstuvwxyz';
    const digits = '23456789';
    const alphanumeric = upper + lower + digits;
    const pick = (set) => set[(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomInt)(set.length)];
    const chars = [pick(upper), pick(lower), pick(digits), pick('!@#*-+=?')];
    while (chars.length < length)
        chars.push(pick(alphanumeric));
    for (let i = chars.length - 1; i > 0; i--) {
        const j = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomInt)(i + 1);
        [chars[i], chars[j]] = [chars[j], chars[i]];
    }
    return chars.join('');
}
const MAX_NAME_LENGTH = 64;
/** Checks the API's hostname rule: letters, digits and `-`, 64 at most. */
function validateInstanceName(input, name, maxLength = MAX_NAME_LENGTH) {
    const shown = quote(name);
    if (name.length > maxLength) {
        throw new InputError(`Invalid ${input} ${shown}: it has ${name.length} characters and at ` +
            `most ${maxLength} are allowed here. Shorten the name.`);
    }
    if (!/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(name)) {
        throw new InputError(`Invalid ${input} ${shown}: a name may contain only letters, digits ` +
            `and '-', and must start with a letter or digit. Replace other ` +
            `characters (such as '_', '.' or spaces) with '-'.`);
    }
}
const ID_PREFIXES = {
    'ecs-': 'an instance id',
    'img-': 'an image id',
    'key-': 'an SSH key id',
    'fw-': 'a security group id'
};
/**
 * Checks the form of a resource id. The API publishes no id format, so
 * this rejects only ids that cannot be right: blanks, odd characters, and
 * ids whose prefix names another kind of resource.
 */
function validateId(input, value, expectedPrefix) {
    const shown = quote(value);
    if (value.length > 64 || !/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(value)) {
        throw new InputError(`Invalid ${input} ${shown}: an id contains only letters, digits, ` +
            `'-', '_' and '.', with at most 64 characters.`);
    }
    for (const [prefix, kind] of Object.entries(ID_PREFIXES)) {
        if (prefix !== expectedPrefix && value.toLowerCase().startsWith(prefix)) {
            throw new InputError(`Invalid ${input} ${shown}: this looks like ${kind}, not ` +
                `${expectedPrefix ? ID_PREFIXES[expectedPrefix] : 'a task id'}.`);
        }
    }
}
/** Quotes a value for a message, shortened so that a huge input stays readable. */
function quote(value) {
    // Control characters would garble the log line; show them as '?'.
    // eslint-disable-next-line no-control-regex
    const printable = value.replace(/[\u0000-\u001f\u007f]/g, '?');
    if (printable.length <= 80)
        return `'${printable}'`;
    return `'${printable.slice(0, 77)}...' (${value.length} characters)`;
}


/***/ }),

/***/ 910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WM: () => (/* binding */ waitForInstance),
/* harmony export */   aZ: () => (/* binding */ waitForTask),
/* harmony export */   ff: () => (/* binding */ describeTarget),
/* harmony export */   zX: () => (/* binding */ TaskFailedError)
/* harmony export */ });
/* unused harmony exports nextPollDelay, describeInstance, reachedTarget */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3340);
/* harmony import */ var _client_lightnode_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8294);
/* harmony import */ var _client_models_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(157);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6683);
/* harmony import */ var _validation_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4344);





/**
 * The shortest gap between two polls. With a gap of a fifth of the time
 * waited, 1 s keeps a 60 s task to about 22 polls while tasks of up to 10 s
 * end within about a second of finishing (BENCHMARKS.md has the figures).
 */
const FIRST_POLL_MS = 1000;
/**
 * Chooses the gap before the next poll: short at first, growing with the
 * time already waited, never longer than the poll interval (times the
 * slowdown that HTTP 429 responses caused).
 */
function nextPollDelay(waitedMs, pollIntervalMs, throttleFactor = 1) {
    const first = Math.min(FIRST_POLL_MS, pollIntervalMs);
    const grown = Math.max(first, waitedMs * 0.2);
    return Math.min(grown, pollIntervalMs) * throttleFactor;
}
/** A task that ended in failure; the message carries the task's own text. */
class TaskFailedError extends Error {
    taskId;
    result;
    constructor(message, taskId, result) {
        super(message);
        this.taskId = taskId;
        this.result = result;
        this.name = 'TaskFailedError';
    }
}
function taskWords(result) {
    return ([result.taskStatus, result.processResult].filter(Boolean).join('/') ||
        'no status yet');
}
/**
 * Polls a task until it succeeds. With `pollAtOnce` false it waits the
 * first gap before the first poll, because a task that was just sent has
 * rarely finished by then. Throws TaskFailedError when it fails and
 * TimeoutError when the step's deadline passes. Returns undefined when the
 * API no longer returns the task, so that the caller can judge by the
 * instance's state instead.
 */
async function waitForTask(options, task, pollAtOnce = true) {
    const started = performance.now();
    let last;
    let lastLogged = '';
    const timedOut = () => `Timed out after ${options.deadline.describe()} waiting for task ` +
        `${task.taskId} (${task.action}) to finish; its last status was ` +
        `${last ? taskWords(last) : 'not read yet'}.`;
    if (!pollAtOnce)
        await pauseOrTimeOut(options, 0, timedOut);
    for (;;) {
        try {
            last = await withinDeadline(options, timedOut, () => options.client.getTaskResult(task.taskId));
        }
        catch (error) {
            if ((0,_client_lightnode_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnknownResource */ .XN)(error)) {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Task ${task.taskId} (${task.action}) is no longer known to the ` +
                    `API; judging by the instance's state instead.`);
                return undefined;
            }
            throw error;
        }
        const waited = performance.now() - started;
        const words = taskWords(last);
        if (words !== lastLogged) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Task ${task.taskId}: ${words} (${(0,_validation_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(waited)})`);
            lastLogged = words;
        }
        if (last.state === 'success')
            return last;
        if (last.state === 'failure') {
            throw new TaskFailedError(`Task ${task.taskId} (${task.action}) failed with ${words}: ` +
                (last.message ?? 'the API gave no reason'), task.taskId, last);
        }
        await pauseOrTimeOut(options, waited, timedOut);
    }
}
/** Runs one poll; a poll cut off by the deadline becomes a TimeoutError. */
async function withinDeadline(options, message, poll) {
    try {
        return await poll();
    }
    catch (error) {
        if (options.deadline.expired())
            throw new _deadline_js__WEBPACK_IMPORTED_MODULE_2__/* .TimeoutError */ .MU(message());
        throw error;
    }
}
async function pauseOrTimeOut(options, waitedMs, message) {
    if (options.deadline.expired())
        throw new _deadline_js__WEBPACK_IMPORTED_MODULE_2__/* .TimeoutError */ .MU(message());
    const delay = nextPollDelay(waitedMs, options.pollIntervalMs, options.client.transport.throttleFactor);
    await (0,_deadline_js__WEBPACK_IMPORTED_MODULE_2__/* .sleep */ .yy)(delay, options.deadline);
    if (options.deadline.expired())
        throw new _deadline_js__WEBPACK_IMPORTED_MODULE_2__/* .TimeoutError */ .MU(message());
}
function describeTarget(target) {
    if (target.gone)
        return 'deleted';
    const parts = [target.status ?? 'idle'];
    if (target.needsPublicIp)
        parts.push('with a public IP');
    return parts.join(' ');
}
function describeInstance(instance) {
    if (instance === undefined)
        return 'not found';
    const ip = (0,_client_models_js__WEBPACK_IMPORTED_MODULE_4__/* .hasPublicIp */ .fm)(instance) ? instance.publicIpAddress : 'none';
    return (`ecsStatus ${instance.ecsStatus || '(empty)'}, ecsPendingStatus ` +
        `${instance.ecsPendingStatus || '(empty)'}, public IP ${ip}`);
}
/** States from which an instance does not reach a power state by itself. */
const FAILED_STATES = ['ERROR', 'FAILED'];
function failedState(instance, target) {
    return ((0,_client_models_js__WEBPACK_IMPORTED_MODULE_4__/* .isIdle */ .xB)(instance) &&
        FAILED_STATES.includes(instance.ecsStatus) &&
        target.status !== undefined &&
        target.status !== instance.ecsStatus);
}
function reachedTarget(instance, target) {
    if (target.gone)
        return instance === undefined;
    if (instance === undefined || !(0,_client_models_js__WEBPACK_IMPORTED_MODULE_4__/* .isIdle */ .xB)(instance))
        return false;
    if (target.status && instance.ecsStatus !== target.status)
        return false;
    return !target.needsPublicIp || (0,_client_models_js__WEBPACK_IMPORTED_MODULE_4__/* .hasPublicIp */ .fm)(instance);
}
/**
 * Reads the instance until it reaches the target state. Throws when it
 * disappears (unless that is the target) or the deadline passes.
 */
async function waitForInstance(options, instanceId, target) {
    const started = performance.now();
    let lastLogged = '';
    let seen = 'not read yet';
    const timedOut = () => `Timed out after ${options.deadline.describe()} waiting for instance ` +
        `${instanceId} to be ${describeTarget(target)}; last seen: ${seen}.`;
    for (;;) {
        const instance = await withinDeadline(options, timedOut, () => options.client.getInstance(instanceId));
        seen = describeInstance(instance);
        const waited = performance.now() - started;
        if (reachedTarget(instance, target))
            return instance;
        if (instance && failedState(instance, target)) {
            throw new Error(`Instance ${instanceId} is in state ${instance.ecsStatus}, so it will ` +
                `not become ${describeTarget(target)}.`);
        }
        if (instance === undefined) {
            throw new Error(`Instance ${instanceId} disappeared while waiting for it to be ` +
                `${describeTarget(target)}.`);
        }
        if (seen !== lastLogged) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Instance ${instanceId}: ${seen} (${(0,_validation_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(waited)})`);
            lastLogged = seen;
        }
        await pauseOrTimeOut(options, waited, timedOut);
    }
}


/***/ })

};

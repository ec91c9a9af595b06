export const id = 99;
export const ids = [99];
export const modules = {

/***/ 1532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ settleLimit),
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/**
 * Maps items with at most `limit` calls of `fn` in flight at once. After a
 * call fails, no further call starts, and the first error is thrown.
 */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    let failed = false;
    const worker = async () => {
        while (next < items.length && !failed) {
            const index = next++;
            try {
                results[index] = await fn(items[index], index);
            }
            catch (error) {
                failed = true;
                throw error;
            }
        }
    };
    const workers = Array.from({ length: Math.min(limit, items.length) }, worker);
    await Promise.all(workers);
    return results;
}
/** Like Promise.allSettled, but with at most `limit` calls in flight. */
async function settleLimit(items, limit, fn) {
    return mapLimit(items, limit, async (item, index) => {
        try {
            return { status: 'fulfilled', value: await fn(item, index) };
        }
        catch (reason) {
            return { status: 'rejected', reason };
        }
    });
}


/***/ }),

/***/ 3207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _U: () => (/* binding */ findByName),
/* harmony export */   d9: () => (/* binding */ listFleet)
/* harmony export */ });
/* unused harmony exports FLEET_CONCURRENCY, zonesInScope */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3340);
/* harmony import */ var _validation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4344);
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1532);



/** The form of region codes such as ru-moscow-1 or sau-jeddah-1. */
const REGION_CODE = /^[a-z]+(-[a-z]+)+-\d+$/;
/** At most this many list requests are in flight during a fleet search. */
const FLEET_CONCURRENCY = 8;
/** Lists the zones to search: the given zone, a region's zones, or all. */
async function zonesInScope(catalog, scope, input) {
    if (scope.region === undefined) {
        // NOTE: regions that the region list leaves out (sold out) are not
        // searched here; their servers are found only when region names them.
        const regions = await catalog.regions();
        return regions.flatMap((region) => region.zones.map((zone) => ({
            regionCode: region.regionCode,
            zoneCode: zone.zoneCode
        })));
    }
    const region = await regionOrUnlisted(catalog, scope.region, input);
    if (scope.zone !== undefined && region.zones.length === 0) {
        return [{ regionCode: region.regionCode, zoneCode: scope.zone }];
    }
    if (scope.zone !== undefined) {
        const zoneCode = catalog.zone('zone', region, scope.zone);
        return [{ regionCode: region.regionCode, zoneCode }];
    }
    const codes = region.zones.length
        ? region.zones.map((zone) => zone.zoneCode)
        : [`${region.regionCode}-a`];
    return codes.map((zoneCode) => ({ regionCode: region.regionCode, zoneCode }));
}
/**
 * Finds a region, or substitutes one that the region list leaves out: the
 * API drops sold-out regions from it while their servers stay reachable.
 * Such a region is searched in the zone given, or in `<region>-a`.
 */
async function regionOrUnlisted(catalog, value, input) {
    try {
        return await catalog.region(input, value);
    }
    catch (error) {
        if (!(error instanceof _validation_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz) || !REGION_CODE.test(value))
            throw error;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Region ${value} is not in the region list (it may be sold out); ` +
            `searching it anyway.`);
        return { regionCode: value, regionName: '', zones: [], raw: {} };
    }
}
/**
 * Lists every instance in scope. The API has no account-wide list, so this
 * pages through each zone, several zones at a time.
 */
async function listFleet(client, catalog, scope) {
    const zones = await zonesInScope(catalog, scope, 'region');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(`Listing instances in ${zones.length} zone(s)`);
    const perZone = await (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .mapLimit */ .s)(zones, FLEET_CONCURRENCY, (zone) => client.listInstances(zone.regionCode, zone.zoneCode));
    const seen = new Set();
    return perZone.flat().filter((instance) => {
        if (seen.has(instance.ecsResourceUUID))
            return false;
        seen.add(instance.ecsResourceUUID);
        return true;
    });
}
/** Finds instances whose name is exactly `name`. */
async function findByName(client, catalog, name, scope) {
    const fleet = await listFleet(client, catalog, scope);
    return fleet.filter((instance) => instance.instanceName === name);
}


/***/ }),

/***/ 8099:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ powerOne),
/* harmony export */   runPower: () => (/* binding */ runPower)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3340);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1532);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(665);
/* harmony import */ var _wait_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(910);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9325);
/* harmony import */ var _write_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5601);







const GERUND = {
    start: 'Starting',
    stop: 'Stopping',
    restart: 'Restarting'
};
const TARGET_STATUS = {
    start: 'STARTED',
    stop: 'STOPPED',
    restart: 'STARTED'
};
/** At most this many instances are started or stopped at once. */
const BATCH_CONCURRENCY = 8;
/** Starts, stops or restarts the named instance, or every instance with the prefix. */
async function runPower(ctx, action) {
    const targets = await (0,_target_js__WEBPACK_IMPORTED_MODULE_4__/* .findTargetsOrMissing */ .Fr)(ctx);
    if (targets.length === 0)
        return;
    if (targets.length === 1 && ctx.settings.namePrefix === undefined) {
        const instance = await powerOne(ctx, action, targets[0], true);
        if (instance)
            (0,_report_js__WEBPACK_IMPORTED_MODULE_2__/* .setInstanceOutputs */ .Eq)(instance);
        return;
    }
    await powerMany(ctx, action, targets);
}
async function powerMany(ctx, action, targets) {
    const verb = ctx.settings.dryRun ? `Dry run: would ${action}` : GERUND[action];
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${verb} ${targets.length} instance(s)`);
    const results = await (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_6__/* .settleLimit */ .X)(targets, BATCH_CONCURRENCY, (instance) => powerOne(ctx, action, instance, false));
    const failures = [];
    results.forEach((result, index) => {
        const id = targets[index].ecsResourceUUID;
        if (result.status === 'fulfilled') {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${id} (${targets[index].instanceName}): done`);
        }
        else {
            failures.push(`${id}: ${String(result.reason.message)}`);
        }
    });
    (0,_report_js__WEBPACK_IMPORTED_MODULE_2__/* .setInstancesOutput */ .wh)([...ctx.report.instances.values()]);
    if (failures.length > 0) {
        throw new Error(`Could not ${action} ${failures.length} of ${targets.length} ` +
            `instance(s):\n${failures.join('\n')}`);
    }
}
/** Brings one instance to the requested power state. */
async function powerOne(ctx, action, found, single) {
    const id = found.ecsResourceUUID;
    const target = { status: TARGET_STATUS[action] };
    let instance = found;
    if ((0,_write_js__WEBPACK_IMPORTED_MODULE_5__/* .busy */ .S2)(instance) && ctx.settings.wait && !ctx.settings.dryRun) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${id} is busy (${instance.ecsPendingStatus}); waiting for it first`);
        instance = await (0,_wait_js__WEBPACK_IMPORTED_MODULE_3__/* .waitForInstance */ .WM)(ctx.waits, id, {});
    }
    if (instance && action !== 'restart' && isAlready(instance, target)) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${id} is already ${target.status}; nothing to ${action}.`);
        ctx.report.addInstance(instance);
        return instance;
    }
    if (ctx.settings.dryRun) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Dry run: would ${action} ${id} (${found.instanceName}).`);
        ctx.report.addInstance(found);
        return found;
    }
    return sendPower(ctx, action, id, target, single);
}
function isAlready(instance, target) {
    return !(0,_write_js__WEBPACK_IMPORTED_MODULE_5__/* .busy */ .S2)(instance) && instance.ecsStatus === target.status;
}
async function sendPower(ctx, action, id, target, single) {
    const { client, settings } = ctx;
    const send = {
        start: () => client.startInstance(id),
        stop: () => client.stopInstance(id, settings.force),
        restart: () => client.restartInstance(id)
    }[action];
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${GERUND[action]} instance ${id}`);
    const ack = await (0,_write_js__WEBPACK_IMPORTED_MODULE_5__/* .sendWrite */ .As)(ctx, {
        action: `${action} of ${id}`,
        instanceId: id,
        send,
        tookEffect: (instance) => (0,_write_js__WEBPACK_IMPORTED_MODULE_5__/* .busy */ .S2)(instance) ||
            (action !== 'restart' && instance?.ecsStatus === target.status)
    });
    if (single && ack?.taskId)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.TaskId, ack.taskId);
    if (!settings.wait)
        return client.getInstance(id);
    const instance = await (0,_write_js__WEBPACK_IMPORTED_MODULE_5__/* .awaitWrite */ .WI)(ctx, {
        instanceId: id,
        taskId: ack?.taskId,
        action: `${action} of ${id}`,
        target,
        confirmable: action !== 'restart'
    }, single);
    if (instance)
        ctx.report.addInstance(instance);
    return instance;
}


/***/ }),

/***/ 9325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ acceptMissing),
/* harmony export */   Fr: () => (/* binding */ findTargetsOrMissing),
/* harmony export */   q8: () => (/* binding */ findTargets)
/* harmony export */ });
/* unused harmony exports InstanceNotFoundError, missingMessage */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3340);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _fleet_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3207);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(665);




/** Raised when the instance an operation names does not exist. */
class InstanceNotFoundError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InstanceNotFoundError';
    }
}
function scope(ctx) {
    return { region: ctx.settings.region, zone: ctx.settings.zone };
}
function where(ctx) {
    const { region, zone } = ctx.settings;
    if (zone)
        return ` in ${zone}`;
    return region
        ? ` in ${region}`
        : ' in any listed region (a sold-out region is searched only when ' +
            'region names it)';
}
/**
 * Finds the instances the inputs name: one by instance-id or by exact
 * instance-name, or every instance whose name starts with name-prefix.
 * Returns an empty list when none exists.
 */
async function findTargets(ctx) {
    const { instanceId, instanceName, namePrefix } = ctx.settings;
    const { client, catalog } = ctx;
    if (instanceId !== undefined) {
        const instance = await client.getInstance(instanceId);
        return instance ? [instance] : [];
    }
    if (instanceName !== undefined) {
        const matches = await (0,_fleet_js__WEBPACK_IMPORTED_MODULE_2__/* .findByName */ ._U)(client, catalog, instanceName, scope(ctx));
        if (matches.length > 1) {
            const ids = matches
                .map((item) => `${item.ecsResourceUUID} (${item.zoneCode})`)
                .join(', ');
            throw new Error(`${matches.length} instances are named '${instanceName}'${where(ctx)}: ` +
                `${ids}. Pass ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.InstanceId} to choose one, or narrow the ` +
                `search with ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Region} and ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Zone}.`);
        }
        return matches;
    }
    if (namePrefix !== undefined) {
        const fleet = await (0,_fleet_js__WEBPACK_IMPORTED_MODULE_2__/* .listFleet */ .d9)(client, catalog, scope(ctx));
        return fleet.filter((item) => item.instanceName.startsWith(namePrefix));
    }
    return [];
}
/** Says which instance the inputs name and that it was not found. */
function missingMessage(ctx) {
    const { instanceId, instanceName, namePrefix } = ctx.settings;
    if (instanceId !== undefined)
        return `Instance ${instanceId} was not found`;
    if (instanceName !== undefined) {
        return `No instance is named '${instanceName}'${where(ctx)}`;
    }
    return `No instance name starts with '${namePrefix}'${where(ctx)}`;
}
/**
 * Applies if-missing when no instance was found: warns and returns true for
 * `ignore`, throws InstanceNotFoundError for `fail`.
 */
function acceptMissing(ctx) {
    const { operation, ifMissing } = ctx.settings;
    const message = missingMessage(ctx);
    if (ifMissing === 'ignore') {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${message}; nothing to ${operation}.`);
        return true;
    }
    const hint = ['delete', 'start', 'stop'].includes(operation)
        ? ` Check ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.InstanceId} or ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.InstanceName}, or set ` +
            `${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.IfMissing}: ignore to let this step pass.`
        : ` Check ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.InstanceId} or ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.InstanceName}.`;
    throw new InstanceNotFoundError(`${message} (operation '${operation}').${hint}`);
}
/**
 * Finds the instances the inputs name, in a timed phase. When there are
 * none, applies if-missing (which throws for `fail`) and returns an empty
 * list; a name-prefix search then also outputs an empty `instances`.
 */
async function findTargetsOrMissing(ctx) {
    const targets = await ctx.report.phase('Finding the instance', () => findTargets(ctx));
    if (targets.length > 0)
        return targets;
    if (ctx.settings.namePrefix !== undefined)
        (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .setInstancesOutput */ .wh)([]);
    acceptMissing(ctx);
    return [];
}


/***/ }),

/***/ 5601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* binding */ sendWrite),
/* harmony export */   S2: () => (/* binding */ busy),
/* harmony export */   WI: () => (/* binding */ awaitWrite)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3340);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _client_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6468);
/* harmony import */ var _client_models_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(157);
/* harmony import */ var _wait_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(910);





/**
 * Sends a write call once. A failure can leave open whether the API acted
 * on it: no response, a dropped connection, a 5xx or a garbled body. Then
 * this reads the instance first and sends again only if the
 * first attempt shows no effect. Returns undefined when the earlier attempt
 * took effect, so that the caller waits on the instance's state without a
 * task id.
 */
async function sendWrite(ctx, call) {
    try {
        return await call.send();
    }
    catch (error) {
        if (!(error instanceof _client_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LightNodeApiError */ .Rm) || !error.ambiguous)
            throw error;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`The ${call.action} may or may not have reached the API (${error.message}). ` +
            `Checking the instance before sending it again.`);
    }
    const instance = call.lookUp
        ? await call.lookUp()
        : await ctx.client.getInstance(call.instanceId);
    if (call.tookEffect(instance)) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`The ${call.action} took effect; not sending it again.`);
        return undefined;
    }
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`The ${call.action} left no trace; sending it again.`);
    return call.send();
}
/** Shows that some operation is under way on the instance. */
function busy(instance) {
    return instance !== undefined && !(0,_client_models_js__WEBPACK_IMPORTED_MODULE_4__/* .isIdle */ .xB)(instance);
}
/**
 * Waits for a write's task and then for the instance to reach the target
 * state. Writes task-id and task-result as soon as they are known.
 */
async function awaitWrite(ctx, write, single = true) {
    const run = single
        ? ctx.report.phase.bind(ctx.report)
        : ctx.report.timed.bind(ctx.report);
    let result;
    if (write.taskId !== undefined) {
        const taskId = write.taskId;
        result = await run(`Waiting for task ${taskId} (${write.action})`, () => (0,_wait_js__WEBPACK_IMPORTED_MODULE_3__/* .waitForTask */ .aZ)(ctx.waits, { taskId, action: write.action }, false));
        if (single && result) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.TaskResult, result.processResult);
        }
        if (result === undefined && write.confirmable === false) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`The ${write.action} cannot be confirmed: the API no longer returns ` +
                `its task, and the server's state does not show the result. ` +
                `Check the server.`);
        }
    }
    const goal = (0,_wait_js__WEBPACK_IMPORTED_MODULE_3__/* .describeTarget */ .ff)(write.target);
    return run(`Waiting for ${write.instanceId} to be ${goal}`, () => (0,_wait_js__WEBPACK_IMPORTED_MODULE_3__/* .waitForInstance */ .WM)(ctx.waits, write.instanceId, write.target));
}


/***/ })

};

export const id = 38;
export const ids = [38,159];
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

/***/ 6038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R$: () => (/* binding */ cleanUpUnanswered),
/* harmony export */   Sd: () => (/* binding */ cleanUpFailedCreate),
/* harmony export */   UZ: () => (/* binding */ cleanUpPartial),
/* harmony export */   deleteWithGrace: () => (/* binding */ deleteWithGrace)
/* harmony export */ });
/* unused harmony export CLEANUP_GRACE_MS */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3340);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1381);
/* harmony import */ var _client_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6468);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6683);
/* harmony import */ var _create_plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9398);
/* harmony import */ var _delete_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1159);







/**
 * Time for deleting a half-made server after a failed create. The step may
 * run this much past its timeout, because the timeout may be what failed.
 */
const CLEANUP_GRACE_MS = 60_000;
/** Checks whether the workflow set cleanup: never, which keeps failures. */
function keepsFailures(ctx) {
    return ctx.settings.cleanupExplicit && ctx.settings.cleanup === 'never';
}
/**
 * Deletes a server whose creation failed or timed out, unless the workflow
 * set cleanup: never, so that no half-made server is left behind silently.
 */
async function cleanUpFailedCreate(ctx, instanceId, cause) {
    if (keepsFailures(ctx)) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Creating ${instanceId} failed and ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Cleanup} is never, so the ` +
            `instance is left in place. Delete it when you no longer need it.`);
        return;
    }
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Creating ${instanceId} failed (${(0,_client_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(cause)}); deleting the ` +
        `half-made instance.`);
    await deleteWithGrace(ctx, [instanceId]);
}
/**
 * Looks for the server of a create call whose response never came (a timeout
 * or a dropped connection), and deletes it unless cleanup is never.
 */
async function cleanUpUnanswered(ctx, plan, name, cause) {
    const grace = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .createContext */ .q)(ctx.settings, new _deadline_js__WEBPACK_IMPORTED_MODULE_4__/* .Deadline */ .B2(CLEANUP_GRACE_MS));
    try {
        const found = await (0,_create_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .findNewServer */ .rg)(grace, plan, name);
        if (found === undefined)
            return;
        const id = found.ecsResourceUUID;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`The create call for '${name}' failed (${(0,_client_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(cause)}), but ` +
            `the API made ${id}.`);
        ctx.report.recordCreated(id);
        await cleanUpFailedCreate(ctx, id, cause);
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(`The create call for '${name}' failed and the action could not check ` +
            `whether the API made a server (${(0,_client_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}). Look for ` +
            `'${name}' in ${plan.zoneCode} and delete it if it exists.`, { title: 'Server may be left behind' });
    }
    finally {
        grace.client.dispose();
    }
}
/**
 * Deletes instances with a fresh time budget, because the step's own
 * timeout may be what ended the wait. Reports each instance it could not
 * delete as an error annotation instead of throwing.
 */
async function deleteWithGrace(ctx, instanceIds, graceMs = CLEANUP_GRACE_MS) {
    const grace = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .createContext */ .q)(ctx.settings, new _deadline_js__WEBPACK_IMPORTED_MODULE_4__/* .Deadline */ .B2(graceMs));
    try {
        for (const instanceId of instanceIds) {
            await deleteOne(grace, instanceId);
            ctx.report.forgetCreated(instanceId);
        }
    }
    finally {
        grace.client.dispose();
    }
}
async function deleteOne(grace, instanceId) {
    try {
        const instance = await grace.client.getInstance(instanceId);
        if (instance === undefined) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Instance ${instanceId} is already gone.`);
            return;
        }
        await (0,_delete_js__WEBPACK_IMPORTED_MODULE_6__.deleteInstance)(grace, instance, false);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Deleted instance ${instanceId}.`);
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(`Could not delete instance ${instanceId}: ${(0,_client_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}. ` +
            `Delete it by hand (operation: delete, instance-id: ${instanceId}).`, { title: 'Server left behind' });
    }
}
/** Deletes the servers this step made when some of `count` failed. */
async function cleanUpPartial(ctx) {
    const createdIds = [...ctx.report.createdIds];
    if (createdIds.length === 0)
        return;
    if (keepsFailures(ctx)) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Some servers failed; ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Cleanup} is never, so ${createdIds.join(', ')} ` +
            `stay in place.`);
        return;
    }
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Some servers failed; deleting the ones this step made.`);
    await deleteWithGrace(ctx, createdIds);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.Instances, '[]');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.Created, 'false');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.Status, 'DELETED');
}


/***/ }),

/***/ 9398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _1: () => (/* binding */ planCreate),
/* harmony export */   n1: () => (/* binding */ choosePassword),
/* harmony export */   rg: () => (/* binding */ findNewServer)
/* harmony export */ });
/* unused harmony export instanceNames */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3340);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _fleet_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3207);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6683);
/* harmony import */ var _validation_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4344);





/** Resolves region, zone, package, image, key and security group. */
async function planCreate(ctx) {
    const { settings, catalog } = ctx;
    const region = await catalog.region(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Region, settings.region ?? '');
    const zoneCode = catalog.zone(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Zone, region, settings.zone);
    const regionCode = region.regionCode;
    const [pkg, image, sshKey, firewall] = await Promise.all([
        catalog.package(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Package, settings.packageSpec ?? '', regionCode, zoneCode),
        catalog.image(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Image, settings.image ?? '', regionCode, settings.imageType),
        settings.sshKey ? catalog.sshKey(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.SshKey, settings.sshKey) : undefined,
        settings.securityGroup
            ? catalog.firewall(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.SecurityGroup, settings.securityGroup, regionCode)
            : undefined
    ]);
    const names = instanceNames(settings.instanceName ?? '', settings.count);
    const existing = await findExisting(ctx, names, regionCode);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Package ${pkg.packageCode} (${pkg.cpu ?? '?'} vCPU, ${pkg.memory ?? '?'} GB), ` +
        `image ${image.imageResourceUUID} (${image.osDistroVersion || image.imageName})`);
    return {
        regionCode,
        zoneCode,
        packageCode: pkg.packageCode,
        imageResourceUUID: image.imageResourceUUID,
        sshKeyUUID: sshKey?.sshKeyUUID,
        firewallUUID: firewall?.firewallUUID,
        hasSshKey: sshKey !== undefined,
        names,
        existing
    };
}
function instanceNames(name, count) {
    if (count === 1)
        return [name];
    return Array.from({ length: count }, (_, index) => `${name}-${index + 1}`);
}
/**
 * Uses the given password, or generates one when no SSH key is given
 * either, so that the server can be logged in to. A generated password is
 * masked before it is output.
 */
function choosePassword(ctx, hasSshKey) {
    if (ctx.settings.password !== undefined)
        return ctx.settings.password;
    if (hasSshKey)
        return undefined;
    const password = (0,_validation_js__WEBPACK_IMPORTED_MODULE_4__/* .generatePassword */ .bk)();
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(password);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.Password, password);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('Generated a root password; it is in the masked output password.');
    return password;
}
async function findExisting(ctx, names, regionCode) {
    const fleet = await (0,_fleet_js__WEBPACK_IMPORTED_MODULE_2__/* .listFleet */ .d9)(ctx.client, ctx.catalog, { region: regionCode });
    const existing = new Map();
    for (const instance of fleet) {
        if (!names.includes(instance.instanceName))
            continue;
        const list = existing.get(instance.instanceName) ?? [];
        list.push(instance);
        existing.set(instance.instanceName, list);
    }
    return existing;
}
/** How often to list the zone when looking for a server the API made. */
const LOOK_UP_ATTEMPTS = 3;
/**
 * Finds a server named `name` that is not among the known ones, listing
 * the zone a few times because a new server may take a moment to show.
 */
async function findNewServer(ctx, plan, name) {
    const known = new Set((plan.existing.get(name) ?? []).map((item) => item.ecsResourceUUID));
    for (let attempt = 1; attempt <= LOOK_UP_ATTEMPTS; attempt++) {
        const listed = await ctx.client.listInstances(plan.regionCode, plan.zoneCode);
        const found = listed.find((item) => item.instanceName === name && !known.has(item.ecsResourceUUID));
        if (found || attempt === LOOK_UP_ATTEMPTS)
            return found;
        await (0,_deadline_js__WEBPACK_IMPORTED_MODULE_3__/* .sleep */ .yy)(Math.min(1000, ctx.settings.pollIntervalMs), ctx.deadline);
    }
    return undefined;
}


/***/ }),

/***/ 1159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deleteInstance: () => (/* binding */ deleteInstance),
/* harmony export */   deleteMany: () => (/* binding */ deleteMany),
/* harmony export */   needsStop: () => (/* binding */ needsStop),
/* harmony export */   runDelete: () => (/* binding */ runDelete)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3340);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _client_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6468);
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1532);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(665);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9325);
/* harmony import */ var _write_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5601);
/* harmony import */ var _stop_first_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7259);
/* harmony import */ var _pr_comment_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8518);









const BATCH_CONCURRENCY = 8;
/** Deletes the named instance, or every instance with the name prefix. */
async function runDelete(ctx) {
    const targets = await (0,_target_js__WEBPACK_IMPORTED_MODULE_4__/* .findTargetsOrMissing */ .Fr)(ctx);
    if (targets.length === 0)
        return;
    if (targets.length === 1 && ctx.settings.namePrefix === undefined) {
        const instance = targets[0];
        (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .setInstanceOutputs */ .Eq)(instance);
        await deleteInstance(ctx, instance, true);
        await (0,_pr_comment_js__WEBPACK_IMPORTED_MODULE_7__/* .commentIfAsked */ .r)(ctx, [instance], true);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.Status, ctx.settings.dryRun ? instance.ecsStatus : 'DELETED');
        return;
    }
    await deleteMany(ctx, targets);
}
/** Deletes several instances concurrently and reports each. */
async function deleteMany(ctx, targets) {
    const verb = ctx.settings.dryRun ? 'Dry run: would delete' : 'Deleting';
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${verb} ${targets.length} instance(s)`);
    const results = await (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_8__/* .settleLimit */ .X)(targets, BATCH_CONCURRENCY, (instance) => deleteInstance(ctx, instance, false));
    const failures = [];
    results.forEach((result, index) => {
        const { ecsResourceUUID, instanceName } = targets[index];
        if (result.status === 'fulfilled') {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${ecsResourceUUID} (${instanceName}): deleted`);
        }
        else {
            failures.push(`${ecsResourceUUID}: ${result.reason.message}`);
        }
    });
    (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .setInstancesOutput */ .wh)(targets);
    if (failures.length > 0) {
        throw new Error(`Could not delete ${failures.length} of ${targets.length} instance(s):\n` +
            failures.join('\n'));
    }
}
/**
 * Deletes one instance and waits until the API no longer returns it. When the
 * API rejects the deletion of a running instance, stops it first and tries
 * once more.
 */
async function deleteInstance(ctx, instance, single) {
    const id = instance.ecsResourceUUID;
    if (ctx.settings.dryRun) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Dry run: would delete ${id} (${instance.instanceName}).`);
        ctx.report.addInstance(instance);
        return;
    }
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Deleting instance ${id} (${instance.instanceName})`);
    const ack = await sendRelease(ctx, instance);
    if (single && ack?.taskId)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.TaskId, ack.taskId);
    if (!ctx.settings.wait) {
        ctx.report.addInstance({ ...instance, ecsStatus: 'DELETING' });
        return;
    }
    await (0,_write_js__WEBPACK_IMPORTED_MODULE_5__/* .awaitWrite */ .WI)(ctx, {
        instanceId: id,
        taskId: ack?.taskId,
        action: `deletion of ${id}`,
        target: { gone: true }
    }, single);
    ctx.report.addInstance({ ...instance, ecsStatus: 'DELETED' });
}
async function sendRelease(ctx, instance) {
    const id = instance.ecsResourceUUID;
    const release = () => (0,_write_js__WEBPACK_IMPORTED_MODULE_5__/* .sendWrite */ .As)(ctx, {
        action: `deletion of ${id}`,
        instanceId: id,
        send: () => ctx.client.releaseInstance(id),
        tookEffect: (current) => current === undefined || (0,_write_js__WEBPACK_IMPORTED_MODULE_5__/* .busy */ .S2)(current)
    });
    try {
        return await release();
    }
    catch (error) {
        if (!needsStop(error, instance))
            throw error;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`The API rejected deleting running instance ${id}; stopping it first.`);
        await (0,_stop_first_js__WEBPACK_IMPORTED_MODULE_6__/* .stopAndWait */ .D)(ctx, id);
        return release();
    }
}
/** Checks whether a rejected call may succeed once the instance is stopped. */
function needsStop(error, instance) {
    return (error instanceof _client_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LightNodeApiError */ .Rm &&
        (error.kind === 'rejected' || error.kind === 'not-found') &&
        instance.ecsStatus !== 'STOPPED');
}


/***/ }),

/***/ 8518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ commentIfAsked)
/* harmony export */ });
/**
 * Comments on the pull request when pr-comment is set. The GitHub client is
 * loaded only then, so that other runs do not pay for parsing it.
 */
async function commentIfAsked(ctx, instances, deleted) {
    const { prComment, dryRun, githubToken, instanceName } = ctx.settings;
    if (!prComment || dryRun || instances.length === 0)
        return;
    const { commentOnPullRequest } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(246)]).then(__webpack_require__.bind(__webpack_require__, 2246));
    const key = instanceName ?? instances[0].instanceName;
    await commentOnPullRequest(githubToken, key, instances, deleted);
}


/***/ }),

/***/ 7259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ stopAndWait)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3340);
/* harmony import */ var _wait_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(910);
/* harmony import */ var _write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5601);



/**
 * Stops an instance and waits for STOPPED, whatever the step's `wait`
 * input is, because the next call needs a stopped instance.
 */
async function stopAndWait(ctx, instanceId) {
    let instance = await ctx.client.getInstance(instanceId);
    if ((0,_write_js__WEBPACK_IMPORTED_MODULE_2__/* .busy */ .S2)(instance)) {
        instance = await (0,_wait_js__WEBPACK_IMPORTED_MODULE_1__/* .waitForInstance */ .WM)(ctx.waits, instanceId, {});
    }
    if (instance?.ecsStatus === 'STOPPED')
        return instance;
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Stopping instance ${instanceId} first`);
    const ack = await (0,_write_js__WEBPACK_IMPORTED_MODULE_2__/* .sendWrite */ .As)(ctx, {
        action: `stop of ${instanceId}`,
        instanceId,
        send: () => ctx.client.stopInstance(instanceId, ctx.settings.force),
        tookEffect: (current) => (0,_write_js__WEBPACK_IMPORTED_MODULE_2__/* .busy */ .S2)(current) || current?.ecsStatus === 'STOPPED'
    });
    return (0,_write_js__WEBPACK_IMPORTED_MODULE_2__/* .awaitWrite */ .WI)(ctx, {
        instanceId,
        taskId: ack?.taskId,
        action: `stop of ${instanceId}`,
        target: { status: 'STOPPED' }
    }, false);
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

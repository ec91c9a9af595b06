export const id = 640;
export const ids = [640];
export const modules = {

/***/ 5640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(3340);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/context.ts + 2 modules
var context = __webpack_require__(1381);
// EXTERNAL MODULE: ./src/deadline.ts
var deadline = __webpack_require__(6683);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __webpack_require__(8422);
// EXTERNAL MODULE: ./src/client/errors.ts
var client_errors = __webpack_require__(6468);
// EXTERNAL MODULE: ./src/validation.ts
var validation = __webpack_require__(4344);
;// CONCATENATED MODULE: ./src/summary.ts



const MAX_ROWS = 200;
function instanceRow(instance) {
    const specs = [
        instance.cpu !== undefined ? `${instance.cpu} vCPU` : '',
        instance.memory !== undefined ? `${instance.memory} GB` : '',
        instance.systemDiskSize !== undefined
            ? `${instance.systemDiskSize} GB disk`
            : ''
    ];
    return [
        instance.instanceName,
        instance.ecsResourceUUID,
        instance.ecsStatus,
        instance.zoneCode || instance.regionCode,
        instance.publicIpAddress || '-',
        specs.filter(Boolean).join(', ') || '-'
    ];
}
/**
 * Writes the job summary: the servers the step touched, the time each
 * phase took and the error, if any. Never throws: a summary problem only
 * warns, so it cannot hide the step's own result.
 */
async function writeSummary(ctx, failure) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        const { operation } = ctx.settings;
        const summary = core/* summary */.z.addHeading(`LightNode: ${operation}`, 3);
        if (failure !== undefined) {
            summary.addRaw(`Failed: ${escapeHtml((0,client_errors/* errorMessage */.gJ)(failure))}`, true);
        }
        for (const note of ctx.report.notes)
            summary.addRaw(escapeHtml(note), true);
        const instances = [...ctx.report.instances.values()];
        if (instances.length > 0) {
            const header = ['Name', 'ID', 'Status', 'Zone', 'Public IP', 'Specs'];
            summary.addTable([
                header.map((data) => ({ data, header: true })),
                ...instances
                    .slice(0, MAX_ROWS)
                    .map((instance) => instanceRow(instance).map(escapeHtml))
            ]);
            if (instances.length > MAX_ROWS) {
                summary.addRaw(`…and ${instances.length - MAX_ROWS} more.`, true);
            }
        }
        if (ctx.report.phases.length > 0) {
            summary.addTable([
                [
                    { data: 'Phase', header: true },
                    { data: 'Time', header: true }
                ],
                ...ctx.report.phases.map((phase) => [
                    escapeHtml(phase.name),
                    (0,validation/* formatDuration */.a3)(phase.ms)
                ])
            ]);
        }
        await summary.write();
    }
    catch (error) {
        core/* warning */.$e(`Could not write the job summary: ${(0,client_errors/* errorMessage */.gJ)(error)}`);
    }
}
function escapeHtml(value) {
    return value
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;');
}

;// CONCATENATED MODULE: ./src/main.ts







/**
 * Loads the code of one operation only, so that a run parses no more of the
 * bundle than it needs.
 */
async function loadOperation(operation) {
    switch (operation) {
        case 'create':
            return (await __webpack_require__.e(/* import() */ 757).then(__webpack_require__.bind(__webpack_require__, 4757))).runCreate;
        case 'delete':
            return (await __webpack_require__.e(/* import() */ 159).then(__webpack_require__.bind(__webpack_require__, 1159))).runDelete;
        case 'start':
        case 'stop':
        case 'restart': {
            const { runPower } = await __webpack_require__.e(/* import() */ 99).then(__webpack_require__.bind(__webpack_require__, 8099));
            return (ctx) => runPower(ctx, operation);
        }
        case 'reinstall':
            return (await __webpack_require__.e(/* import() */ 526).then(__webpack_require__.bind(__webpack_require__, 6526))).runReinstall;
        case 'reset-password':
            return (await __webpack_require__.e(/* import() */ 643).then(__webpack_require__.bind(__webpack_require__, 4643))).runResetPassword;
        case 'get':
            return (await __webpack_require__.e(/* import() */ 296).then(__webpack_require__.bind(__webpack_require__, 7296))).runGet;
        case 'list':
            return (await __webpack_require__.e(/* import() */ 296).then(__webpack_require__.bind(__webpack_require__, 7296))).runList;
        case 'wait-task':
            return (await __webpack_require__.e(/* import() */ 296).then(__webpack_require__.bind(__webpack_require__, 7296))).runWaitTask;
        case 'prune':
            return (await __webpack_require__.e(/* import() */ 186).then(__webpack_require__.bind(__webpack_require__, 1186))).runPrune;
        case 'regions':
            return (await __webpack_require__.e(/* import() */ 42).then(__webpack_require__.bind(__webpack_require__, 9042))).runRegions;
        case 'packages':
            return (await __webpack_require__.e(/* import() */ 42).then(__webpack_require__.bind(__webpack_require__, 9042))).runPackages;
        case 'images':
            return (await __webpack_require__.e(/* import() */ 42).then(__webpack_require__.bind(__webpack_require__, 9042))).runImages;
        case 'security-groups':
            return (await __webpack_require__.e(/* import() */ 42).then(__webpack_require__.bind(__webpack_require__, 9042))).runSecurityGroups;
        case 'ssh-keys':
            return (await __webpack_require__.e(/* import() */ 42).then(__webpack_require__.bind(__webpack_require__, 9042))).runSshKeys;
    }
}
/** Logs the cancellation of the job, which ends the process. */
function handleCancellation(ctx) {
    const onSignal = (signal) => {
        const ids = ctx.report.createdIds;
        core/* warning */.$e(`Received ${signal}: the job was cancelled, so the action stops ` +
            `waiting.` +
            (ids.length > 0
                ? ` This step created ${ids.join(', ')}; the post step deletes ` +
                    `them when ${constants/* Input */.pd.Cleanup} is always or on-failure.`
                : ''));
        process.exit(1);
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
}
function rememberForPost(ctx) {
    if (ctx.settings.operation !== 'create')
        return;
    core/* saveState */.LZ(constants/* State */.Uw.Cleanup, ctx.settings.cleanup);
}
/** Runs the main step: read inputs, run one operation, write a summary. */
async function run() {
    core/* saveState */.LZ(constants/* State */.Uw.IsPost, 'true');
    let ctx;
    let failure;
    try {
        const settings = (0,inputs/* readSettings */.s)();
        for (const warning of settings.warnings)
            core/* warning */.$e(warning);
        ctx = (0,context/* createContext */.q)(settings, new deadline/* Deadline */.B2(settings.timeoutMs));
        rememberForPost(ctx);
        handleCancellation(ctx);
        if (settings.dryRun && constants/* WRITE_OPERATIONS */.nM.includes(settings.operation)) {
            core/* info */.pq('Dry run: no write call is sent to the API.');
        }
        const runner = await loadOperation(settings.operation);
        await runner(ctx);
    }
    catch (error) {
        failure = error;
        core/* error */.z3((0,errors/* describeError */.U)(error), { title: (0,errors/* errorTitle */.J)(error) });
        process.exitCode = 1;
    }
    finally {
        core/* saveState */.LZ(constants/* State */.Uw.Outcome, failure === undefined ? 'success' : 'failure');
        if (ctx) {
            await writeSummary(ctx, failure);
            ctx.client.dispose();
        }
    }
}


/***/ })

};

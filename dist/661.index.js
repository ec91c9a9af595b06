export const id = 661;
export const ids = [661];
export const modules = {

/***/ 6661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPost: () => (/* binding */ runPost)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3340);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1381);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6683);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8422);






/**
 * Checks whether the job failed or was cancelled. The `job-status` input
 * defaults to the job's status expression, and a main step that did not
 * finish counts as a failure too.
 */
function jobFailed() {
    const outcome = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .State */ .Uw.Outcome);
    const status = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.JobStatus).toLowerCase();
    return outcome !== 'success' || status === 'failure' || status === 'cancelled';
}
function readPending() {
    try {
        const parsed = JSON.parse(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .State */ .Uw.PendingCreates) || '[]');
        return Array.isArray(parsed) ? parsed : [];
    }
    catch {
        return [];
    }
}
/**
 * Finds the servers of create calls that the main step sent but whose
 * response it never read, as when the job was cancelled mid-call: new servers
 * with the name that were not there before the call.
 */
async function findUnanswered(ctx, pending, knownIds) {
    const found = [];
    for (const entry of pending) {
        const listed = await ctx.client.listInstances(entry.regionCode, entry.zoneCode);
        for (const instance of listed) {
            const id = instance.ecsResourceUUID;
            const isNew = !entry.knownIds.includes(id) && !knownIds.includes(id);
            if (instance.instanceName === entry.name && isNew)
                found.push(id);
        }
    }
    return found;
}
/** Runs the post step: deletes what the main step created when cleanup requests it. */
async function runPost() {
    const ids = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .State */ .Uw.CreatedIds).split(',').filter(Boolean);
    const pending = readPending();
    const cleanup = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .State */ .Uw.Cleanup);
    if (ids.length === 0 && pending.length === 0)
        return;
    if (cleanup === '' || cleanup === 'never')
        return;
    if (cleanup === 'on-failure' && !jobFailed()) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`The job succeeded; keeping ${ids.join(', ')} (cleanup: on-failure).`);
        return;
    }
    let all = ids;
    try {
        const settings = { ...(0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .readSettings */ .s)(), wait: true, dryRun: false };
        const ctx = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .createContext */ .q)(settings, new _deadline_js__WEBPACK_IMPORTED_MODULE_3__/* .Deadline */ .B2(settings.timeoutMs));
        all = [...ids, ...(await findUnanswered(ctx, pending, ids))];
        if (all.length === 0) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('The main step created no server; nothing to clean up.');
            return;
        }
        const { deleteWithGrace } = await __webpack_require__.e(/* import() */ 38).then(__webpack_require__.bind(__webpack_require__, 6038));
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(`Deleting servers created by this step: ${all.join(', ')}`, () => deleteWithGrace(ctx, all, settings.timeoutMs));
        ctx.client.dispose();
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(`Cleanup could not delete ${all.join(', ')}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .describeError */ .U)(error)}`, {
            title: 'Server left behind'
        });
    }
}


/***/ })

};

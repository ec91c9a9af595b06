export const id = 246;
export const ids = [246];
export const modules = {

/***/ 2246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commentOnPullRequest: () => (/* binding */ commentOnPullRequest)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3340);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2413);
/* harmony import */ var _client_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6468);



/** Marks the action's comment so that later runs update it in place. */
function marker(key) {
    return `<!-- lightnode-action:${key} -->`;
}
function describe(instances, deleted) {
    if (deleted) {
        const names = instances.map((item) => `\`${item.instanceName}\``).join(', ');
        return `**LightNode preview server deleted:** ${names}`;
    }
    const rows = instances.map((item) => `| ${item.instanceName} | \`${item.publicIpAddress || '-'}\` | ` +
        `${item.ecsStatus} | ${item.zoneCode} | \`${item.ecsResourceUUID}\` |`);
    return [
        '**LightNode preview server**',
        '',
        '| Name | Public IP | Status | Zone | ID |',
        '| --- | --- | --- | --- | --- |',
        ...rows
    ].join('\n');
}
/**
 * Creates or updates the action's comment on the pull request that
 * triggered the run. Only warns on failure: a comment must never fail the
 * step that created or deleted the servers.
 */
async function commentOnPullRequest(token, key, instances, deleted) {
    const { /* context */ "_": context } = _actions_github__WEBPACK_IMPORTED_MODULE_1__;
    const number = context.payload.pull_request?.number;
    if (!number || !token) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e('pr-comment is set, but this run has no pull request or no github-token; ' +
            'no comment was written.');
        return;
    }
    try {
        const octokit = _actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q(token);
        const { owner, repo } = context.repo;
        const body = `${marker(key)}\n${describe(instances, deleted)}`;
        const comments = await octokit.paginate(octokit.rest.issues.listComments, {
            owner,
            repo,
            issue_number: number,
            per_page: 100
        });
        const existing = comments.find((item) => item.body?.startsWith(marker(key)));
        if (existing) {
            await octokit.rest.issues.updateComment({
                owner,
                repo,
                comment_id: existing.id,
                body
            });
        }
        else {
            await octokit.rest.issues.createComment({
                owner,
                repo,
                issue_number: number,
                body
            });
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Commented on pull request #${number}`);
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not comment on pull request #${number}: ${(0,_client_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`);
    }
}


/***/ })

};

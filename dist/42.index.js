export const id = 42;
export const ids = [42];
export const modules = {

/***/ 9042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runImages: () => (/* binding */ runImages),
/* harmony export */   runPackages: () => (/* binding */ runPackages),
/* harmony export */   runRegions: () => (/* binding */ runRegions),
/* harmony export */   runSecurityGroups: () => (/* binding */ runSecurityGroups),
/* harmony export */   runSshKeys: () => (/* binding */ runSshKeys)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3340);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(665);



function outputResult(ctx, rows, what) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Found ${rows.length} ${what}`);
    ctx.report.notes.push(`Found ${rows.length} ${what}.`);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.Result, (0,_report_js__WEBPACK_IMPORTED_MODULE_2__/* .secretFreeJson */ .Zg)(rows.map((row) => row.raw)));
}
async function runRegions(ctx) {
    outputResult(ctx, await ctx.catalog.regions(), 'region(s)');
}
/** Lists the packages of one zone, or of every zone of the region. */
async function runPackages(ctx) {
    const { catalog, settings } = ctx;
    const region = await catalog.region(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Region, settings.region ?? '');
    const zones = settings.zone
        ? [catalog.zone(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Zone, region, settings.zone)]
        : region.zones.map((zone) => zone.zoneCode);
    const lists = await Promise.all(zones.map((zone) => catalog.packages(region.regionCode, zone)));
    outputResult(ctx, lists.flat(), 'package(s)');
}
async function runImages(ctx) {
    const { catalog, settings } = ctx;
    const region = await catalog.region(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Region, settings.region ?? '');
    const images = await catalog.images(region.regionCode, settings.imageType);
    outputResult(ctx, images, `${settings.imageType} image(s)`);
}
async function runSecurityGroups(ctx) {
    const { catalog, settings } = ctx;
    const region = await catalog.region(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Region, settings.region ?? '');
    outputResult(ctx, await catalog.firewalls(region.regionCode), 'security group(s)');
}
async function runSshKeys(ctx) {
    outputResult(ctx, await ctx.catalog.sshKeys(), 'SSH key(s)');
}


/***/ })

};

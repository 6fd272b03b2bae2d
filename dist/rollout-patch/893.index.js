export const id = 893;
export const ids = [893];
export const modules = {

/***/ 53893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   indexRecord: () => (/* binding */ indexRecord)
/* harmony export */ });
/**
 * The records' OpenSearch / Elasticsearch sink (docs/design.md §3): one document per record with the
 * official client, loaded only when a URL is configured. The document id is stable per record,
 * so a re-run overwrites rather than duplicates. Best effort and bounded: an unreachable cluster
 * is reported back (for a warning), never thrown, and never holds a step longer than `timeoutMs`.
 */
async function indexRecord(url, index, id, record, timeoutMs) {
    const { Client } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(93)]).then(__webpack_require__.bind(__webpack_require__, 61093));
    const client = new Client({ node: url, requestTimeout: timeoutMs, maxRetries: 1 });
    try {
        await client.index({ index, id, body: record, refresh: false });
        return undefined;
    }
    catch (error) {
        return error.message;
    }
    finally {
        await client.close().catch(() => undefined);
    }
}


/***/ })

};

//# sourceMappingURL=893.index.js.map
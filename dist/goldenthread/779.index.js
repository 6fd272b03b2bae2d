export const id = 779;
export const ids = [
    779
];
export const modules = {
    55779: (__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.r(__webpack_exports__);
        __webpack_require__.d(__webpack_exports__, {
            AzureAuth: ()=>AzureAuth
        });
        var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
        var jsonpath_plus__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96229);
        class AzureAuth {
            isAuthProvider(user) {
                if (!user || !user.authProvider) {
                    return false;
                }
                return user.authProvider.name === "azure";
            }
            async applyAuthentication(user, opts) {
                const token = this.getToken(user);
                if (token) {
                    opts.headers["Authorization"] = `Bearer ${token}`;
                }
            }
            getToken(user) {
                const config = user.authProvider.config;
                if (this.isExpired(config)) {
                    this.updateAccessToken(config);
                }
                return config["access-token"];
            }
            isExpired(config) {
                const token = config["access-token"];
                const expiry = config.expiry;
                const expiresOn = config["expires-on"];
                if (!token) {
                    return true;
                }
                if (!expiry && !expiresOn) {
                    return false;
                }
                const expiresOnDate = expiresOn ? new Date(parseInt(expiresOn, 10) * 1e3) : undefined;
                const expiration = expiry ? Date.parse(expiry) : expiresOnDate.getTime();
                if (expiration < Date.now()) {
                    return true;
                }
                return false;
            }
            updateAccessToken(config) {
                let cmd = config["cmd-path"];
                if (!cmd) {
                    throw new Error("Token is expired!");
                }
                cmd = `"${cmd}"`;
                const args = config["cmd-args"];
                if (args) {
                    cmd = cmd + " " + args;
                }
                let output;
                try {
                    output = node_child_process__WEBPACK_IMPORTED_MODULE_0__.execSync(cmd);
                } catch (err) {
                    throw new Error("Failed to refresh token: " + err);
                }
                const resultObj = JSON.parse(output);
                const tokenPathKeyInConfig = config["token-key"];
                const expiryPathKeyInConfig = config["expiry-key"];
                const tokenPathKey = "$" + tokenPathKeyInConfig.slice(1, -1);
                const expiryPathKey = "$" + expiryPathKeyInConfig.slice(1, -1);
                config["access-token"] = jsonpath_plus__WEBPACK_IMPORTED_MODULE_1__.E({
                    path: tokenPathKey,
                    json: resultObj
                });
                config.expiry = jsonpath_plus__WEBPACK_IMPORTED_MODULE_1__.E({
                    path: expiryPathKey,
                    json: resultObj
                });
            }
        }
    }
};

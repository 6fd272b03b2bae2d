export const id = 371;
export const ids = [
    371
];
export const modules = {
    85752: (__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.r(__webpack_exports__);
        __webpack_require__.d(__webpack_exports__, {
            FileAuth: ()=>FileAuth
        });
        var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
        class FileAuth {
            constructor(){
                this.token = null;
                this.lastRead = null;
            }
            isAuthProvider(user) {
                return user.authProvider && user.authProvider.config && user.authProvider.config.tokenFile;
            }
            async applyAuthentication(user, opts) {
                if (this.token == null) {
                    this.refreshToken(user.authProvider.config.tokenFile);
                }
                if (this.isTokenExpired()) {
                    this.refreshToken(user.authProvider.config.tokenFile);
                }
                if (this.token) {
                    opts.headers["Authorization"] = `Bearer ${this.token}`;
                }
            }
            refreshToken(filePath) {
                this.token = node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(filePath).toString("utf-8");
                this.lastRead = new Date;
            }
            isTokenExpired() {
                if (this.lastRead === null) {
                    return true;
                }
                const now = new Date;
                const delta = (now.getTime() - this.lastRead.getTime()) / 1e3;
                return delta > 60;
            }
        }
    }
};

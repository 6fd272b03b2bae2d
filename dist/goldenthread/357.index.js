export const id = 357;
export const ids = [
    357
];
export const modules = {
    15183: function(__unused_webpack_module, exports, __webpack_require__) {
        var __createBinding = this && this.__createBinding || (Object.create ? function(o, m, k, k2) {
            if (k2 === undefined) k2 = k;
            var desc = Object.getOwnPropertyDescriptor(m, k);
            if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
                desc = {
                    enumerable: true,
                    get: function() {
                        return m[k];
                    }
                };
            }
            Object.defineProperty(o, k2, desc);
        } : function(o, m, k, k2) {
            if (k2 === undefined) k2 = k;
            o[k2] = m[k];
        });
        var __setModuleDefault = this && this.__setModuleDefault || (Object.create ? function(o, v) {
            Object.defineProperty(o, "default", {
                enumerable: true,
                value: v
            });
        } : function(o, v) {
            o["default"] = v;
        });
        var __importStar = this && this.__importStar || function(mod) {
            if (mod && mod.__esModule) return mod;
            var result = {};
            if (mod != null) {
                for(var k in mod)if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
            }
            __setModuleDefault(result, mod);
            return result;
        };
        Object.defineProperty(exports, "__esModule", {
            value: true
        });
        exports.req = exports.json = exports.toBuffer = void 0;
        const http = __importStar(__webpack_require__(58611));
        const https = __importStar(__webpack_require__(65692));
        async function toBuffer(stream) {
            let length = 0;
            const chunks = [];
            for await (const chunk of stream){
                length += chunk.length;
                chunks.push(chunk);
            }
            return Buffer.concat(chunks, length);
        }
        exports.toBuffer = toBuffer;
        async function json(stream) {
            const buf = await toBuffer(stream);
            const str = buf.toString("utf8");
            try {
                return JSON.parse(str);
            } catch (_err) {
                const err = _err;
                err.message += ` (input: ${str})`;
                throw err;
            }
        }
        exports.json = json;
        function req(url, opts = {}) {
            const href = typeof url === "string" ? url : url.href;
            const req1 = (href.startsWith("https:") ? https : http).request(url, opts);
            const promise = new Promise((resolve, reject)=>{
                req1.once("response", resolve).once("error", reject).end();
            });
            req1.then = promise.then.bind(promise);
            return req1;
        }
        exports.req = req;
    },
    98894: function(__unused_webpack_module, exports, __webpack_require__) {
        var __createBinding = this && this.__createBinding || (Object.create ? function(o, m, k, k2) {
            if (k2 === undefined) k2 = k;
            var desc = Object.getOwnPropertyDescriptor(m, k);
            if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
                desc = {
                    enumerable: true,
                    get: function() {
                        return m[k];
                    }
                };
            }
            Object.defineProperty(o, k2, desc);
        } : function(o, m, k, k2) {
            if (k2 === undefined) k2 = k;
            o[k2] = m[k];
        });
        var __setModuleDefault = this && this.__setModuleDefault || (Object.create ? function(o, v) {
            Object.defineProperty(o, "default", {
                enumerable: true,
                value: v
            });
        } : function(o, v) {
            o["default"] = v;
        });
        var __importStar = this && this.__importStar || function(mod) {
            if (mod && mod.__esModule) return mod;
            var result = {};
            if (mod != null) {
                for(var k in mod)if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
            }
            __setModuleDefault(result, mod);
            return result;
        };
        var __exportStar = this && this.__exportStar || function(m, exports) {
            for(var p in m)if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
        };
        Object.defineProperty(exports, "__esModule", {
            value: true
        });
        exports.Agent = void 0;
        const net = __importStar(__webpack_require__(69278));
        const http = __importStar(__webpack_require__(58611));
        const https_1 = __webpack_require__(65692);
        __exportStar(__webpack_require__(15183), exports);
        const INTERNAL = Symbol("AgentBaseInternalState");
        class Agent extends http.Agent {
            constructor(opts){
                super(opts);
                this[INTERNAL] = {};
            }
            isSecureEndpoint(options) {
                if (options) {
                    if (typeof options.secureEndpoint === "boolean") {
                        return options.secureEndpoint;
                    }
                    if (typeof options.protocol === "string") {
                        return options.protocol === "https:";
                    }
                }
                const { stack } = new Error;
                if (typeof stack !== "string") return false;
                return stack.split("\n").some((l)=>l.indexOf("(https.js:") !== -1 || l.indexOf("node:https:") !== -1);
            }
            incrementSockets(name) {
                if (this.maxSockets === Infinity && this.maxTotalSockets === Infinity) {
                    return null;
                }
                if (!this.sockets[name]) {
                    this.sockets[name] = [];
                }
                const fakeSocket = new net.Socket({
                    writable: false
                });
                this.sockets[name].push(fakeSocket);
                this.totalSocketCount++;
                return fakeSocket;
            }
            decrementSockets(name, socket) {
                if (!this.sockets[name] || socket === null) {
                    return;
                }
                const sockets = this.sockets[name];
                const index = sockets.indexOf(socket);
                if (index !== -1) {
                    sockets.splice(index, 1);
                    this.totalSocketCount--;
                    if (sockets.length === 0) {
                        delete this.sockets[name];
                    }
                }
            }
            getName(options) {
                const secureEndpoint = this.isSecureEndpoint(options);
                if (secureEndpoint) {
                    return https_1.Agent.prototype.getName.call(this, options);
                }
                return super.getName(options);
            }
            createSocket(req, options, cb) {
                const connectOpts = {
                    ...options,
                    secureEndpoint: this.isSecureEndpoint(options)
                };
                const name = this.getName(connectOpts);
                const fakeSocket = this.incrementSockets(name);
                Promise.resolve().then(()=>this.connect(req, connectOpts)).then((socket)=>{
                    this.decrementSockets(name, fakeSocket);
                    if (socket instanceof http.Agent) {
                        try {
                            return socket.addRequest(req, connectOpts);
                        } catch (err) {
                            return cb(err);
                        }
                    }
                    this[INTERNAL].currentSocket = socket;
                    super.createSocket(req, options, cb);
                }, (err)=>{
                    this.decrementSockets(name, fakeSocket);
                    cb(err);
                });
            }
            createConnection() {
                const socket = this[INTERNAL].currentSocket;
                this[INTERNAL].currentSocket = undefined;
                if (!socket) {
                    throw new Error("No socket was returned in the `connect()` function");
                }
                return socket;
            }
            get defaultPort() {
                return this[INTERNAL].defaultPort ?? (this.protocol === "https:" ? 443 : 80);
            }
            set defaultPort(v) {
                if (this[INTERNAL]) {
                    this[INTERNAL].defaultPort = v;
                }
            }
            get protocol() {
                return this[INTERNAL].protocol ?? (this.isSecureEndpoint() ? "https:" : "http:");
            }
            set protocol(v) {
                if (this[INTERNAL]) {
                    this[INTERNAL].protocol = v;
                }
            }
        }
        exports.Agent = Agent;
    },
    68850: (__unused_webpack_module, exports)=>{
        Object.defineProperty(exports, "__esModule", {
            value: true
        });
        exports.AddressError = void 0;
        class AddressError extends Error {
            constructor(message, parseMessage){
                super(message);
                this.name = "AddressError";
                this.parseMessage = parseMessage;
            }
        }
        exports.AddressError = AddressError;
    },
    45864: (__unused_webpack_module, exports, __webpack_require__)=>{
        Object.defineProperty(exports, "__esModule", {
            value: true
        });
        exports.isInSubnet = isInSubnet;
        exports.isHostInSubnet = isHostInSubnet;
        exports.isGloballyReachable = isGloballyReachable;
        exports.offsetBigInt = offsetBigInt;
        exports.isCorrect = isCorrect;
        exports.prefixLengthFromMask = prefixLengthFromMask;
        exports.assertByteArray = assertByteArray;
        exports.numberToPaddedHex = numberToPaddedHex;
        exports.stringToPaddedHex = stringToPaddedHex;
        exports.testBit = testBit;
        const address_error_1 = __webpack_require__(68850);
        function isInSubnet(address) {
            if (this.subnetMask < address.subnetMask) {
                return false;
            }
            return isHostInSubnet.call(this, address);
        }
        function isHostInSubnet(address) {
            if (this.binaryZeroPad().length !== address.binaryZeroPad().length) {
                return false;
            }
            return this.mask(address.subnetMask) === address.mask();
        }
        function isGloballyReachable(entries) {
            let best = null;
            for(let i = 0; i < entries.length; i++){
                const entry = entries[i];
                if (entry.reachable !== null && isHostInSubnet.call(this, entry.subnet) && (best === null || entry.subnet.subnetMask > best.subnet.subnetMask)) {
                    best = entry;
                }
            }
            return best === null ? true : best.reachable;
        }
        function offsetBigInt(value, n, bits, family) {
            if (typeof n === "number" && !Number.isSafeInteger(n)) {
                throw new address_error_1.AddressError(`${family} offset must be an integer`);
            }
            if (typeof n !== "number" && typeof n !== "bigint") {
                throw new address_error_1.AddressError(`${family} offset must be an integer`);
            }
            const result = value + BigInt(n);
            if (result < BigInt(0) || result > (BigInt(1) << BigInt(bits)) - BigInt(1)) {
                throw new address_error_1.AddressError(`${family} offset leaves the address space`);
            }
            return result;
        }
        function isCorrect(defaultBits) {
            return function isCorrectForm() {
                if (this.addressMinusSuffix !== this.correctForm()) {
                    return false;
                }
                if (this.subnetMask === defaultBits && !this.parsedSubnet) {
                    return true;
                }
                return this.parsedSubnet === String(this.subnetMask);
            };
        }
        function prefixLengthFromMask(value, totalBits) {
            const binary = value.toString(2).padStart(totalBits, "0");
            if (binary.length > totalBits) {
                throw new address_error_1.AddressError("Invalid subnet mask.");
            }
            const firstZero = binary.indexOf("0");
            if (firstZero === -1) {
                return totalBits;
            }
            if (binary.slice(firstZero).includes("1")) {
                throw new address_error_1.AddressError("Invalid subnet mask.");
            }
            return firstZero;
        }
        function assertByteArray(bytes, byteCount, family, minimum) {
            if (bytes.length !== byteCount) {
                throw new address_error_1.AddressError(`${family} addresses require exactly ${byteCount} bytes`);
            }
            for(let i = 0; i < bytes.length; i++){
                if (!Number.isInteger(bytes[i]) || bytes[i] < minimum || bytes[i] > 255) {
                    throw new address_error_1.AddressError(`All bytes must be integers between ${minimum} and 255`);
                }
            }
        }
        function numberToPaddedHex(number) {
            return number.toString(16).padStart(2, "0");
        }
        function stringToPaddedHex(numberString) {
            return numberToPaddedHex(parseInt(numberString, 10));
        }
        function testBit(binaryValue, position) {
            const { length } = binaryValue;
            if (position >= length) {
                return false;
            }
            const positionInString = length - position - 1;
            return binaryValue.substring(positionInString, positionInString + 1) === "1";
        }
    },
    79253: function(__unused_webpack_module, exports, __webpack_require__) {
        var __createBinding = this && this.__createBinding || (Object.create ? function(o, m, k, k2) {
            if (k2 === undefined) k2 = k;
            var desc = Object.getOwnPropertyDescriptor(m, k);
            if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
                desc = {
                    enumerable: true,
                    get: function() {
                        return m[k];
                    }
                };
            }
            Object.defineProperty(o, k2, desc);
        } : function(o, m, k, k2) {
            if (k2 === undefined) k2 = k;
            o[k2] = m[k];
        });
        var __setModuleDefault = this && this.__setModuleDefault || (Object.create ? function(o, v) {
            Object.defineProperty(o, "default", {
                enumerable: true,
                value: v
            });
        } : function(o, v) {
            o["default"] = v;
        });
        var __importStar = this && this.__importStar || function(mod) {
            if (mod && mod.__esModule) return mod;
            var result = {};
            if (mod != null) {
                for(var k in mod)if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
            }
            __setModuleDefault(result, mod);
            return result;
        };
        Object.defineProperty(exports, "__esModule", {
            value: true
        });
        exports.v6 = exports.AddressError = exports.Address6 = exports.Address4 = void 0;
        var ipv4_1 = __webpack_require__(17946);
        Object.defineProperty(exports, "Address4", {
            enumerable: true,
            get: function() {
                return ipv4_1.Address4;
            }
        });
        var ipv6_1 = __webpack_require__(38096);
        Object.defineProperty(exports, "Address6", {
            enumerable: true,
            get: function() {
                return ipv6_1.Address6;
            }
        });
        var address_error_1 = __webpack_require__(68850);
        Object.defineProperty(exports, "AddressError", {
            enumerable: true,
            get: function() {
                return address_error_1.AddressError;
            }
        });
        const helpers = __importStar(__webpack_require__(20339));
        exports.v6 = {
            helpers
        };
    },
    17946: function(__unused_webpack_module, exports, __webpack_require__) {
        var __createBinding = this && this.__createBinding || (Object.create ? function(o, m, k, k2) {
            if (k2 === undefined) k2 = k;
            var desc = Object.getOwnPropertyDescriptor(m, k);
            if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
                desc = {
                    enumerable: true,
                    get: function() {
                        return m[k];
                    }
                };
            }
            Object.defineProperty(o, k2, desc);
        } : function(o, m, k, k2) {
            if (k2 === undefined) k2 = k;
            o[k2] = m[k];
        });
        var __setModuleDefault = this && this.__setModuleDefault || (Object.create ? function(o, v) {
            Object.defineProperty(o, "default", {
                enumerable: true,
                value: v
            });
        } : function(o, v) {
            o["default"] = v;
        });
        var __importStar = this && this.__importStar || function(mod) {
            if (mod && mod.__esModule) return mod;
            var result = {};
            if (mod != null) {
                for(var k in mod)if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
            }
            __setModuleDefault(result, mod);
            return result;
        };
        Object.defineProperty(exports, "__esModule", {
            value: true
        });
        exports.Address4 = void 0;
        const common = __importStar(__webpack_require__(45864));
        const constants = __importStar(__webpack_require__(66437));
        const address_error_1 = __webpack_require__(68850);
        const isCorrect4 = common.isCorrect(constants.BITS);
        class Address4 {
            constructor(address){
                this.addressMinusSuffix = "";
                this.groups = constants.GROUPS;
                this.parsedAddress = [];
                this.parsedSubnet = "";
                this.subnet = "/32";
                this.subnetMask = 32;
                this.v4 = true;
                this.isCorrect = isCorrect4;
                this.isInSubnet = common.isInSubnet;
                this.isHostInSubnet = common.isHostInSubnet;
                this.address = address;
                const subnet = constants.RE_SUBNET_STRING.exec(address);
                if (subnet) {
                    this.parsedSubnet = subnet[0].replace("/", "");
                    this.subnetMask = parseInt(this.parsedSubnet, 10);
                    this.subnet = `/${this.subnetMask}`;
                    if (this.subnetMask < 0 || this.subnetMask > constants.BITS) {
                        throw new address_error_1.AddressError("Invalid subnet mask.");
                    }
                    address = address.replace(constants.RE_SUBNET_STRING, "");
                }
                const longest = constants.GROUPS * 4 - 1;
                if (address.length > longest) {
                    throw new address_error_1.AddressError(`IPv4 addresses are at most ${longest} characters.`);
                }
                this.addressMinusSuffix = address;
                this.parsedAddress = this.parse(address);
            }
            static isValid(address) {
                try {
                    new Address4(address);
                    return true;
                } catch  {
                    return false;
                }
            }
            parse(address) {
                const groups = address.split(".");
                if (groups.some((group)=>/^0\d/.test(group))) {
                    throw new address_error_1.AddressError("IPv4 addresses can't have leading zeroes.");
                }
                if (!address.match(constants.RE_ADDRESS)) {
                    throw new address_error_1.AddressError("Invalid IPv4 address.");
                }
                return groups;
            }
            correctForm() {
                return this.parsedAddress.map((part)=>parseInt(part, 10)).join(".");
            }
            static fromAddressAndMask(address, mask) {
                const bits = common.prefixLengthFromMask(new Address4(mask).bigInt(), constants.BITS);
                return new Address4(`${address}/${bits}`);
            }
            static fromAddressAndWildcardMask(address, wildcardMask) {
                const wildcard = new Address4(wildcardMask).bigInt();
                const allOnes = (BigInt(1) << BigInt(constants.BITS)) - BigInt(1);
                const mask = wildcard ^ allOnes;
                const bits = common.prefixLengthFromMask(mask, constants.BITS);
                return new Address4(`${address}/${bits}`);
            }
            static fromWildcard(input) {
                const groups = input.split(".");
                if (groups.length !== constants.GROUPS) {
                    throw new address_error_1.AddressError("Wildcard pattern must have 4 octets");
                }
                let firstWildcard = -1;
                for(let i = 0; i < groups.length; i++){
                    if (groups[i] === "*") {
                        if (firstWildcard === -1) {
                            firstWildcard = i;
                        }
                    } else if (firstWildcard !== -1) {
                        throw new address_error_1.AddressError("Wildcard `*` must only appear in trailing octets (e.g. `192.168.0.*`)");
                    }
                }
                const trailing = firstWildcard === -1 ? 0 : groups.length - firstWildcard;
                const replaced = groups.map((g)=>g === "*" ? "0" : g);
                const subnetBits = constants.BITS - trailing * 8;
                return new Address4(`${replaced.join(".")}/${subnetBits}`);
            }
            static fromHex(hex) {
                const stripped = hex.replace(/:/g, "");
                if (!/^[0-9a-fA-F]{8}$/.test(stripped)) {
                    throw new address_error_1.AddressError("IPv4 hex must be exactly 8 hex digits");
                }
                const groups = [];
                for(let i = 0; i < 8; i += 2){
                    groups.push(parseInt(stripped.slice(i, i + 2), 16));
                }
                return new Address4(groups.join("."));
            }
            static fromInteger(integer) {
                if (!Number.isInteger(integer) || integer < 0 || integer > 0xffffffff) {
                    throw new address_error_1.AddressError("IPv4 integer must be in the range 0 to 2**32 - 1");
                }
                return Address4.fromHex(integer.toString(16).padStart(8, "0"));
            }
            static fromArpa(arpaFormAddress) {
                const longest = constants.GROUPS * 4 - 1 + "/32".length + ".in-addr.arpa.".length;
                if (arpaFormAddress.length > longest) {
                    throw new address_error_1.AddressError(`in-addr.arpa names are at most ${longest} characters.`);
                }
                const leader = arpaFormAddress.replace(/(\.in-addr\.arpa)?\.?$/i, "");
                const address = leader.split(".").reverse().join(".");
                return new Address4(address);
            }
            toHex() {
                return this.parsedAddress.map((part)=>common.stringToPaddedHex(part)).join(":");
            }
            toArray() {
                return this.parsedAddress.map((part)=>parseInt(part, 10));
            }
            toGroup6() {
                const output = [];
                let i;
                for(i = 0; i < constants.GROUPS; i += 2){
                    output.push(`${common.stringToPaddedHex(this.parsedAddress[i])}${common.stringToPaddedHex(this.parsedAddress[i + 1])}`);
                }
                return output.join(":");
            }
            bigInt() {
                return BigInt(`0x${this.parsedAddress.map((n)=>common.stringToPaddedHex(n)).join("")}`);
            }
            _startAddress() {
                return BigInt(`0b${this.mask() + "0".repeat(constants.BITS - this.subnetMask)}`);
            }
            startAddress() {
                return Address4.fromBigInt(this._startAddress());
            }
            startAddressExclusive() {
                const adjust = BigInt("1");
                return Address4.fromBigInt(this._startAddress() + adjust);
            }
            offset(n) {
                return Address4.fromBigInt(common.offsetBigInt(this.bigInt(), n, constants.BITS, "IPv4")).withSubnetMask(this.subnetMask);
            }
            nextNetwork() {
                return Address4.fromBigInt(common.offsetBigInt(this._endAddress(), 1, constants.BITS, "IPv4")).withSubnetMask(this.subnetMask);
            }
            withSubnetMask(subnetMask) {
                return new Address4(`${this.correctForm()}/${subnetMask}`);
            }
            _endAddress() {
                return BigInt(`0b${this.mask() + "1".repeat(constants.BITS - this.subnetMask)}`);
            }
            endAddress() {
                return Address4.fromBigInt(this._endAddress());
            }
            endAddressExclusive() {
                const adjust = BigInt("1");
                return Address4.fromBigInt(this._endAddress() - adjust);
            }
            subnetMaskAddress() {
                return Address4.fromBigInt(BigInt(`0b${"1".repeat(this.subnetMask)}${"0".repeat(constants.BITS - this.subnetMask)}`));
            }
            wildcardMask() {
                return Address4.fromBigInt(BigInt(`0b${"0".repeat(this.subnetMask)}${"1".repeat(constants.BITS - this.subnetMask)}`));
            }
            networkForm() {
                return `${this.startAddress().correctForm()}/${this.subnetMask}`;
            }
            static fromBigInt(bigInt) {
                if (bigInt < BigInt(0) || bigInt > BigInt(0xffffffff)) {
                    throw new address_error_1.AddressError("IPv4 BigInt must be in the range 0 to 2**32 - 1");
                }
                return Address4.fromHex(bigInt.toString(16).padStart(8, "0"));
            }
            static fromByteArray(bytes) {
                common.assertByteArray(bytes, 4, "IPv4", 0);
                return this.fromUnsignedByteArray(bytes);
            }
            static fromUnsignedByteArray(bytes) {
                if (bytes.length !== 4) {
                    throw new address_error_1.AddressError("IPv4 addresses require exactly 4 bytes");
                }
                const address = bytes.join(".");
                return new Address4(address);
            }
            mask(mask) {
                if (mask === undefined) {
                    mask = this.subnetMask;
                }
                return this.getBitsBase2(0, mask);
            }
            getBitsBase2(start, end) {
                return this.binaryZeroPad().slice(start, end);
            }
            reverseForm(options) {
                if (!options) {
                    options = {};
                }
                const reversed = this.correctForm().split(".").reverse().join(".");
                if (options.omitSuffix) {
                    return reversed;
                }
                return `${reversed}.in-addr.arpa.`;
            }
            isMulticast() {
                return this.isHostInSubnet(MULTICAST_V4);
            }
            isPrivate() {
                return PRIVATE_V4.some((subnet)=>this.isHostInSubnet(subnet));
            }
            isLoopback() {
                return this.isHostInSubnet(LOOPBACK_V4);
            }
            isLinkLocal() {
                return this.isHostInSubnet(LINK_LOCAL_V4);
            }
            isUnspecified() {
                return this.isHostInSubnet(UNSPECIFIED_V4);
            }
            isBroadcast() {
                return this.isHostInSubnet(BROADCAST_V4);
            }
            isCGNAT() {
                return this.isHostInSubnet(CGNAT_V4);
            }
            isDocumentation() {
                return DOCUMENTATION_V4.some((subnet)=>this.isHostInSubnet(subnet));
            }
            isBenchmarking() {
                return this.isHostInSubnet(BENCHMARKING_V4);
            }
            isReserved() {
                return this.isHostInSubnet(RESERVED_V4);
            }
            isGlobal() {
                return !this.isMulticast() && common.isGloballyReachable.call(this, SPECIAL_PURPOSE_V4);
            }
            binaryZeroPad() {
                if (this._binaryZeroPad === undefined) {
                    this._binaryZeroPad = this.bigInt().toString(2).padStart(constants.BITS, "0");
                }
                return this._binaryZeroPad;
            }
            groupForV6() {
                const segments = this.parsedAddress;
                return this.correctForm().replace(constants.RE_ADDRESS, `<span class="hover-group group-v4 group-6">${segments.slice(0, 2).join(".")}</span>.<span class="hover-group group-v4 group-7">${segments.slice(2, 4).join(".")}</span>`);
            }
        }
        exports.Address4 = Address4;
        const MULTICAST_V4 = new Address4("224.0.0.0/4");
        const PRIVATE_V4 = [
            new Address4("10.0.0.0/8"),
            new Address4("172.16.0.0/12"),
            new Address4("192.168.0.0/16")
        ];
        const LOOPBACK_V4 = new Address4("127.0.0.0/8");
        const LINK_LOCAL_V4 = new Address4("169.254.0.0/16");
        const UNSPECIFIED_V4 = new Address4("0.0.0.0/32");
        const BROADCAST_V4 = new Address4("255.255.255.255/32");
        const CGNAT_V4 = new Address4("100.64.0.0/10");
        const DOCUMENTATION_V4 = [
            new Address4("192.0.2.0/24"),
            new Address4("198.51.100.0/24"),
            new Address4("203.0.113.0/24")
        ];
        const BENCHMARKING_V4 = new Address4("198.18.0.0/15");
        const RESERVED_V4 = new Address4("240.0.0.0/4");
        const SPECIAL_PURPOSE_V4 = constants.SPECIAL_PURPOSE.map(([cidr, , reachable])=>({
                subnet: new Address4(cidr),
                reachable
            }));
    },
    38096: function(__unused_webpack_module, exports, __webpack_require__) {
        var __createBinding = this && this.__createBinding || (Object.create ? function(o, m, k, k2) {
            if (k2 === undefined) k2 = k;
            var desc = Object.getOwnPropertyDescriptor(m, k);
            if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
                desc = {
                    enumerable: true,
                    get: function() {
                        return m[k];
                    }
                };
            }
            Object.defineProperty(o, k2, desc);
        } : function(o, m, k, k2) {
            if (k2 === undefined) k2 = k;
            o[k2] = m[k];
        });
        var __setModuleDefault = this && this.__setModuleDefault || (Object.create ? function(o, v) {
            Object.defineProperty(o, "default", {
                enumerable: true,
                value: v
            });
        } : function(o, v) {
            o["default"] = v;
        });
        var __importStar = this && this.__importStar || function(mod) {
            if (mod && mod.__esModule) return mod;
            var result = {};
            if (mod != null) {
                for(var k in mod)if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
            }
            __setModuleDefault(result, mod);
            return result;
        };
        Object.defineProperty(exports, "__esModule", {
            value: true
        });
        exports.Address6 = void 0;
        const common = __importStar(__webpack_require__(45864));
        const constants4 = __importStar(__webpack_require__(66437));
        const constants6 = __importStar(__webpack_require__(52899));
        const helpers = __importStar(__webpack_require__(20339));
        const ipv4_1 = __webpack_require__(17946);
        const regular_expressions_1 = __webpack_require__(72016);
        const address_error_1 = __webpack_require__(68850);
        const common_1 = __webpack_require__(45864);
        const isCorrect6 = common.isCorrect(constants6.BITS);
        function assert(condition) {
            if (!condition) {
                throw new Error("Assertion failed.");
            }
        }
        function addCommas(number) {
            const r = /(\d+)(\d{3})/;
            while(r.test(number)){
                number = number.replace(r, "$1,$2");
            }
            return number;
        }
        function spanLeadingZeroes4(n) {
            n = n.replace(/^(0{1,})([1-9]+)$/, '<span class="parse-error">$1</span>$2');
            n = n.replace(/^(0{1,})(0)$/, '<span class="parse-error">$1</span>$2');
            return n;
        }
        function compact(address, slice) {
            const s1 = [];
            const s2 = [];
            let i;
            for(i = 0; i < address.length; i++){
                if (i < slice[0]) {
                    s1.push(address[i]);
                } else if (i > slice[1]) {
                    s2.push(address[i]);
                }
            }
            return s1.concat([
                "compact"
            ]).concat(s2);
        }
        function paddedHex(octet) {
            return parseInt(octet, 16).toString(16).padStart(4, "0");
        }
        function unsignByte(b) {
            return b & 255;
        }
        class Address6 {
            constructor(address, optionalGroups){
                this.addressMinusSuffix = "";
                this.parsedSubnet = "";
                this.subnet = "/128";
                this.subnetMask = 128;
                this.v4 = false;
                this.zone = "";
                this.isInSubnet = common.isInSubnet;
                this.isHostInSubnet = common.isHostInSubnet;
                this.isCorrect = isCorrect6;
                if (optionalGroups === undefined) {
                    this.groups = constants6.GROUPS;
                } else {
                    this.groups = optionalGroups;
                }
                this.address = address;
                const subnet = constants6.RE_SUBNET_STRING.exec(address);
                if (subnet) {
                    this.parsedSubnet = subnet[0].replace("/", "");
                    this.subnetMask = parseInt(this.parsedSubnet, 10);
                    this.subnet = `/${this.subnetMask}`;
                    if (Number.isNaN(this.subnetMask) || this.subnetMask < 0 || this.subnetMask > constants6.BITS) {
                        throw new address_error_1.AddressError("Invalid subnet mask.");
                    }
                    address = address.replace(constants6.RE_SUBNET_STRING, "");
                }
                if (/\//.test(address)) {
                    throw new address_error_1.AddressError("Invalid subnet mask.");
                }
                const zoneStart = address.indexOf("%");
                if (zoneStart !== -1 && /^.*$/.test(address.slice(zoneStart))) {
                    this.zone = address.slice(zoneStart);
                    address = address.slice(0, zoneStart);
                }
                const longest = this.groups * 5 + 5;
                if (address.length > longest) {
                    throw new address_error_1.AddressError(`IPv6 addresses are at most ${longest} characters.`);
                }
                this.addressMinusSuffix = address;
                this.parsedAddress = this.parse(this.addressMinusSuffix);
            }
            static isValid(address) {
                try {
                    new Address6(address);
                    return true;
                } catch  {
                    return false;
                }
            }
            static fromBigInt(bigInt) {
                if (bigInt < BigInt(0) || bigInt > (BigInt(1) << BigInt(constants6.BITS)) - BigInt(1)) {
                    throw new address_error_1.AddressError("IPv6 BigInt must be in the range 0 to 2**128 - 1");
                }
                const hex = bigInt.toString(16).padStart(32, "0");
                const groups = [];
                for(let i = 0; i < constants6.GROUPS; i++){
                    groups.push(hex.slice(i * 4, (i + 1) * 4));
                }
                return new Address6(groups.join(":"));
            }
            static fromURL(url) {
                var _a;
                let host;
                let port = null;
                let result;
                let error;
                const stripped = url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "");
                if (stripped.indexOf("[") !== -1 && stripped.indexOf("]:") !== -1) {
                    error = "failed to parse address with port";
                    result = constants6.RE_URL_WITH_PORT.exec(stripped);
                    if (result === null) {
                        return {
                            error,
                            address: null,
                            port: null
                        };
                    }
                    host = result[1];
                    port = result[2];
                } else {
                    error = "failed to parse address from URL";
                    result = constants6.RE_URL.exec(stripped);
                    if (result === null) {
                        return {
                            error,
                            address: null,
                            port: null
                        };
                    }
                    host = (_a = result[1]) !== null && _a !== void 0 ? _a : result[2];
                }
                if (port) {
                    port = parseInt(port, 10);
                    if (port < 0 || port > 65535) {
                        port = null;
                    }
                } else {
                    port = null;
                }
                let address;
                try {
                    address = new Address6(host);
                } catch  {
                    return {
                        error,
                        address: null,
                        port: null
                    };
                }
                return {
                    address,
                    port
                };
            }
            static fromAddressAndMask(address, mask) {
                const bits = common.prefixLengthFromMask(new Address6(mask).bigInt(), constants6.BITS);
                return new Address6(`${address}/${bits}`);
            }
            static fromAddressAndWildcardMask(address, wildcardMask) {
                const wildcard = new Address6(wildcardMask).bigInt();
                const allOnes = (BigInt(1) << BigInt(constants6.BITS)) - BigInt(1);
                const mask = wildcard ^ allOnes;
                const bits = common.prefixLengthFromMask(mask, constants6.BITS);
                return new Address6(`${address}/${bits}`);
            }
            static fromWildcard(input) {
                if (input.includes("%") || input.includes("/")) {
                    throw new address_error_1.AddressError("Wildcard pattern must not include a zone or CIDR suffix");
                }
                const halves = input.split("::");
                if (halves.length > 2) {
                    throw new address_error_1.AddressError("Wildcard pattern cannot contain more than one '::'");
                }
                let groups;
                if (halves.length === 2) {
                    const left = halves[0] === "" ? [] : halves[0].split(":");
                    const right = halves[1] === "" ? [] : halves[1].split(":");
                    const remaining = constants6.GROUPS - left.length - right.length;
                    if (remaining < 1) {
                        throw new address_error_1.AddressError("Wildcard pattern with '::' has too many groups");
                    }
                    groups = [
                        ...left,
                        ...new Array(remaining).fill("0"),
                        ...right
                    ];
                } else {
                    groups = input.split(":");
                }
                if (groups.length !== constants6.GROUPS) {
                    throw new address_error_1.AddressError("Wildcard pattern must have 8 groups");
                }
                let firstWildcard = -1;
                for(let i = 0; i < groups.length; i++){
                    if (groups[i] === "*") {
                        if (firstWildcard === -1) {
                            firstWildcard = i;
                        }
                    } else if (firstWildcard !== -1) {
                        throw new address_error_1.AddressError("Wildcard `*` must only appear in trailing groups (e.g. `2001:db8:*:*:*:*:*:*`)");
                    }
                }
                const trailing = firstWildcard === -1 ? 0 : groups.length - firstWildcard;
                const replaced = groups.map((g)=>g === "*" ? "0" : g);
                const subnetBits = constants6.BITS - trailing * 16;
                return new Address6(`${replaced.join(":")}/${subnetBits}`);
            }
            static fromAddress4(address) {
                const address4 = new ipv4_1.Address4(address);
                const mask6 = constants6.BITS - (constants4.BITS - address4.subnetMask);
                return new Address6(`::ffff:${address4.correctForm()}/${mask6}`);
            }
            static fromArpa(arpaFormAddress) {
                const nibbles = arpaFormAddress.replace(/(\.ip6\.arpa)?\.?$/i, "");
                if (!/^[0-9a-f](\.[0-9a-f]){0,31}$/i.test(nibbles)) {
                    throw new address_error_1.AddressError("Invalid 'ip6.arpa' form.");
                }
                const reversed = nibbles.split(".").reverse();
                const subnetMask = reversed.length * 4;
                const hex = reversed.join("").padEnd(32, "0");
                const groups = [];
                for(let i = 0; i < constants6.GROUPS; i++){
                    groups.push(hex.slice(i * 4, (i + 1) * 4));
                }
                return new Address6(`${groups.join(":")}/${subnetMask}`);
            }
            microsoftTranscription() {
                return `${this.correctForm().replace(/:/g, "-")}.ipv6-literal.net`;
            }
            mask(mask = this.subnetMask) {
                return this.getBitsBase2(0, mask);
            }
            possibleSubnets(subnetSize = 128) {
                const availableBits = constants6.BITS - this.subnetMask;
                const subnetBits = Math.abs(subnetSize - constants6.BITS);
                const subnetPowers = availableBits - subnetBits;
                if (subnetPowers < 0) {
                    return "0";
                }
                return addCommas((BigInt("2") ** BigInt(subnetPowers)).toString(10));
            }
            _startAddress() {
                return BigInt(`0b${this.mask() + "0".repeat(constants6.BITS - this.subnetMask)}`);
            }
            startAddress() {
                return Address6.fromBigInt(this._startAddress());
            }
            startAddressExclusive() {
                const adjust = BigInt("1");
                return Address6.fromBigInt(this._startAddress() + adjust);
            }
            _endAddress() {
                return BigInt(`0b${this.mask() + "1".repeat(constants6.BITS - this.subnetMask)}`);
            }
            endAddress() {
                return Address6.fromBigInt(this._endAddress());
            }
            endAddressExclusive() {
                const adjust = BigInt("1");
                return Address6.fromBigInt(this._endAddress() - adjust);
            }
            offset(n) {
                return Address6.fromBigInt(common.offsetBigInt(this.bigInt(), n, constants6.BITS, "IPv6")).withSubnetMask(this.subnetMask);
            }
            nextNetwork() {
                return Address6.fromBigInt(common.offsetBigInt(this._endAddress(), 1, constants6.BITS, "IPv6")).withSubnetMask(this.subnetMask);
            }
            withSubnetMask(subnetMask) {
                return new Address6(`${this.correctForm()}/${subnetMask}`);
            }
            subnetMaskAddress() {
                return Address6.fromBigInt(BigInt(`0b${"1".repeat(this.subnetMask)}${"0".repeat(constants6.BITS - this.subnetMask)}`));
            }
            wildcardMask() {
                return Address6.fromBigInt(BigInt(`0b${"0".repeat(this.subnetMask)}${"1".repeat(constants6.BITS - this.subnetMask)}`));
            }
            networkForm() {
                return `${this.startAddress().correctForm()}/${this.subnetMask}`;
            }
            getScope() {
                const type = this.getType();
                if (type === "Multicast" || type.startsWith("Multicast ")) {
                    const scope = constants6.SCOPES[parseInt(this.getBits(12, 16).toString(10), 10)];
                    return scope || "Unknown";
                }
                if (type === "Link-local unicast" || type === "Loopback") {
                    return "Link local";
                }
                if (type === "Unspecified") {
                    return "Unknown";
                }
                return "Global";
            }
            getType() {
                for(let i = 0; i < TYPE_SUBNETS.length; i++){
                    const entry = TYPE_SUBNETS[i];
                    if (this.isHostInSubnet(entry[0])) {
                        return entry[1];
                    }
                }
                return "Global unicast";
            }
            getBits(start, end) {
                return BigInt(`0b${this.getBitsBase2(start, end)}`);
            }
            getBitsBase2(start, end) {
                return this.binaryZeroPad().slice(start, end);
            }
            getBitsBase16(start, end) {
                const length = end - start;
                if (length % 4 !== 0) {
                    throw new Error("Length of bits to retrieve must be divisible by four");
                }
                return this.getBits(start, end).toString(16).padStart(length / 4, "0");
            }
            getBitsPastSubnet() {
                return this.getBitsBase2(this.subnetMask, constants6.BITS);
            }
            reverseForm(options) {
                if (!options) {
                    options = {};
                }
                const characters = Math.floor(this.subnetMask / 4);
                const reversed = this.canonicalForm().replace(/:/g, "").split("").slice(0, characters).reverse().join(".");
                if (characters > 0) {
                    if (options.omitSuffix) {
                        return reversed;
                    }
                    return `${reversed}.ip6.arpa.`;
                }
                if (options.omitSuffix) {
                    return "";
                }
                return "ip6.arpa.";
            }
            correctForm() {
                let i;
                let groups = [];
                let zeroCounter = 0;
                const zeroes = [];
                for(i = 0; i < this.parsedAddress.length; i++){
                    const value = parseInt(this.parsedAddress[i], 16);
                    if (value === 0) {
                        zeroCounter++;
                    }
                    if (value !== 0 && zeroCounter > 0) {
                        if (zeroCounter > 1) {
                            zeroes.push([
                                i - zeroCounter,
                                i - 1
                            ]);
                        }
                        zeroCounter = 0;
                    }
                }
                if (zeroCounter > 1) {
                    zeroes.push([
                        this.parsedAddress.length - zeroCounter,
                        this.parsedAddress.length - 1
                    ]);
                }
                const zeroLengths = zeroes.map((n)=>n[1] - n[0] + 1);
                if (zeroes.length > 0) {
                    const index = zeroLengths.indexOf(Math.max(...zeroLengths));
                    groups = compact(this.parsedAddress, zeroes[index]);
                } else {
                    groups = this.parsedAddress;
                }
                for(i = 0; i < groups.length; i++){
                    if (groups[i] !== "compact") {
                        groups[i] = parseInt(groups[i], 16).toString(16);
                    }
                }
                let correct = groups.join(":");
                correct = correct.replace(/^compact$/, "::");
                correct = correct.replace(/(^compact)|(compact$)/, ":");
                correct = correct.replace(/compact/, "");
                return correct;
            }
            binaryZeroPad() {
                if (this._binaryZeroPad === undefined) {
                    this._binaryZeroPad = this.bigInt().toString(2).padStart(constants6.BITS, "0");
                }
                return this._binaryZeroPad;
            }
            parse4in6(address) {
                if (address.indexOf(".") === -1) {
                    return address;
                }
                const groups = address.split(":");
                const lastGroup = groups.slice(-1)[0];
                const v4Octets = lastGroup.split(".");
                if (v4Octets.length === constants4.GROUPS && v4Octets.every((octet)=>/^\d{1,3}$/.test(octet))) {
                    if (v4Octets.some((octet)=>/^0\d/.test(octet))) {
                        const highlighted = v4Octets.map(spanLeadingZeroes4).join(".");
                        const prefix = groups.slice(0, -1).map(helpers.escapeHtml).join(":");
                        const separator = groups.length > 1 ? ":" : "";
                        throw new address_error_1.AddressError("IPv4 addresses can't have leading zeroes.", `${prefix}${separator}${highlighted}`);
                    }
                }
                const address4 = lastGroup.match(constants4.RE_ADDRESS);
                if (address4) {
                    this.parsedAddress4 = address4[0];
                    const v4Suffix = this.subnetMask >= 96 ? `/${this.subnetMask - 96}` : "";
                    this.address4 = new ipv4_1.Address4(`${this.parsedAddress4}${v4Suffix}`);
                    this.v4 = true;
                    groups[groups.length - 1] = this.address4.toGroup6();
                    address = groups.join(":");
                }
                return address;
            }
            parse(address) {
                address = this.parse4in6(address);
                const badCharacters = address.match(constants6.RE_BAD_CHARACTERS);
                if (badCharacters) {
                    throw new address_error_1.AddressError(`Bad character${badCharacters.length > 1 ? "s" : ""} detected in address: ${badCharacters.join("")}`, address.replace(constants6.RE_BAD_CHARACTERS, (character)=>`<span class="parse-error">${helpers.escapeHtml(character)}</span>`));
                }
                const badAddress = address.match(constants6.RE_BAD_ADDRESS);
                if (badAddress) {
                    throw new address_error_1.AddressError(`Address failed regex: ${badAddress.join("")}`, address.replace(constants6.RE_BAD_ADDRESS, '<span class="parse-error">$1</span>'));
                }
                let groups = [];
                const halves = address.split("::");
                if (halves.length === 2) {
                    let first = halves[0].split(":");
                    let last = halves[1].split(":");
                    if (first.length === 1 && first[0] === "") {
                        first = [];
                    }
                    if (last.length === 1 && last[0] === "") {
                        last = [];
                    }
                    const remaining = this.groups - (first.length + last.length);
                    if (!remaining) {
                        throw new address_error_1.AddressError("Error parsing groups");
                    }
                    this.elidedGroups = remaining;
                    this.elisionBegin = first.length;
                    this.elisionEnd = first.length + this.elidedGroups;
                    groups = groups.concat(first);
                    for(let i = 0; i < remaining; i++){
                        groups.push("0");
                    }
                    groups = groups.concat(last);
                } else if (halves.length === 1) {
                    groups = address.split(":");
                    this.elidedGroups = 0;
                } else {
                    throw new address_error_1.AddressError("Too many :: groups found");
                }
                groups = groups.map((group)=>parseInt(group, 16).toString(16));
                if (groups.length !== this.groups) {
                    throw new address_error_1.AddressError("Incorrect number of groups found");
                }
                return groups;
            }
            canonicalForm() {
                return this.parsedAddress.map(paddedHex).join(":");
            }
            decimal() {
                return this.parsedAddress.map((n)=>parseInt(n, 16).toString(10).padStart(5, "0")).join(":");
            }
            bigInt() {
                return BigInt(`0x${this.parsedAddress.map(paddedHex).join("")}`);
            }
            to4() {
                const binary = this.binaryZeroPad().split("");
                const hex = BigInt(`0b${binary.slice(96, 128).join("")}`).toString(16).padStart(8, "0");
                if (this.subnetMask >= 96) {
                    const v4Mask = this.subnetMask - 96;
                    const groups = [];
                    for(let i = 0; i < 8; i += 2){
                        groups.push(parseInt(hex.slice(i, i + 2), 16));
                    }
                    return new ipv4_1.Address4(`${groups.join(".")}/${v4Mask}`);
                }
                return ipv4_1.Address4.fromHex(hex);
            }
            to4in6() {
                const address4 = this.to4();
                const address6 = new Address6(this.parsedAddress.slice(0, 6).join(":"), 6);
                const correct = address6.correctForm();
                let infix = "";
                if (!/:$/.test(correct)) {
                    infix = ":";
                }
                return correct + infix + address4.correctForm();
            }
            inspectTeredo() {
                const prefix = this.getBitsBase16(0, 32);
                const bitsForUdpPort = this.getBits(80, 96);
                const udpPort = (bitsForUdpPort ^ BigInt("0xffff")).toString();
                const server4 = ipv4_1.Address4.fromHex(this.getBitsBase16(32, 64));
                const bitsForClient4 = this.getBits(96, 128);
                const client4 = ipv4_1.Address4.fromHex((bitsForClient4 ^ BigInt("0xffffffff")).toString(16).padStart(8, "0"));
                const flagsBase2 = this.getBitsBase2(64, 80);
                const coneNat = (0, common_1.testBit)(flagsBase2, 15);
                const reserved = (0, common_1.testBit)(flagsBase2, 14);
                const groupIndividual = (0, common_1.testBit)(flagsBase2, 8);
                const universalLocal = (0, common_1.testBit)(flagsBase2, 9);
                const nonce = BigInt(`0b${flagsBase2.slice(2, 6) + flagsBase2.slice(8, 16)}`).toString(10);
                return {
                    prefix: `${prefix.slice(0, 4)}:${prefix.slice(4, 8)}`,
                    server4: server4.address,
                    client4: client4.address,
                    flags: flagsBase2,
                    coneNat,
                    microsoft: {
                        reserved,
                        universalLocal,
                        groupIndividual,
                        nonce
                    },
                    udpPort
                };
            }
            inspect6to4() {
                const prefix = this.getBitsBase16(0, 16);
                const gateway = ipv4_1.Address4.fromHex(this.getBitsBase16(16, 48));
                return {
                    prefix: prefix.slice(0, 4),
                    gateway: gateway.address
                };
            }
            to6to4() {
                if (!this.is4()) {
                    return null;
                }
                const addr6to4 = [
                    "2002",
                    this.getBitsBase16(96, 112),
                    this.getBitsBase16(112, 128),
                    "",
                    "/16"
                ].join(":");
                return new Address6(addr6to4);
            }
            static fromAddress4Nat64(address, prefix = "64:ff9b::/96") {
                const v4 = new ipv4_1.Address4(address);
                const prefix6 = new Address6(prefix);
                const pl = prefix6.subnetMask;
                if (pl !== 32 && pl !== 40 && pl !== 48 && pl !== 56 && pl !== 64 && pl !== 96) {
                    throw new address_error_1.AddressError("NAT64 prefix length must be 32, 40, 48, 56, 64, or 96");
                }
                const prefixBits = prefix6.binaryZeroPad();
                const v4Bits = v4.binaryZeroPad();
                let bits;
                if (pl === 96) {
                    bits = prefixBits.slice(0, 96) + v4Bits;
                } else {
                    const beforeU = 64 - pl;
                    bits = [
                        prefixBits.slice(0, pl),
                        v4Bits.slice(0, beforeU),
                        "00000000",
                        v4Bits.slice(beforeU),
                        "0".repeat(128 - 72 - (32 - beforeU))
                    ].join("");
                }
                const hex = BigInt(`0b${bits}`).toString(16).padStart(32, "0");
                const groups = [];
                for(let i = 0; i < 8; i++){
                    groups.push(hex.slice(i * 4, (i + 1) * 4));
                }
                return new Address6(groups.join(":"));
            }
            toAddress4Nat64(prefix = "64:ff9b::/96") {
                const prefix6 = new Address6(prefix);
                const pl = prefix6.subnetMask;
                if (pl !== 32 && pl !== 40 && pl !== 48 && pl !== 56 && pl !== 64 && pl !== 96) {
                    throw new address_error_1.AddressError("NAT64 prefix length must be 32, 40, 48, 56, 64, or 96");
                }
                if (!this.isHostInSubnet(prefix6)) {
                    return null;
                }
                const bits = this.binaryZeroPad();
                let v4Bits;
                if (pl === 96) {
                    v4Bits = bits.slice(96, 128);
                } else {
                    const beforeU = 64 - pl;
                    v4Bits = bits.slice(pl, pl + beforeU) + bits.slice(72, 72 + (32 - beforeU));
                }
                const octets = [];
                for(let i = 0; i < 4; i++){
                    octets.push(parseInt(v4Bits.slice(i * 8, (i + 1) * 8), 2).toString());
                }
                return new ipv4_1.Address4(octets.join("."));
            }
            toByteArray() {
                const value = this.bigInt().toString(16).padStart(constants6.BITS / 4, "0");
                const bytes = [];
                for(let i = 0, length = value.length; i < length; i += 2){
                    bytes.push(parseInt(value.substring(i, i + 2), 16));
                }
                return bytes;
            }
            toUnsignedByteArray() {
                return this.toByteArray().map(unsignByte);
            }
            static fromByteArray(bytes) {
                common.assertByteArray(bytes, 16, "IPv6", -128);
                return this.fromUnsignedByteArray(bytes.map(unsignByte));
            }
            static fromUnsignedByteArray(bytes) {
                common.assertByteArray(bytes, 16, "IPv6", 0);
                const BYTE_MAX = BigInt("256");
                let result = BigInt("0");
                let multiplier = BigInt("1");
                for(let i = bytes.length - 1; i >= 0; i--){
                    result += multiplier * BigInt(bytes[i].toString(10));
                    multiplier *= BYTE_MAX;
                }
                return Address6.fromBigInt(result);
            }
            isCanonical() {
                return this.addressMinusSuffix === this.canonicalForm();
            }
            isLinkLocal() {
                const embedded = this.embeddedIPv4();
                if (embedded) {
                    return embedded.isLinkLocal();
                }
                return this.isHostInSubnet(LINK_LOCAL_SUBNET);
            }
            isMulticast() {
                const embedded = this.embeddedIPv4();
                if (embedded) {
                    return embedded.isMulticast();
                }
                const type = this.getType();
                return type === "Multicast" || type.startsWith("Multicast ");
            }
            is4() {
                return this.v4;
            }
            isMapped4() {
                return this.isHostInSubnet(IPV4_MAPPED_SUBNET);
            }
            embeddedIPv4() {
                if (this.isMapped4() || this.isHostInSubnet(NAT64_WELL_KNOWN_SUBNET)) {
                    return this.to4();
                }
                return null;
            }
            isTeredo() {
                return this.isHostInSubnet(TEREDO_SUBNET);
            }
            is6to4() {
                return this.isHostInSubnet(SIX_TO_FOUR_SUBNET);
            }
            isLoopback() {
                const embedded = this.embeddedIPv4();
                if (embedded) {
                    return embedded.isLoopback();
                }
                return this.getType() === "Loopback";
            }
            isULA() {
                return this.isHostInSubnet(ULA_SUBNET);
            }
            isPrivate() {
                const embedded = this.embeddedIPv4();
                if (embedded) {
                    return embedded.isPrivate();
                }
                return this.isULA() || this.isHostInSubnet(NAT64_LOCAL_USE_SUBNET);
            }
            isCGNAT() {
                const embedded = this.embeddedIPv4();
                if (embedded) {
                    return embedded.isCGNAT();
                }
                return false;
            }
            isBroadcast() {
                const embedded = this.embeddedIPv4();
                if (embedded) {
                    return embedded.isBroadcast();
                }
                return false;
            }
            isUnspecified() {
                const embedded = this.embeddedIPv4();
                if (embedded) {
                    return embedded.isUnspecified();
                }
                return this.getType() === "Unspecified";
            }
            isDocumentation() {
                return DOCUMENTATION_SUBNETS.some((subnet)=>this.isHostInSubnet(subnet));
            }
            isBenchmarking() {
                const embedded = this.embeddedIPv4();
                if (embedded) {
                    return embedded.isBenchmarking();
                }
                return this.isHostInSubnet(BENCHMARKING_SUBNET);
            }
            isGlobal() {
                const embedded = this.embeddedIPv4();
                if (embedded) {
                    return embedded.isGlobal();
                }
                return this.isHostInSubnet(GLOBAL_UNICAST_SUBNET) && common.isGloballyReachable.call(this, SPECIAL_PURPOSE_V6);
            }
            href(optionalPort) {
                if (optionalPort === undefined) {
                    optionalPort = "";
                } else {
                    optionalPort = `:${optionalPort}`;
                }
                return `http://[${this.correctForm()}]${optionalPort}/`;
            }
            link(options) {
                if (!options) {
                    options = {};
                }
                if (options.className === undefined) {
                    options.className = "";
                }
                if (options.prefix === undefined) {
                    options.prefix = "/#address=";
                }
                if (options.v4 === undefined) {
                    options.v4 = false;
                }
                let formFunction = this.correctForm;
                if (options.v4) {
                    formFunction = this.to4in6;
                }
                const form = formFunction.call(this);
                const safeHref = helpers.escapeHtml(`${options.prefix}${form}`);
                const safeForm = helpers.escapeHtml(form);
                if (options.className) {
                    const safeClass = helpers.escapeHtml(options.className);
                    return `<a href="${safeHref}" class="${safeClass}">${safeForm}</a>`;
                }
                return `<a href="${safeHref}">${safeForm}</a>`;
            }
            group() {
                if (this.elidedGroups === 0) {
                    return helpers.simpleGroup(this.addressMinusSuffix).join(":");
                }
                assert(typeof this.elidedGroups === "number");
                assert(typeof this.elisionBegin === "number");
                const output = [];
                const [left, right] = this.addressMinusSuffix.split("::");
                if (left.length) {
                    output.push(...helpers.simpleGroup(left));
                } else {
                    output.push("");
                }
                const classes = [
                    "hover-group"
                ];
                for(let i = this.elisionBegin; i < this.elisionBegin + this.elidedGroups; i++){
                    classes.push(`group-${i}`);
                }
                output.push(`<span class="${classes.join(" ")}"></span>`);
                if (right.length) {
                    output.push(...helpers.simpleGroup(right, this.elisionEnd));
                } else {
                    output.push("");
                }
                if (this.is4()) {
                    assert(this.address4 instanceof ipv4_1.Address4);
                    output.pop();
                    output.push(this.address4.groupForV6());
                }
                return output.join(":");
            }
            regularExpressionString(substringSearch = false) {
                let output = [];
                const address6 = new Address6(this.correctForm());
                if (address6.elidedGroups === 0) {
                    output.push((0, regular_expressions_1.simpleRegularExpression)(address6.parsedAddress));
                } else if (address6.elidedGroups === constants6.GROUPS) {
                    output.push((0, regular_expressions_1.possibleElisions)(constants6.GROUPS));
                } else {
                    const halves = address6.address.split("::");
                    if (halves[0].length) {
                        output.push((0, regular_expressions_1.simpleRegularExpression)(halves[0].split(":")));
                    }
                    assert(typeof address6.elidedGroups === "number");
                    output.push((0, regular_expressions_1.possibleElisions)(address6.elidedGroups, halves[0].length !== 0, halves[1].length !== 0));
                    if (halves[1].length) {
                        output.push((0, regular_expressions_1.simpleRegularExpression)(halves[1].split(":")));
                    }
                    output = [
                        output.join(":")
                    ];
                }
                if (!substringSearch) {
                    output = [
                        "(?=^|",
                        regular_expressions_1.ADDRESS_BOUNDARY,
                        "|[^\\w\\:])(",
                        ...output,
                        ")(?=[^\\w\\:]|",
                        regular_expressions_1.ADDRESS_BOUNDARY,
                        "|$)"
                    ];
                }
                return output.join("");
            }
            regularExpression(substringSearch = false) {
                return new RegExp(this.regularExpressionString(substringSearch), "i");
            }
        }
        exports.Address6 = Address6;
        const TYPE_SUBNETS = Object.keys(constants6.TYPES).map((subnet)=>[
                new Address6(subnet),
                constants6.TYPES[subnet]
            ]);
        const TEREDO_SUBNET = new Address6("2001::/32");
        const SIX_TO_FOUR_SUBNET = new Address6("2002::/16");
        const ULA_SUBNET = new Address6("fc00::/7");
        const LINK_LOCAL_SUBNET = new Address6("fe80::/10");
        const DOCUMENTATION_SUBNETS = [
            new Address6("2001:db8::/32"),
            new Address6("3fff::/20")
        ];
        const BENCHMARKING_SUBNET = new Address6("2001:2::/48");
        const GLOBAL_UNICAST_SUBNET = new Address6("2000::/3");
        const SPECIAL_PURPOSE_V6 = constants6.SPECIAL_PURPOSE.map(([cidr, , reachable])=>({
                subnet: new Address6(cidr),
                reachable
            }));
        const IPV4_MAPPED_SUBNET = new Address6("::ffff:0:0/96");
        const NAT64_WELL_KNOWN_SUBNET = new Address6("64:ff9b::/96");
        const NAT64_LOCAL_USE_SUBNET = new Address6("64:ff9b:1::/48");
    },
    66437: (__unused_webpack_module, exports)=>{
        Object.defineProperty(exports, "__esModule", {
            value: true
        });
        exports.SPECIAL_PURPOSE = exports.RE_SUBNET_STRING = exports.RE_ADDRESS = exports.GROUPS = exports.BITS = void 0;
        exports.BITS = 32;
        exports.GROUPS = 4;
        exports.RE_ADDRESS = /^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$/g;
        exports.RE_SUBNET_STRING = /\/\d{1,2}$/;
        exports.SPECIAL_PURPOSE = [
            [
                "0.0.0.0/8",
                "This network",
                false
            ],
            [
                "0.0.0.0/32",
                "This host on this network",
                false
            ],
            [
                "10.0.0.0/8",
                "Private-Use",
                false
            ],
            [
                "100.64.0.0/10",
                "Shared Address Space",
                false
            ],
            [
                "127.0.0.0/8",
                "Loopback",
                false
            ],
            [
                "169.254.0.0/16",
                "Link Local",
                false
            ],
            [
                "172.16.0.0/12",
                "Private-Use",
                false
            ],
            [
                "192.0.0.0/24",
                "IETF Protocol Assignments",
                false
            ],
            [
                "192.0.0.0/29",
                "IPv4 Service Continuity Prefix",
                false
            ],
            [
                "192.0.0.8/32",
                "IPv4 dummy address",
                false
            ],
            [
                "192.0.0.9/32",
                "Port Control Protocol Anycast",
                true
            ],
            [
                "192.0.0.10/32",
                "Traversal Using Relays around NAT Anycast",
                true
            ],
            [
                "192.0.0.170/32",
                "NAT64/DNS64 Discovery",
                false
            ],
            [
                "192.0.0.171/32",
                "NAT64/DNS64 Discovery",
                false
            ],
            [
                "192.0.2.0/24",
                "Documentation (TEST-NET-1)",
                false
            ],
            [
                "192.31.196.0/24",
                "AS112-v4",
                true
            ],
            [
                "192.52.193.0/24",
                "AMT",
                true
            ],
            [
                "192.88.99.0/24",
                "Deprecated (6to4 Relay Anycast)",
                null
            ],
            [
                "192.88.99.2/32",
                "6a44-relay anycast address",
                false
            ],
            [
                "192.168.0.0/16",
                "Private-Use",
                false
            ],
            [
                "192.175.48.0/24",
                "Direct Delegation AS112 Service",
                true
            ],
            [
                "198.18.0.0/15",
                "Benchmarking",
                false
            ],
            [
                "198.51.100.0/24",
                "Documentation (TEST-NET-2)",
                false
            ],
            [
                "203.0.113.0/24",
                "Documentation (TEST-NET-3)",
                false
            ],
            [
                "240.0.0.0/4",
                "Reserved",
                false
            ],
            [
                "255.255.255.255/32",
                "Limited Broadcast",
                false
            ]
        ];
    },
    52899: (__unused_webpack_module, exports)=>{
        Object.defineProperty(exports, "__esModule", {
            value: true
        });
        exports.SPECIAL_PURPOSE = exports.RE_URL_WITH_PORT = exports.RE_URL = exports.RE_ZONE_STRING = exports.RE_SUBNET_STRING = exports.RE_BAD_ADDRESS = exports.RE_BAD_CHARACTERS = exports.TYPES = exports.SCOPES = exports.GROUPS = exports.BITS = void 0;
        exports.BITS = 128;
        exports.GROUPS = 8;
        exports.SCOPES = {
            0: "Reserved",
            1: "Interface local",
            2: "Link local",
            4: "Admin local",
            5: "Site local",
            8: "Organization local",
            14: "Global",
            15: "Reserved"
        };
        exports.TYPES = {
            "ff01::1/128": "Multicast (All nodes on this interface)",
            "ff01::2/128": "Multicast (All routers on this interface)",
            "ff02::1/128": "Multicast (All nodes on this link)",
            "ff02::2/128": "Multicast (All routers on this link)",
            "ff05::2/128": "Multicast (All routers in this site)",
            "ff02::5/128": "Multicast (OSPFv3 AllSPF routers)",
            "ff02::6/128": "Multicast (OSPFv3 AllDR routers)",
            "ff02::9/128": "Multicast (RIP routers)",
            "ff02::a/128": "Multicast (EIGRP routers)",
            "ff02::d/128": "Multicast (PIM routers)",
            "ff02::16/128": "Multicast (MLDv2 reports)",
            "ff01::fb/128": "Multicast (mDNSv6)",
            "ff02::fb/128": "Multicast (mDNSv6)",
            "ff05::fb/128": "Multicast (mDNSv6)",
            "ff02::1:2/128": "Multicast (All DHCP servers and relay agents on this link)",
            "ff05::1:2/128": "Multicast (All DHCP servers and relay agents in this site)",
            "ff02::1:3/128": "Multicast (All DHCP servers on this link)",
            "ff05::1:3/128": "Multicast (All DHCP servers in this site)",
            "::/128": "Unspecified",
            "::1/128": "Loopback",
            "::ffff:0:0/96": "IPv4-mapped",
            "ff00::/8": "Multicast",
            "fe80::/10": "Link-local unicast",
            "fc00::/7": "Unique local",
            "2001::/32": "Teredo",
            "2001:2::/48": "Benchmarking",
            "2002::/16": "6to4",
            "2001:db8::/32": "Documentation",
            "3fff::/20": "Documentation",
            "100::/64": "Discard-only",
            "fec0::/10": "Site-local unicast (deprecated)",
            "::/96": "IPv4-compatible (deprecated)",
            "64:ff9b::/96": "NAT64 (well-known)",
            "64:ff9b:1::/48": "NAT64 (local-use)"
        };
        exports.RE_BAD_CHARACTERS = /([^0-9a-f:/%])/gi;
        exports.RE_BAD_ADDRESS = /([0-9a-f]{5,}|:{3,}|[^:]:$|^:[^:]|\/$)/gi;
        exports.RE_SUBNET_STRING = /\/\d{1,3}(?=%|$)/;
        exports.RE_ZONE_STRING = /%.*$/;
        exports.RE_URL = /^(?:\[([0-9a-f:.]+)\]|([0-9a-f:.]+))(?:[/?#].*)?$/i;
        exports.RE_URL_WITH_PORT = /^\[([0-9a-f:.]+)\]:([0-9]{1,5})(?:[/?#].*)?$/i;
        exports.SPECIAL_PURPOSE = [
            [
                "::1/128",
                "Loopback Address",
                false
            ],
            [
                "::/128",
                "Unspecified Address",
                false
            ],
            [
                "::ffff:0:0/96",
                "IPv4-mapped Address",
                false
            ],
            [
                "64:ff9b::/96",
                "IPv4-IPv6 Translat.",
                true
            ],
            [
                "64:ff9b:1::/48",
                "IPv4-IPv6 Translat.",
                false
            ],
            [
                "100::/64",
                "Discard-Only Address Block",
                false
            ],
            [
                "100:0:0:1::/64",
                "Dummy IPv6 Prefix",
                false
            ],
            [
                "2001::/23",
                "IETF Protocol Assignments",
                false
            ],
            [
                "2001::/32",
                "TEREDO",
                false
            ],
            [
                "2001:1::1/128",
                "Port Control Protocol Anycast",
                true
            ],
            [
                "2001:1::2/128",
                "Traversal Using Relays around NAT Anycast",
                true
            ],
            [
                "2001:1::3/128",
                "DNS-SD Service Registration Protocol Anycast",
                true
            ],
            [
                "2001:2::/48",
                "Benchmarking",
                false
            ],
            [
                "2001:3::/32",
                "AMT",
                true
            ],
            [
                "2001:4:112::/48",
                "AS112-v6",
                true
            ],
            [
                "2001:10::/28",
                "Deprecated (previously ORCHID)",
                null
            ],
            [
                "2001:20::/28",
                "ORCHIDv2",
                true
            ],
            [
                "2001:30::/28",
                "Drone Remote ID Protocol Entity Tags (DETs) Prefix",
                true
            ],
            [
                "2001:db8::/32",
                "Documentation",
                false
            ],
            [
                "2002::/16",
                "6to4",
                false
            ],
            [
                "2620:4f:8000::/48",
                "Direct Delegation AS112 Service",
                true
            ],
            [
                "3fff::/20",
                "Documentation",
                false
            ],
            [
                "5f00::/16",
                "Segment Routing (SRv6) SIDs",
                false
            ],
            [
                "fc00::/7",
                "Unique-Local",
                false
            ],
            [
                "fe80::/10",
                "Link-Local Unicast",
                false
            ]
        ];
    },
    20339: (__unused_webpack_module, exports)=>{
        Object.defineProperty(exports, "__esModule", {
            value: true
        });
        exports.escapeHtml = escapeHtml;
        exports.spanAllZeroes = spanAllZeroes;
        exports.spanAll = spanAll;
        exports.spanLeadingZeroes = spanLeadingZeroes;
        exports.simpleGroup = simpleGroup;
        function escapeHtml(s) {
            return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
        }
        function spanAllZeroes(s) {
            return escapeHtml(s).replace(/(0+)/g, '<span class="zero">$1</span>');
        }
        function spanAll(s, offset = 0) {
            const letters = s.split("");
            return letters.map((n, i)=>`<span class="digit value-${escapeHtml(n)} position-${i + offset}">${spanAllZeroes(n)}</span>`).join("");
        }
        function spanLeadingZeroesSimple(group) {
            return escapeHtml(group).replace(/^(0+)/, '<span class="zero">$1</span>');
        }
        function spanLeadingZeroes(address) {
            const groups = address.split(":");
            return groups.map((g)=>spanLeadingZeroesSimple(g)).join(":");
        }
        function simpleGroup(addressString, offset = 0) {
            const groups = addressString.split(":");
            return groups.map((g, i)=>{
                if (/group-v4/.test(g)) {
                    return g;
                }
                return `<span class="hover-group group-${i + offset}">${spanLeadingZeroesSimple(g)}</span>`;
            });
        }
    },
    72016: function(__unused_webpack_module, exports, __webpack_require__) {
        var __createBinding = this && this.__createBinding || (Object.create ? function(o, m, k, k2) {
            if (k2 === undefined) k2 = k;
            var desc = Object.getOwnPropertyDescriptor(m, k);
            if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
                desc = {
                    enumerable: true,
                    get: function() {
                        return m[k];
                    }
                };
            }
            Object.defineProperty(o, k2, desc);
        } : function(o, m, k, k2) {
            if (k2 === undefined) k2 = k;
            o[k2] = m[k];
        });
        var __setModuleDefault = this && this.__setModuleDefault || (Object.create ? function(o, v) {
            Object.defineProperty(o, "default", {
                enumerable: true,
                value: v
            });
        } : function(o, v) {
            o["default"] = v;
        });
        var __importStar = this && this.__importStar || function(mod) {
            if (mod && mod.__esModule) return mod;
            var result = {};
            if (mod != null) {
                for(var k in mod)if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
            }
            __setModuleDefault(result, mod);
            return result;
        };
        Object.defineProperty(exports, "__esModule", {
            value: true
        });
        exports.ADDRESS_BOUNDARY = void 0;
        exports.groupPossibilities = groupPossibilities;
        exports.padGroup = padGroup;
        exports.simpleRegularExpression = simpleRegularExpression;
        exports.possibleElisions = possibleElisions;
        const v6 = __importStar(__webpack_require__(52899));
        function groupPossibilities(possibilities) {
            return `(${possibilities.join("|")})`;
        }
        function padGroup(group) {
            if (group.length < 4) {
                return `0{0,${4 - group.length}}${group}`;
            }
            return group;
        }
        exports.ADDRESS_BOUNDARY = "[^A-Fa-f0-9:]";
        function simpleRegularExpression(groups) {
            const zeroIndexes = [];
            groups.forEach((group, i)=>{
                const groupInteger = parseInt(group, 16);
                if (groupInteger === 0) {
                    zeroIndexes.push(i);
                }
            });
            const possibilities = zeroIndexes.map((zeroIndex)=>groups.map((group, i)=>{
                    if (i === zeroIndex) {
                        const elision = i === 0 || i === v6.GROUPS - 1 ? ":" : "";
                        return groupPossibilities([
                            padGroup(group),
                            elision
                        ]);
                    }
                    return padGroup(group);
                }).join(":"));
            possibilities.push(groups.map(padGroup).join(":"));
            return groupPossibilities(possibilities);
        }
        function possibleElisions(elidedGroups, moreLeft, moreRight) {
            const left = moreLeft ? "" : ":";
            const right = moreRight ? "" : ":";
            const possibilities = [];
            if (!moreLeft && !moreRight) {
                possibilities.push("::");
            }
            if (moreLeft && moreRight) {
                possibilities.push("");
            }
            if (moreRight && !moreLeft || !moreRight && moreLeft) {
                possibilities.push(":");
            }
            possibilities.push(`${left}(:0{1,4}){1,${elidedGroups - 1}}`);
            possibilities.push(`(0{1,4}:){1,${elidedGroups - 1}}${right}`);
            possibilities.push(`(0{1,4}:){${elidedGroups - 1}}0{1,4}`);
            for(let groups = 1; groups < elidedGroups - 1; groups++){
                for(let position = 1; position < elidedGroups - groups; position++){
                    possibilities.push(`(0{1,4}:){${position}}:(0{1,4}:){${elidedGroups - position - groups - 1}}0{1,4}`);
                }
            }
            return groupPossibilities(possibilities);
        }
    },
    67290: (__unused_webpack_module, exports, __webpack_require__)=>{
        Object.defineProperty(exports, "__esModule", {
            value: true
        });
        const utils_1 = __webpack_require__(68632);
        const DEFAULT_SMARTBUFFER_SIZE = 4096;
        const DEFAULT_SMARTBUFFER_ENCODING = "utf8";
        class SmartBuffer {
            constructor(options){
                this.length = 0;
                this._encoding = DEFAULT_SMARTBUFFER_ENCODING;
                this._writeOffset = 0;
                this._readOffset = 0;
                if (SmartBuffer.isSmartBufferOptions(options)) {
                    if (options.encoding) {
                        utils_1.checkEncoding(options.encoding);
                        this._encoding = options.encoding;
                    }
                    if (options.size) {
                        if (utils_1.isFiniteInteger(options.size) && options.size > 0) {
                            this._buff = Buffer.allocUnsafe(options.size);
                        } else {
                            throw new Error(utils_1.ERRORS.INVALID_SMARTBUFFER_SIZE);
                        }
                    } else if (options.buff) {
                        if (Buffer.isBuffer(options.buff)) {
                            this._buff = options.buff;
                            this.length = options.buff.length;
                        } else {
                            throw new Error(utils_1.ERRORS.INVALID_SMARTBUFFER_BUFFER);
                        }
                    } else {
                        this._buff = Buffer.allocUnsafe(DEFAULT_SMARTBUFFER_SIZE);
                    }
                } else {
                    if (typeof options !== "undefined") {
                        throw new Error(utils_1.ERRORS.INVALID_SMARTBUFFER_OBJECT);
                    }
                    this._buff = Buffer.allocUnsafe(DEFAULT_SMARTBUFFER_SIZE);
                }
            }
            static fromSize(size, encoding) {
                return new this({
                    size: size,
                    encoding: encoding
                });
            }
            static fromBuffer(buff, encoding) {
                return new this({
                    buff: buff,
                    encoding: encoding
                });
            }
            static fromOptions(options) {
                return new this(options);
            }
            static isSmartBufferOptions(options) {
                const castOptions = options;
                return castOptions && (castOptions.encoding !== undefined || castOptions.size !== undefined || castOptions.buff !== undefined);
            }
            readInt8(offset) {
                return this._readNumberValue(Buffer.prototype.readInt8, 1, offset);
            }
            readInt16BE(offset) {
                return this._readNumberValue(Buffer.prototype.readInt16BE, 2, offset);
            }
            readInt16LE(offset) {
                return this._readNumberValue(Buffer.prototype.readInt16LE, 2, offset);
            }
            readInt32BE(offset) {
                return this._readNumberValue(Buffer.prototype.readInt32BE, 4, offset);
            }
            readInt32LE(offset) {
                return this._readNumberValue(Buffer.prototype.readInt32LE, 4, offset);
            }
            readBigInt64BE(offset) {
                utils_1.bigIntAndBufferInt64Check("readBigInt64BE");
                return this._readNumberValue(Buffer.prototype.readBigInt64BE, 8, offset);
            }
            readBigInt64LE(offset) {
                utils_1.bigIntAndBufferInt64Check("readBigInt64LE");
                return this._readNumberValue(Buffer.prototype.readBigInt64LE, 8, offset);
            }
            writeInt8(value, offset) {
                this._writeNumberValue(Buffer.prototype.writeInt8, 1, value, offset);
                return this;
            }
            insertInt8(value, offset) {
                return this._insertNumberValue(Buffer.prototype.writeInt8, 1, value, offset);
            }
            writeInt16BE(value, offset) {
                return this._writeNumberValue(Buffer.prototype.writeInt16BE, 2, value, offset);
            }
            insertInt16BE(value, offset) {
                return this._insertNumberValue(Buffer.prototype.writeInt16BE, 2, value, offset);
            }
            writeInt16LE(value, offset) {
                return this._writeNumberValue(Buffer.prototype.writeInt16LE, 2, value, offset);
            }
            insertInt16LE(value, offset) {
                return this._insertNumberValue(Buffer.prototype.writeInt16LE, 2, value, offset);
            }
            writeInt32BE(value, offset) {
                return this._writeNumberValue(Buffer.prototype.writeInt32BE, 4, value, offset);
            }
            insertInt32BE(value, offset) {
                return this._insertNumberValue(Buffer.prototype.writeInt32BE, 4, value, offset);
            }
            writeInt32LE(value, offset) {
                return this._writeNumberValue(Buffer.prototype.writeInt32LE, 4, value, offset);
            }
            insertInt32LE(value, offset) {
                return this._insertNumberValue(Buffer.prototype.writeInt32LE, 4, value, offset);
            }
            writeBigInt64BE(value, offset) {
                utils_1.bigIntAndBufferInt64Check("writeBigInt64BE");
                return this._writeNumberValue(Buffer.prototype.writeBigInt64BE, 8, value, offset);
            }
            insertBigInt64BE(value, offset) {
                utils_1.bigIntAndBufferInt64Check("writeBigInt64BE");
                return this._insertNumberValue(Buffer.prototype.writeBigInt64BE, 8, value, offset);
            }
            writeBigInt64LE(value, offset) {
                utils_1.bigIntAndBufferInt64Check("writeBigInt64LE");
                return this._writeNumberValue(Buffer.prototype.writeBigInt64LE, 8, value, offset);
            }
            insertBigInt64LE(value, offset) {
                utils_1.bigIntAndBufferInt64Check("writeBigInt64LE");
                return this._insertNumberValue(Buffer.prototype.writeBigInt64LE, 8, value, offset);
            }
            readUInt8(offset) {
                return this._readNumberValue(Buffer.prototype.readUInt8, 1, offset);
            }
            readUInt16BE(offset) {
                return this._readNumberValue(Buffer.prototype.readUInt16BE, 2, offset);
            }
            readUInt16LE(offset) {
                return this._readNumberValue(Buffer.prototype.readUInt16LE, 2, offset);
            }
            readUInt32BE(offset) {
                return this._readNumberValue(Buffer.prototype.readUInt32BE, 4, offset);
            }
            readUInt32LE(offset) {
                return this._readNumberValue(Buffer.prototype.readUInt32LE, 4, offset);
            }
            readBigUInt64BE(offset) {
                utils_1.bigIntAndBufferInt64Check("readBigUInt64BE");
                return this._readNumberValue(Buffer.prototype.readBigUInt64BE, 8, offset);
            }
            readBigUInt64LE(offset) {
                utils_1.bigIntAndBufferInt64Check("readBigUInt64LE");
                return this._readNumberValue(Buffer.prototype.readBigUInt64LE, 8, offset);
            }
            writeUInt8(value, offset) {
                return this._writeNumberValue(Buffer.prototype.writeUInt8, 1, value, offset);
            }
            insertUInt8(value, offset) {
                return this._insertNumberValue(Buffer.prototype.writeUInt8, 1, value, offset);
            }
            writeUInt16BE(value, offset) {
                return this._writeNumberValue(Buffer.prototype.writeUInt16BE, 2, value, offset);
            }
            insertUInt16BE(value, offset) {
                return this._insertNumberValue(Buffer.prototype.writeUInt16BE, 2, value, offset);
            }
            writeUInt16LE(value, offset) {
                return this._writeNumberValue(Buffer.prototype.writeUInt16LE, 2, value, offset);
            }
            insertUInt16LE(value, offset) {
                return this._insertNumberValue(Buffer.prototype.writeUInt16LE, 2, value, offset);
            }
            writeUInt32BE(value, offset) {
                return this._writeNumberValue(Buffer.prototype.writeUInt32BE, 4, value, offset);
            }
            insertUInt32BE(value, offset) {
                return this._insertNumberValue(Buffer.prototype.writeUInt32BE, 4, value, offset);
            }
            writeUInt32LE(value, offset) {
                return this._writeNumberValue(Buffer.prototype.writeUInt32LE, 4, value, offset);
            }
            insertUInt32LE(value, offset) {
                return this._insertNumberValue(Buffer.prototype.writeUInt32LE, 4, value, offset);
            }
            writeBigUInt64BE(value, offset) {
                utils_1.bigIntAndBufferInt64Check("writeBigUInt64BE");
                return this._writeNumberValue(Buffer.prototype.writeBigUInt64BE, 8, value, offset);
            }
            insertBigUInt64BE(value, offset) {
                utils_1.bigIntAndBufferInt64Check("writeBigUInt64BE");
                return this._insertNumberValue(Buffer.prototype.writeBigUInt64BE, 8, value, offset);
            }
            writeBigUInt64LE(value, offset) {
                utils_1.bigIntAndBufferInt64Check("writeBigUInt64LE");
                return this._writeNumberValue(Buffer.prototype.writeBigUInt64LE, 8, value, offset);
            }
            insertBigUInt64LE(value, offset) {
                utils_1.bigIntAndBufferInt64Check("writeBigUInt64LE");
                return this._insertNumberValue(Buffer.prototype.writeBigUInt64LE, 8, value, offset);
            }
            readFloatBE(offset) {
                return this._readNumberValue(Buffer.prototype.readFloatBE, 4, offset);
            }
            readFloatLE(offset) {
                return this._readNumberValue(Buffer.prototype.readFloatLE, 4, offset);
            }
            writeFloatBE(value, offset) {
                return this._writeNumberValue(Buffer.prototype.writeFloatBE, 4, value, offset);
            }
            insertFloatBE(value, offset) {
                return this._insertNumberValue(Buffer.prototype.writeFloatBE, 4, value, offset);
            }
            writeFloatLE(value, offset) {
                return this._writeNumberValue(Buffer.prototype.writeFloatLE, 4, value, offset);
            }
            insertFloatLE(value, offset) {
                return this._insertNumberValue(Buffer.prototype.writeFloatLE, 4, value, offset);
            }
            readDoubleBE(offset) {
                return this._readNumberValue(Buffer.prototype.readDoubleBE, 8, offset);
            }
            readDoubleLE(offset) {
                return this._readNumberValue(Buffer.prototype.readDoubleLE, 8, offset);
            }
            writeDoubleBE(value, offset) {
                return this._writeNumberValue(Buffer.prototype.writeDoubleBE, 8, value, offset);
            }
            insertDoubleBE(value, offset) {
                return this._insertNumberValue(Buffer.prototype.writeDoubleBE, 8, value, offset);
            }
            writeDoubleLE(value, offset) {
                return this._writeNumberValue(Buffer.prototype.writeDoubleLE, 8, value, offset);
            }
            insertDoubleLE(value, offset) {
                return this._insertNumberValue(Buffer.prototype.writeDoubleLE, 8, value, offset);
            }
            readString(arg1, encoding) {
                let lengthVal;
                if (typeof arg1 === "number") {
                    utils_1.checkLengthValue(arg1);
                    lengthVal = Math.min(arg1, this.length - this._readOffset);
                } else {
                    encoding = arg1;
                    lengthVal = this.length - this._readOffset;
                }
                if (typeof encoding !== "undefined") {
                    utils_1.checkEncoding(encoding);
                }
                const value = this._buff.slice(this._readOffset, this._readOffset + lengthVal).toString(encoding || this._encoding);
                this._readOffset += lengthVal;
                return value;
            }
            insertString(value, offset, encoding) {
                utils_1.checkOffsetValue(offset);
                return this._handleString(value, true, offset, encoding);
            }
            writeString(value, arg2, encoding) {
                return this._handleString(value, false, arg2, encoding);
            }
            readStringNT(encoding) {
                if (typeof encoding !== "undefined") {
                    utils_1.checkEncoding(encoding);
                }
                let nullPos = this.length;
                for(let i = this._readOffset; i < this.length; i++){
                    if (this._buff[i] === 0) {
                        nullPos = i;
                        break;
                    }
                }
                const value = this._buff.slice(this._readOffset, nullPos);
                this._readOffset = nullPos + 1;
                return value.toString(encoding || this._encoding);
            }
            insertStringNT(value, offset, encoding) {
                utils_1.checkOffsetValue(offset);
                this.insertString(value, offset, encoding);
                this.insertUInt8(0, offset + value.length);
                return this;
            }
            writeStringNT(value, arg2, encoding) {
                this.writeString(value, arg2, encoding);
                this.writeUInt8(0, typeof arg2 === "number" ? arg2 + value.length : this.writeOffset);
                return this;
            }
            readBuffer(length) {
                if (typeof length !== "undefined") {
                    utils_1.checkLengthValue(length);
                }
                const lengthVal = typeof length === "number" ? length : this.length;
                const endPoint = Math.min(this.length, this._readOffset + lengthVal);
                const value = this._buff.slice(this._readOffset, endPoint);
                this._readOffset = endPoint;
                return value;
            }
            insertBuffer(value, offset) {
                utils_1.checkOffsetValue(offset);
                return this._handleBuffer(value, true, offset);
            }
            writeBuffer(value, offset) {
                return this._handleBuffer(value, false, offset);
            }
            readBufferNT() {
                let nullPos = this.length;
                for(let i = this._readOffset; i < this.length; i++){
                    if (this._buff[i] === 0) {
                        nullPos = i;
                        break;
                    }
                }
                const value = this._buff.slice(this._readOffset, nullPos);
                this._readOffset = nullPos + 1;
                return value;
            }
            insertBufferNT(value, offset) {
                utils_1.checkOffsetValue(offset);
                this.insertBuffer(value, offset);
                this.insertUInt8(0, offset + value.length);
                return this;
            }
            writeBufferNT(value, offset) {
                if (typeof offset !== "undefined") {
                    utils_1.checkOffsetValue(offset);
                }
                this.writeBuffer(value, offset);
                this.writeUInt8(0, typeof offset === "number" ? offset + value.length : this._writeOffset);
                return this;
            }
            clear() {
                this._writeOffset = 0;
                this._readOffset = 0;
                this.length = 0;
                return this;
            }
            remaining() {
                return this.length - this._readOffset;
            }
            get readOffset() {
                return this._readOffset;
            }
            set readOffset(offset) {
                utils_1.checkOffsetValue(offset);
                utils_1.checkTargetOffset(offset, this);
                this._readOffset = offset;
            }
            get writeOffset() {
                return this._writeOffset;
            }
            set writeOffset(offset) {
                utils_1.checkOffsetValue(offset);
                utils_1.checkTargetOffset(offset, this);
                this._writeOffset = offset;
            }
            get encoding() {
                return this._encoding;
            }
            set encoding(encoding) {
                utils_1.checkEncoding(encoding);
                this._encoding = encoding;
            }
            get internalBuffer() {
                return this._buff;
            }
            toBuffer() {
                return this._buff.slice(0, this.length);
            }
            toString(encoding) {
                const encodingVal = typeof encoding === "string" ? encoding : this._encoding;
                utils_1.checkEncoding(encodingVal);
                return this._buff.toString(encodingVal, 0, this.length);
            }
            destroy() {
                this.clear();
                return this;
            }
            _handleString(value, isInsert, arg3, encoding) {
                let offsetVal = this._writeOffset;
                let encodingVal = this._encoding;
                if (typeof arg3 === "number") {
                    offsetVal = arg3;
                } else if (typeof arg3 === "string") {
                    utils_1.checkEncoding(arg3);
                    encodingVal = arg3;
                }
                if (typeof encoding === "string") {
                    utils_1.checkEncoding(encoding);
                    encodingVal = encoding;
                }
                const byteLength = Buffer.byteLength(value, encodingVal);
                if (isInsert) {
                    this.ensureInsertable(byteLength, offsetVal);
                } else {
                    this._ensureWriteable(byteLength, offsetVal);
                }
                this._buff.write(value, offsetVal, byteLength, encodingVal);
                if (isInsert) {
                    this._writeOffset += byteLength;
                } else {
                    if (typeof arg3 === "number") {
                        this._writeOffset = Math.max(this._writeOffset, offsetVal + byteLength);
                    } else {
                        this._writeOffset += byteLength;
                    }
                }
                return this;
            }
            _handleBuffer(value, isInsert, offset) {
                const offsetVal = typeof offset === "number" ? offset : this._writeOffset;
                if (isInsert) {
                    this.ensureInsertable(value.length, offsetVal);
                } else {
                    this._ensureWriteable(value.length, offsetVal);
                }
                value.copy(this._buff, offsetVal);
                if (isInsert) {
                    this._writeOffset += value.length;
                } else {
                    if (typeof offset === "number") {
                        this._writeOffset = Math.max(this._writeOffset, offsetVal + value.length);
                    } else {
                        this._writeOffset += value.length;
                    }
                }
                return this;
            }
            ensureReadable(length, offset) {
                let offsetVal = this._readOffset;
                if (typeof offset !== "undefined") {
                    utils_1.checkOffsetValue(offset);
                    offsetVal = offset;
                }
                if (offsetVal < 0 || offsetVal + length > this.length) {
                    throw new Error(utils_1.ERRORS.INVALID_READ_BEYOND_BOUNDS);
                }
            }
            ensureInsertable(dataLength, offset) {
                utils_1.checkOffsetValue(offset);
                this._ensureCapacity(this.length + dataLength);
                if (offset < this.length) {
                    this._buff.copy(this._buff, offset + dataLength, offset, this._buff.length);
                }
                if (offset + dataLength > this.length) {
                    this.length = offset + dataLength;
                } else {
                    this.length += dataLength;
                }
            }
            _ensureWriteable(dataLength, offset) {
                const offsetVal = typeof offset === "number" ? offset : this._writeOffset;
                this._ensureCapacity(offsetVal + dataLength);
                if (offsetVal + dataLength > this.length) {
                    this.length = offsetVal + dataLength;
                }
            }
            _ensureCapacity(minLength) {
                const oldLength = this._buff.length;
                if (minLength > oldLength) {
                    let data = this._buff;
                    let newLength = oldLength * 3 / 2 + 1;
                    if (newLength < minLength) {
                        newLength = minLength;
                    }
                    this._buff = Buffer.allocUnsafe(newLength);
                    data.copy(this._buff, 0, 0, oldLength);
                }
            }
            _readNumberValue(func, byteSize, offset) {
                this.ensureReadable(byteSize, offset);
                const value = func.call(this._buff, typeof offset === "number" ? offset : this._readOffset);
                if (typeof offset === "undefined") {
                    this._readOffset += byteSize;
                }
                return value;
            }
            _insertNumberValue(func, byteSize, value, offset) {
                utils_1.checkOffsetValue(offset);
                this.ensureInsertable(byteSize, offset);
                func.call(this._buff, value, offset);
                this._writeOffset += byteSize;
                return this;
            }
            _writeNumberValue(func, byteSize, value, offset) {
                if (typeof offset === "number") {
                    if (offset < 0) {
                        throw new Error(utils_1.ERRORS.INVALID_WRITE_BEYOND_BOUNDS);
                    }
                    utils_1.checkOffsetValue(offset);
                }
                const offsetVal = typeof offset === "number" ? offset : this._writeOffset;
                this._ensureWriteable(byteSize, offsetVal);
                func.call(this._buff, value, offsetVal);
                if (typeof offset === "number") {
                    this._writeOffset = Math.max(this._writeOffset, offsetVal + byteSize);
                } else {
                    this._writeOffset += byteSize;
                }
                return this;
            }
        }
        exports.SmartBuffer = SmartBuffer;
    },
    68632: (__unused_webpack_module, exports, __webpack_require__)=>{
        Object.defineProperty(exports, "__esModule", {
            value: true
        });
        const buffer_1 = __webpack_require__(20181);
        const ERRORS = {
            INVALID_ENCODING: "Invalid encoding provided. Please specify a valid encoding the internal Node.js Buffer supports.",
            INVALID_SMARTBUFFER_SIZE: "Invalid size provided. Size must be a valid integer greater than zero.",
            INVALID_SMARTBUFFER_BUFFER: "Invalid Buffer provided in SmartBufferOptions.",
            INVALID_SMARTBUFFER_OBJECT: "Invalid SmartBufferOptions object supplied to SmartBuffer constructor or factory methods.",
            INVALID_OFFSET: "An invalid offset value was provided.",
            INVALID_OFFSET_NON_NUMBER: "An invalid offset value was provided. A numeric value is required.",
            INVALID_LENGTH: "An invalid length value was provided.",
            INVALID_LENGTH_NON_NUMBER: "An invalid length value was provived. A numeric value is required.",
            INVALID_TARGET_OFFSET: "Target offset is beyond the bounds of the internal SmartBuffer data.",
            INVALID_TARGET_LENGTH: "Specified length value moves cursor beyong the bounds of the internal SmartBuffer data.",
            INVALID_READ_BEYOND_BOUNDS: "Attempted to read beyond the bounds of the managed data.",
            INVALID_WRITE_BEYOND_BOUNDS: "Attempted to write beyond the bounds of the managed data."
        };
        exports.ERRORS = ERRORS;
        function checkEncoding(encoding) {
            if (!buffer_1.Buffer.isEncoding(encoding)) {
                throw new Error(ERRORS.INVALID_ENCODING);
            }
        }
        exports.checkEncoding = checkEncoding;
        function isFiniteInteger(value) {
            return typeof value === "number" && isFinite(value) && isInteger(value);
        }
        exports.isFiniteInteger = isFiniteInteger;
        function checkOffsetOrLengthValue(value, offset) {
            if (typeof value === "number") {
                if (!isFiniteInteger(value) || value < 0) {
                    throw new Error(offset ? ERRORS.INVALID_OFFSET : ERRORS.INVALID_LENGTH);
                }
            } else {
                throw new Error(offset ? ERRORS.INVALID_OFFSET_NON_NUMBER : ERRORS.INVALID_LENGTH_NON_NUMBER);
            }
        }
        function checkLengthValue(length) {
            checkOffsetOrLengthValue(length, false);
        }
        exports.checkLengthValue = checkLengthValue;
        function checkOffsetValue(offset) {
            checkOffsetOrLengthValue(offset, true);
        }
        exports.checkOffsetValue = checkOffsetValue;
        function checkTargetOffset(offset, buff) {
            if (offset < 0 || offset > buff.length) {
                throw new Error(ERRORS.INVALID_TARGET_OFFSET);
            }
        }
        exports.checkTargetOffset = checkTargetOffset;
        function isInteger(value) {
            return typeof value === "number" && isFinite(value) && Math.floor(value) === value;
        }
        function bigIntAndBufferInt64Check(bufferMethod) {
            if (typeof BigInt === "undefined") {
                throw new Error("Platform does not support JS BigInt type.");
            }
            if (typeof buffer_1.Buffer.prototype[bufferMethod] === "undefined") {
                throw new Error(`Platform does not support Buffer.prototype.${bufferMethod}.`);
            }
        }
        exports.bigIntAndBufferInt64Check = bigIntAndBufferInt64Check;
    },
    53357: function(__unused_webpack_module, exports, __webpack_require__) {
        var __createBinding = this && this.__createBinding || (Object.create ? function(o, m, k, k2) {
            if (k2 === undefined) k2 = k;
            var desc = Object.getOwnPropertyDescriptor(m, k);
            if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
                desc = {
                    enumerable: true,
                    get: function() {
                        return m[k];
                    }
                };
            }
            Object.defineProperty(o, k2, desc);
        } : function(o, m, k, k2) {
            if (k2 === undefined) k2 = k;
            o[k2] = m[k];
        });
        var __setModuleDefault = this && this.__setModuleDefault || (Object.create ? function(o, v) {
            Object.defineProperty(o, "default", {
                enumerable: true,
                value: v
            });
        } : function(o, v) {
            o["default"] = v;
        });
        var __importStar = this && this.__importStar || function(mod) {
            if (mod && mod.__esModule) return mod;
            var result = {};
            if (mod != null) {
                for(var k in mod)if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
            }
            __setModuleDefault(result, mod);
            return result;
        };
        var __importDefault = this && this.__importDefault || function(mod) {
            return mod && mod.__esModule ? mod : {
                "default": mod
            };
        };
        Object.defineProperty(exports, "__esModule", {
            value: true
        });
        exports.SocksProxyAgent = void 0;
        const socks_1 = __webpack_require__(42474);
        const agent_base_1 = __webpack_require__(98894);
        const debug_1 = __importDefault(__webpack_require__(2830));
        const dns = __importStar(__webpack_require__(72250));
        const net = __importStar(__webpack_require__(69278));
        const tls = __importStar(__webpack_require__(64756));
        const url_1 = __webpack_require__(87016);
        const debug = (0, debug_1.default)("socks-proxy-agent");
        const setServernameFromNonIpHost = (options)=>{
            if (options.servername === undefined && options.host && !net.isIP(options.host)) {
                return {
                    ...options,
                    servername: options.host
                };
            }
            return options;
        };
        function parseSocksURL(url) {
            let lookup = false;
            let type = 5;
            const host = url.hostname;
            const port = parseInt(url.port, 10) || 1080;
            switch(url.protocol.replace(":", "")){
                case "socks4":
                    lookup = true;
                    type = 4;
                    break;
                case "socks4a":
                    type = 4;
                    break;
                case "socks5":
                    lookup = true;
                    type = 5;
                    break;
                case "socks":
                    type = 5;
                    break;
                case "socks5h":
                    type = 5;
                    break;
                default:
                    throw new TypeError(`A "socks" protocol must be specified! Got: ${String(url.protocol)}`);
            }
            const proxy = {
                host,
                port,
                type
            };
            if (url.username) {
                Object.defineProperty(proxy, "userId", {
                    value: decodeURIComponent(url.username),
                    enumerable: false
                });
            }
            if (url.password != null) {
                Object.defineProperty(proxy, "password", {
                    value: decodeURIComponent(url.password),
                    enumerable: false
                });
            }
            return {
                lookup,
                proxy
            };
        }
        class SocksProxyAgent extends agent_base_1.Agent {
            constructor(uri, opts){
                super(opts);
                const url = typeof uri === "string" ? new url_1.URL(uri) : uri;
                const { proxy, lookup } = parseSocksURL(url);
                this.shouldLookup = lookup;
                this.proxy = proxy;
                this.timeout = opts?.timeout ?? null;
                this.socketOptions = opts?.socketOptions ?? null;
            }
            async connect(req, opts) {
                const { shouldLookup, proxy, timeout } = this;
                if (!opts.host) {
                    throw new Error("No `host` defined!");
                }
                let { host } = opts;
                const { port, lookup: lookupFn = dns.lookup } = opts;
                if (shouldLookup) {
                    host = await new Promise((resolve, reject)=>{
                        lookupFn(host, {}, (err, res)=>{
                            if (err) {
                                reject(err);
                            } else {
                                resolve(res);
                            }
                        });
                    });
                }
                const socksOpts = {
                    proxy,
                    destination: {
                        host,
                        port: typeof port === "number" ? port : parseInt(port, 10)
                    },
                    command: "connect",
                    timeout: timeout ?? undefined,
                    socket_options: this.socketOptions ?? undefined
                };
                const cleanup = (tlsSocket)=>{
                    req.destroy();
                    socket.destroy();
                    if (tlsSocket) tlsSocket.destroy();
                };
                debug("Creating socks proxy connection: %o", socksOpts);
                const { socket } = await socks_1.SocksClient.createConnection(socksOpts);
                debug("Successfully created socks proxy connection");
                if (timeout !== null) {
                    socket.setTimeout(timeout);
                    socket.on("timeout", ()=>cleanup());
                }
                if (opts.secureEndpoint) {
                    debug("Upgrading socket connection to TLS");
                    const tlsSocket = tls.connect({
                        ...omit(setServernameFromNonIpHost(opts), "host", "path", "port"),
                        socket
                    });
                    tlsSocket.once("error", (error)=>{
                        debug("Socket TLS error", error.message);
                        cleanup(tlsSocket);
                    });
                    return tlsSocket;
                }
                return socket;
            }
        }
        SocksProxyAgent.protocols = [
            "socks",
            "socks4",
            "socks4a",
            "socks5",
            "socks5h"
        ];
        exports.SocksProxyAgent = SocksProxyAgent;
        function omit(obj, ...keys) {
            const ret = {};
            let key;
            for(key in obj){
                if (!keys.includes(key)) {
                    ret[key] = obj[key];
                }
            }
            return ret;
        }
    },
    34761: function(__unused_webpack_module, exports, __webpack_require__) {
        var __awaiter = this && this.__awaiter || function(thisArg, _arguments, P, generator) {
            function adopt(value) {
                return value instanceof P ? value : new P(function(resolve) {
                    resolve(value);
                });
            }
            return new (P || (P = Promise))(function(resolve, reject) {
                function fulfilled(value) {
                    try {
                        step(generator.next(value));
                    } catch (e) {
                        reject(e);
                    }
                }
                function rejected(value) {
                    try {
                        step(generator["throw"](value));
                    } catch (e) {
                        reject(e);
                    }
                }
                function step(result) {
                    result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
                }
                step((generator = generator.apply(thisArg, _arguments || [])).next());
            });
        };
        Object.defineProperty(exports, "__esModule", {
            value: true
        });
        exports.SocksClientError = exports.SocksClient = void 0;
        const events_1 = __webpack_require__(2053);
        const net = __webpack_require__(69278);
        const smart_buffer_1 = __webpack_require__(67290);
        const constants_1 = __webpack_require__(24223);
        const helpers_1 = __webpack_require__(50639);
        const receivebuffer_1 = __webpack_require__(41129);
        const util_1 = __webpack_require__(79712);
        Object.defineProperty(exports, "SocksClientError", {
            enumerable: true,
            get: function() {
                return util_1.SocksClientError;
            }
        });
        const ip_address_1 = __webpack_require__(79253);
        class SocksClient extends events_1.EventEmitter {
            constructor(options){
                super();
                this.options = Object.assign({}, options);
                (0, helpers_1.validateSocksClientOptions)(options);
                this.setState(constants_1.SocksClientState.Created);
            }
            static createConnection(options, callback) {
                return new Promise((resolve, reject)=>{
                    try {
                        (0, helpers_1.validateSocksClientOptions)(options, [
                            "connect"
                        ]);
                    } catch (err) {
                        if (typeof callback === "function") {
                            callback(err);
                            return resolve(err);
                        } else {
                            return reject(err);
                        }
                    }
                    const client = new SocksClient(options);
                    client.connect(options.existing_socket);
                    client.once("established", (info)=>{
                        client.removeAllListeners();
                        if (typeof callback === "function") {
                            callback(null, info);
                            resolve(info);
                        } else {
                            resolve(info);
                        }
                    });
                    client.once("error", (err)=>{
                        client.removeAllListeners();
                        if (typeof callback === "function") {
                            callback(err);
                            resolve(err);
                        } else {
                            reject(err);
                        }
                    });
                });
            }
            static createConnectionChain(options, callback) {
                return new Promise((resolve, reject)=>__awaiter(this, void 0, void 0, function*() {
                        try {
                            (0, helpers_1.validateSocksClientChainOptions)(options);
                        } catch (err) {
                            if (typeof callback === "function") {
                                callback(err);
                                return resolve(err);
                            } else {
                                return reject(err);
                            }
                        }
                        if (options.randomizeChain) {
                            (0, util_1.shuffleArray)(options.proxies);
                        }
                        try {
                            let sock;
                            for(let i = 0; i < options.proxies.length; i++){
                                const nextProxy = options.proxies[i];
                                const nextDestination = i === options.proxies.length - 1 ? options.destination : {
                                    host: options.proxies[i + 1].host || options.proxies[i + 1].ipaddress,
                                    port: options.proxies[i + 1].port
                                };
                                const result = yield SocksClient.createConnection({
                                    command: "connect",
                                    proxy: nextProxy,
                                    destination: nextDestination,
                                    existing_socket: sock
                                });
                                sock = sock || result.socket;
                            }
                            if (typeof callback === "function") {
                                callback(null, {
                                    socket: sock
                                });
                                resolve({
                                    socket: sock
                                });
                            } else {
                                resolve({
                                    socket: sock
                                });
                            }
                        } catch (err) {
                            if (typeof callback === "function") {
                                callback(err);
                                resolve(err);
                            } else {
                                reject(err);
                            }
                        }
                    }));
            }
            static createUDPFrame(options) {
                const buff = new smart_buffer_1.SmartBuffer;
                buff.writeUInt16BE(0);
                buff.writeUInt8(options.frameNumber || 0);
                if (net.isIPv4(options.remoteHost.host)) {
                    buff.writeUInt8(constants_1.Socks5HostType.IPv4);
                    buff.writeUInt32BE((0, helpers_1.ipv4ToInt32)(options.remoteHost.host));
                } else if (net.isIPv6(options.remoteHost.host)) {
                    buff.writeUInt8(constants_1.Socks5HostType.IPv6);
                    buff.writeBuffer((0, helpers_1.ipToBuffer)(options.remoteHost.host));
                } else {
                    buff.writeUInt8(constants_1.Socks5HostType.Hostname);
                    buff.writeUInt8(Buffer.byteLength(options.remoteHost.host));
                    buff.writeString(options.remoteHost.host);
                }
                buff.writeUInt16BE(options.remoteHost.port);
                buff.writeBuffer(options.data);
                return buff.toBuffer();
            }
            static parseUDPFrame(data) {
                const buff = smart_buffer_1.SmartBuffer.fromBuffer(data);
                buff.readOffset = 2;
                const frameNumber = buff.readUInt8();
                const hostType = buff.readUInt8();
                let remoteHost;
                if (hostType === constants_1.Socks5HostType.IPv4) {
                    remoteHost = (0, helpers_1.int32ToIpv4)(buff.readUInt32BE());
                } else if (hostType === constants_1.Socks5HostType.IPv6) {
                    remoteHost = ip_address_1.Address6.fromByteArray(Array.from(buff.readBuffer(16))).canonicalForm();
                } else {
                    remoteHost = buff.readString(buff.readUInt8());
                }
                const remotePort = buff.readUInt16BE();
                return {
                    frameNumber,
                    remoteHost: {
                        host: remoteHost,
                        port: remotePort
                    },
                    data: buff.readBuffer()
                };
            }
            setState(newState) {
                if (this.state !== constants_1.SocksClientState.Error) {
                    this.state = newState;
                }
            }
            connect(existingSocket) {
                this.onDataReceived = (data)=>this.onDataReceivedHandler(data);
                this.onClose = ()=>this.onCloseHandler();
                this.onError = (err)=>this.onErrorHandler(err);
                this.onConnect = ()=>this.onConnectHandler();
                const timer = setTimeout(()=>this.onEstablishedTimeout(), this.options.timeout || constants_1.DEFAULT_TIMEOUT);
                if (timer.unref && typeof timer.unref === "function") {
                    timer.unref();
                }
                if (existingSocket) {
                    this.socket = existingSocket;
                } else {
                    this.socket = new net.Socket;
                }
                this.socket.once("close", this.onClose);
                this.socket.once("error", this.onError);
                this.socket.once("connect", this.onConnect);
                this.socket.on("data", this.onDataReceived);
                this.setState(constants_1.SocksClientState.Connecting);
                this.receiveBuffer = new receivebuffer_1.ReceiveBuffer;
                if (existingSocket) {
                    this.socket.emit("connect");
                } else {
                    this.socket.connect(this.getSocketOptions());
                    if (this.options.set_tcp_nodelay !== undefined && this.options.set_tcp_nodelay !== null) {
                        this.socket.setNoDelay(!!this.options.set_tcp_nodelay);
                    }
                }
                this.prependOnceListener("established", (info)=>{
                    setImmediate(()=>{
                        if (this.receiveBuffer.length > 0) {
                            const excessData = this.receiveBuffer.get(this.receiveBuffer.length);
                            info.socket.emit("data", excessData);
                        }
                        info.socket.resume();
                    });
                });
            }
            getSocketOptions() {
                return Object.assign(Object.assign({}, this.options.socket_options), {
                    host: this.options.proxy.host || this.options.proxy.ipaddress,
                    port: this.options.proxy.port
                });
            }
            onEstablishedTimeout() {
                if (this.state !== constants_1.SocksClientState.Established && this.state !== constants_1.SocksClientState.BoundWaitingForConnection) {
                    this.closeSocket(constants_1.ERRORS.ProxyConnectionTimedOut);
                }
            }
            onConnectHandler() {
                this.setState(constants_1.SocksClientState.Connected);
                if (this.options.proxy.type === 4) {
                    this.sendSocks4InitialHandshake();
                } else {
                    this.sendSocks5InitialHandshake();
                }
                this.setState(constants_1.SocksClientState.SentInitialHandshake);
            }
            onDataReceivedHandler(data) {
                this.receiveBuffer.append(data);
                this.processData();
            }
            processData() {
                while(this.state !== constants_1.SocksClientState.Established && this.state !== constants_1.SocksClientState.Error && this.receiveBuffer.length >= this.nextRequiredPacketBufferSize){
                    if (this.state === constants_1.SocksClientState.SentInitialHandshake) {
                        if (this.options.proxy.type === 4) {
                            this.handleSocks4FinalHandshakeResponse();
                        } else {
                            this.handleInitialSocks5HandshakeResponse();
                        }
                    } else if (this.state === constants_1.SocksClientState.SentAuthentication) {
                        this.handleInitialSocks5AuthenticationHandshakeResponse();
                    } else if (this.state === constants_1.SocksClientState.SentFinalHandshake) {
                        this.handleSocks5FinalHandshakeResponse();
                    } else if (this.state === constants_1.SocksClientState.BoundWaitingForConnection) {
                        if (this.options.proxy.type === 4) {
                            this.handleSocks4IncomingConnectionResponse();
                        } else {
                            this.handleSocks5IncomingConnectionResponse();
                        }
                    } else {
                        this.closeSocket(constants_1.ERRORS.InternalError);
                        break;
                    }
                }
            }
            onCloseHandler() {
                this.closeSocket(constants_1.ERRORS.SocketClosed);
            }
            onErrorHandler(err) {
                this.closeSocket(err.message);
            }
            removeInternalSocketHandlers() {
                this.socket.pause();
                this.socket.removeListener("data", this.onDataReceived);
                this.socket.removeListener("close", this.onClose);
                this.socket.removeListener("error", this.onError);
                this.socket.removeListener("connect", this.onConnect);
            }
            closeSocket(err) {
                if (this.state !== constants_1.SocksClientState.Error) {
                    this.setState(constants_1.SocksClientState.Error);
                    this.socket.destroy();
                    this.removeInternalSocketHandlers();
                    this.emit("error", new util_1.SocksClientError(err, this.options));
                }
            }
            sendSocks4InitialHandshake() {
                const userId = this.options.proxy.userId || "";
                const buff = new smart_buffer_1.SmartBuffer;
                buff.writeUInt8(4);
                buff.writeUInt8(constants_1.SocksCommand[this.options.command]);
                buff.writeUInt16BE(this.options.destination.port);
                if (net.isIPv4(this.options.destination.host)) {
                    buff.writeBuffer((0, helpers_1.ipToBuffer)(this.options.destination.host));
                    buff.writeStringNT(userId);
                } else {
                    buff.writeUInt8(0);
                    buff.writeUInt8(0);
                    buff.writeUInt8(0);
                    buff.writeUInt8(1);
                    buff.writeStringNT(userId);
                    buff.writeStringNT(this.options.destination.host);
                }
                this.nextRequiredPacketBufferSize = constants_1.SOCKS_INCOMING_PACKET_SIZES.Socks4Response;
                this.socket.write(buff.toBuffer());
            }
            handleSocks4FinalHandshakeResponse() {
                const data = this.receiveBuffer.get(8);
                if (data[1] !== constants_1.Socks4Response.Granted) {
                    this.closeSocket(`${constants_1.ERRORS.Socks4ProxyRejectedConnection} - (${constants_1.Socks4Response[data[1]]})`);
                } else {
                    if (constants_1.SocksCommand[this.options.command] === constants_1.SocksCommand.bind) {
                        const buff = smart_buffer_1.SmartBuffer.fromBuffer(data);
                        buff.readOffset = 2;
                        const remoteHost = {
                            port: buff.readUInt16BE(),
                            host: (0, helpers_1.int32ToIpv4)(buff.readUInt32BE())
                        };
                        if (remoteHost.host === "0.0.0.0") {
                            remoteHost.host = this.options.proxy.ipaddress;
                        }
                        this.setState(constants_1.SocksClientState.BoundWaitingForConnection);
                        this.emit("bound", {
                            remoteHost,
                            socket: this.socket
                        });
                    } else {
                        this.setState(constants_1.SocksClientState.Established);
                        this.removeInternalSocketHandlers();
                        this.emit("established", {
                            socket: this.socket
                        });
                    }
                }
            }
            handleSocks4IncomingConnectionResponse() {
                const data = this.receiveBuffer.get(8);
                if (data[1] !== constants_1.Socks4Response.Granted) {
                    this.closeSocket(`${constants_1.ERRORS.Socks4ProxyRejectedIncomingBoundConnection} - (${constants_1.Socks4Response[data[1]]})`);
                } else {
                    const buff = smart_buffer_1.SmartBuffer.fromBuffer(data);
                    buff.readOffset = 2;
                    const remoteHost = {
                        port: buff.readUInt16BE(),
                        host: (0, helpers_1.int32ToIpv4)(buff.readUInt32BE())
                    };
                    this.setState(constants_1.SocksClientState.Established);
                    this.removeInternalSocketHandlers();
                    this.emit("established", {
                        remoteHost,
                        socket: this.socket
                    });
                }
            }
            sendSocks5InitialHandshake() {
                const buff = new smart_buffer_1.SmartBuffer;
                const supportedAuthMethods = [
                    constants_1.Socks5Auth.NoAuth
                ];
                if (this.options.proxy.userId || this.options.proxy.password) {
                    supportedAuthMethods.push(constants_1.Socks5Auth.UserPass);
                }
                if (this.options.proxy.custom_auth_method !== undefined) {
                    supportedAuthMethods.push(this.options.proxy.custom_auth_method);
                }
                buff.writeUInt8(5);
                buff.writeUInt8(supportedAuthMethods.length);
                for (const authMethod of supportedAuthMethods){
                    buff.writeUInt8(authMethod);
                }
                this.nextRequiredPacketBufferSize = constants_1.SOCKS_INCOMING_PACKET_SIZES.Socks5InitialHandshakeResponse;
                this.socket.write(buff.toBuffer());
                this.setState(constants_1.SocksClientState.SentInitialHandshake);
            }
            handleInitialSocks5HandshakeResponse() {
                const data = this.receiveBuffer.get(2);
                if (data[0] !== 5) {
                    this.closeSocket(constants_1.ERRORS.InvalidSocks5IntiailHandshakeSocksVersion);
                } else if (data[1] === constants_1.SOCKS5_NO_ACCEPTABLE_AUTH) {
                    this.closeSocket(constants_1.ERRORS.InvalidSocks5InitialHandshakeNoAcceptedAuthType);
                } else {
                    if (data[1] === constants_1.Socks5Auth.NoAuth) {
                        this.socks5ChosenAuthType = constants_1.Socks5Auth.NoAuth;
                        this.sendSocks5CommandRequest();
                    } else if (data[1] === constants_1.Socks5Auth.UserPass) {
                        this.socks5ChosenAuthType = constants_1.Socks5Auth.UserPass;
                        this.sendSocks5UserPassAuthentication();
                    } else if (data[1] === this.options.proxy.custom_auth_method) {
                        this.socks5ChosenAuthType = this.options.proxy.custom_auth_method;
                        this.sendSocks5CustomAuthentication();
                    } else {
                        this.closeSocket(constants_1.ERRORS.InvalidSocks5InitialHandshakeUnknownAuthType);
                    }
                }
            }
            sendSocks5UserPassAuthentication() {
                const userId = this.options.proxy.userId || "";
                const password = this.options.proxy.password || "";
                const buff = new smart_buffer_1.SmartBuffer;
                buff.writeUInt8(1);
                buff.writeUInt8(Buffer.byteLength(userId));
                buff.writeString(userId);
                buff.writeUInt8(Buffer.byteLength(password));
                buff.writeString(password);
                this.nextRequiredPacketBufferSize = constants_1.SOCKS_INCOMING_PACKET_SIZES.Socks5UserPassAuthenticationResponse;
                this.socket.write(buff.toBuffer());
                this.setState(constants_1.SocksClientState.SentAuthentication);
            }
            sendSocks5CustomAuthentication() {
                return __awaiter(this, void 0, void 0, function*() {
                    this.nextRequiredPacketBufferSize = this.options.proxy.custom_auth_response_size;
                    this.socket.write((yield this.options.proxy.custom_auth_request_handler()));
                    this.setState(constants_1.SocksClientState.SentAuthentication);
                });
            }
            handleSocks5CustomAuthHandshakeResponse(data) {
                return __awaiter(this, void 0, void 0, function*() {
                    return yield this.options.proxy.custom_auth_response_handler(data);
                });
            }
            handleSocks5AuthenticationNoAuthHandshakeResponse(data) {
                return __awaiter(this, void 0, void 0, function*() {
                    return data[1] === 0;
                });
            }
            handleSocks5AuthenticationUserPassHandshakeResponse(data) {
                return __awaiter(this, void 0, void 0, function*() {
                    return data[1] === 0;
                });
            }
            handleInitialSocks5AuthenticationHandshakeResponse() {
                return __awaiter(this, void 0, void 0, function*() {
                    this.setState(constants_1.SocksClientState.ReceivedAuthenticationResponse);
                    let authResult = false;
                    if (this.socks5ChosenAuthType === constants_1.Socks5Auth.NoAuth) {
                        authResult = yield this.handleSocks5AuthenticationNoAuthHandshakeResponse(this.receiveBuffer.get(2));
                    } else if (this.socks5ChosenAuthType === constants_1.Socks5Auth.UserPass) {
                        authResult = yield this.handleSocks5AuthenticationUserPassHandshakeResponse(this.receiveBuffer.get(2));
                    } else if (this.socks5ChosenAuthType === this.options.proxy.custom_auth_method) {
                        authResult = yield this.handleSocks5CustomAuthHandshakeResponse(this.receiveBuffer.get(this.options.proxy.custom_auth_response_size));
                    }
                    if (!authResult) {
                        this.closeSocket(constants_1.ERRORS.Socks5AuthenticationFailed);
                    } else {
                        this.sendSocks5CommandRequest();
                    }
                });
            }
            sendSocks5CommandRequest() {
                const buff = new smart_buffer_1.SmartBuffer;
                buff.writeUInt8(5);
                buff.writeUInt8(constants_1.SocksCommand[this.options.command]);
                buff.writeUInt8(0);
                if (net.isIPv4(this.options.destination.host)) {
                    buff.writeUInt8(constants_1.Socks5HostType.IPv4);
                    buff.writeBuffer((0, helpers_1.ipToBuffer)(this.options.destination.host));
                } else if (net.isIPv6(this.options.destination.host)) {
                    buff.writeUInt8(constants_1.Socks5HostType.IPv6);
                    buff.writeBuffer((0, helpers_1.ipToBuffer)(this.options.destination.host));
                } else {
                    buff.writeUInt8(constants_1.Socks5HostType.Hostname);
                    buff.writeUInt8(this.options.destination.host.length);
                    buff.writeString(this.options.destination.host);
                }
                buff.writeUInt16BE(this.options.destination.port);
                this.nextRequiredPacketBufferSize = constants_1.SOCKS_INCOMING_PACKET_SIZES.Socks5ResponseHeader;
                this.socket.write(buff.toBuffer());
                this.setState(constants_1.SocksClientState.SentFinalHandshake);
            }
            handleSocks5FinalHandshakeResponse() {
                const header = this.receiveBuffer.peek(5);
                if (header[0] !== 5 || header[1] !== constants_1.Socks5Response.Granted) {
                    this.closeSocket(`${constants_1.ERRORS.InvalidSocks5FinalHandshakeRejected} - ${constants_1.Socks5Response[header[1]]}`);
                } else {
                    const addressType = header[3];
                    let remoteHost;
                    let buff;
                    if (addressType === constants_1.Socks5HostType.IPv4) {
                        const dataNeeded = constants_1.SOCKS_INCOMING_PACKET_SIZES.Socks5ResponseIPv4;
                        if (this.receiveBuffer.length < dataNeeded) {
                            this.nextRequiredPacketBufferSize = dataNeeded;
                            return;
                        }
                        buff = smart_buffer_1.SmartBuffer.fromBuffer(this.receiveBuffer.get(dataNeeded).slice(4));
                        remoteHost = {
                            host: (0, helpers_1.int32ToIpv4)(buff.readUInt32BE()),
                            port: buff.readUInt16BE()
                        };
                        if (remoteHost.host === "0.0.0.0") {
                            remoteHost.host = this.options.proxy.ipaddress;
                        }
                    } else if (addressType === constants_1.Socks5HostType.Hostname) {
                        const hostLength = header[4];
                        const dataNeeded = constants_1.SOCKS_INCOMING_PACKET_SIZES.Socks5ResponseHostname(hostLength);
                        if (this.receiveBuffer.length < dataNeeded) {
                            this.nextRequiredPacketBufferSize = dataNeeded;
                            return;
                        }
                        buff = smart_buffer_1.SmartBuffer.fromBuffer(this.receiveBuffer.get(dataNeeded).slice(5));
                        remoteHost = {
                            host: buff.readString(hostLength),
                            port: buff.readUInt16BE()
                        };
                    } else if (addressType === constants_1.Socks5HostType.IPv6) {
                        const dataNeeded = constants_1.SOCKS_INCOMING_PACKET_SIZES.Socks5ResponseIPv6;
                        if (this.receiveBuffer.length < dataNeeded) {
                            this.nextRequiredPacketBufferSize = dataNeeded;
                            return;
                        }
                        buff = smart_buffer_1.SmartBuffer.fromBuffer(this.receiveBuffer.get(dataNeeded).slice(4));
                        remoteHost = {
                            host: ip_address_1.Address6.fromByteArray(Array.from(buff.readBuffer(16))).canonicalForm(),
                            port: buff.readUInt16BE()
                        };
                    }
                    this.setState(constants_1.SocksClientState.ReceivedFinalResponse);
                    if (constants_1.SocksCommand[this.options.command] === constants_1.SocksCommand.connect) {
                        this.setState(constants_1.SocksClientState.Established);
                        this.removeInternalSocketHandlers();
                        this.emit("established", {
                            remoteHost,
                            socket: this.socket
                        });
                    } else if (constants_1.SocksCommand[this.options.command] === constants_1.SocksCommand.bind) {
                        this.setState(constants_1.SocksClientState.BoundWaitingForConnection);
                        this.nextRequiredPacketBufferSize = constants_1.SOCKS_INCOMING_PACKET_SIZES.Socks5ResponseHeader;
                        this.emit("bound", {
                            remoteHost,
                            socket: this.socket
                        });
                    } else if (constants_1.SocksCommand[this.options.command] === constants_1.SocksCommand.associate) {
                        this.setState(constants_1.SocksClientState.Established);
                        this.removeInternalSocketHandlers();
                        this.emit("established", {
                            remoteHost,
                            socket: this.socket
                        });
                    }
                }
            }
            handleSocks5IncomingConnectionResponse() {
                const header = this.receiveBuffer.peek(5);
                if (header[0] !== 5 || header[1] !== constants_1.Socks5Response.Granted) {
                    this.closeSocket(`${constants_1.ERRORS.Socks5ProxyRejectedIncomingBoundConnection} - ${constants_1.Socks5Response[header[1]]}`);
                } else {
                    const addressType = header[3];
                    let remoteHost;
                    let buff;
                    if (addressType === constants_1.Socks5HostType.IPv4) {
                        const dataNeeded = constants_1.SOCKS_INCOMING_PACKET_SIZES.Socks5ResponseIPv4;
                        if (this.receiveBuffer.length < dataNeeded) {
                            this.nextRequiredPacketBufferSize = dataNeeded;
                            return;
                        }
                        buff = smart_buffer_1.SmartBuffer.fromBuffer(this.receiveBuffer.get(dataNeeded).slice(4));
                        remoteHost = {
                            host: (0, helpers_1.int32ToIpv4)(buff.readUInt32BE()),
                            port: buff.readUInt16BE()
                        };
                        if (remoteHost.host === "0.0.0.0") {
                            remoteHost.host = this.options.proxy.ipaddress;
                        }
                    } else if (addressType === constants_1.Socks5HostType.Hostname) {
                        const hostLength = header[4];
                        const dataNeeded = constants_1.SOCKS_INCOMING_PACKET_SIZES.Socks5ResponseHostname(hostLength);
                        if (this.receiveBuffer.length < dataNeeded) {
                            this.nextRequiredPacketBufferSize = dataNeeded;
                            return;
                        }
                        buff = smart_buffer_1.SmartBuffer.fromBuffer(this.receiveBuffer.get(dataNeeded).slice(5));
                        remoteHost = {
                            host: buff.readString(hostLength),
                            port: buff.readUInt16BE()
                        };
                    } else if (addressType === constants_1.Socks5HostType.IPv6) {
                        const dataNeeded = constants_1.SOCKS_INCOMING_PACKET_SIZES.Socks5ResponseIPv6;
                        if (this.receiveBuffer.length < dataNeeded) {
                            this.nextRequiredPacketBufferSize = dataNeeded;
                            return;
                        }
                        buff = smart_buffer_1.SmartBuffer.fromBuffer(this.receiveBuffer.get(dataNeeded).slice(4));
                        remoteHost = {
                            host: ip_address_1.Address6.fromByteArray(Array.from(buff.readBuffer(16))).canonicalForm(),
                            port: buff.readUInt16BE()
                        };
                    }
                    this.setState(constants_1.SocksClientState.Established);
                    this.removeInternalSocketHandlers();
                    this.emit("established", {
                        remoteHost,
                        socket: this.socket
                    });
                }
            }
            get socksClientOptions() {
                return Object.assign({}, this.options);
            }
        }
        exports.SocksClient = SocksClient;
    },
    24223: (__unused_webpack_module, exports)=>{
        Object.defineProperty(exports, "__esModule", {
            value: true
        });
        exports.SOCKS5_NO_ACCEPTABLE_AUTH = exports.SOCKS5_CUSTOM_AUTH_END = exports.SOCKS5_CUSTOM_AUTH_START = exports.SOCKS_INCOMING_PACKET_SIZES = exports.SocksClientState = exports.Socks5Response = exports.Socks5HostType = exports.Socks5Auth = exports.Socks4Response = exports.SocksCommand = exports.ERRORS = exports.DEFAULT_TIMEOUT = void 0;
        const DEFAULT_TIMEOUT = 3e4;
        exports.DEFAULT_TIMEOUT = DEFAULT_TIMEOUT;
        const ERRORS = {
            InvalidSocksCommand: "An invalid SOCKS command was provided. Valid options are connect, bind, and associate.",
            InvalidSocksCommandForOperation: "An invalid SOCKS command was provided. Only a subset of commands are supported for this operation.",
            InvalidSocksCommandChain: "An invalid SOCKS command was provided. Chaining currently only supports the connect command.",
            InvalidSocksClientOptionsDestination: "An invalid destination host was provided.",
            InvalidSocksClientOptionsExistingSocket: "An invalid existing socket was provided. This should be an instance of stream.Duplex.",
            InvalidSocksClientOptionsProxy: "Invalid SOCKS proxy details were provided.",
            InvalidSocksClientOptionsTimeout: "An invalid timeout value was provided. Please enter a value above 0 (in ms).",
            InvalidSocksClientOptionsProxiesLength: "At least two socks proxies must be provided for chaining.",
            InvalidSocksClientOptionsCustomAuthRange: "Custom auth must be a value between 0x80 and 0xFE.",
            InvalidSocksClientOptionsCustomAuthOptions: "When a custom_auth_method is provided, custom_auth_request_handler, custom_auth_response_size, and custom_auth_response_handler must also be provided and valid.",
            NegotiationError: "Negotiation error",
            SocketClosed: "Socket closed",
            ProxyConnectionTimedOut: "Proxy connection timed out",
            InternalError: "SocksClient internal error (this should not happen)",
            InvalidSocks4HandshakeResponse: "Received invalid Socks4 handshake response",
            Socks4ProxyRejectedConnection: "Socks4 Proxy rejected connection",
            InvalidSocks4IncomingConnectionResponse: "Socks4 invalid incoming connection response",
            Socks4ProxyRejectedIncomingBoundConnection: "Socks4 Proxy rejected incoming bound connection",
            InvalidSocks5InitialHandshakeResponse: "Received invalid Socks5 initial handshake response",
            InvalidSocks5IntiailHandshakeSocksVersion: "Received invalid Socks5 initial handshake (invalid socks version)",
            InvalidSocks5InitialHandshakeNoAcceptedAuthType: "Received invalid Socks5 initial handshake (no accepted authentication type)",
            InvalidSocks5InitialHandshakeUnknownAuthType: "Received invalid Socks5 initial handshake (unknown authentication type)",
            Socks5AuthenticationFailed: "Socks5 Authentication failed",
            InvalidSocks5FinalHandshake: "Received invalid Socks5 final handshake response",
            InvalidSocks5FinalHandshakeRejected: "Socks5 proxy rejected connection",
            InvalidSocks5IncomingConnectionResponse: "Received invalid Socks5 incoming connection response",
            Socks5ProxyRejectedIncomingBoundConnection: "Socks5 Proxy rejected incoming bound connection"
        };
        exports.ERRORS = ERRORS;
        const SOCKS_INCOMING_PACKET_SIZES = {
            Socks5InitialHandshakeResponse: 2,
            Socks5UserPassAuthenticationResponse: 2,
            Socks5ResponseHeader: 5,
            Socks5ResponseIPv4: 10,
            Socks5ResponseIPv6: 22,
            Socks5ResponseHostname: (hostNameLength)=>hostNameLength + 7,
            Socks4Response: 8
        };
        exports.SOCKS_INCOMING_PACKET_SIZES = SOCKS_INCOMING_PACKET_SIZES;
        var SocksCommand;
        (function(SocksCommand) {
            SocksCommand[SocksCommand["connect"] = 1] = "connect";
            SocksCommand[SocksCommand["bind"] = 2] = "bind";
            SocksCommand[SocksCommand["associate"] = 3] = "associate";
        })(SocksCommand || (exports.SocksCommand = SocksCommand = {}));
        var Socks4Response;
        (function(Socks4Response) {
            Socks4Response[Socks4Response["Granted"] = 90] = "Granted";
            Socks4Response[Socks4Response["Failed"] = 91] = "Failed";
            Socks4Response[Socks4Response["Rejected"] = 92] = "Rejected";
            Socks4Response[Socks4Response["RejectedIdent"] = 93] = "RejectedIdent";
        })(Socks4Response || (exports.Socks4Response = Socks4Response = {}));
        var Socks5Auth;
        (function(Socks5Auth) {
            Socks5Auth[Socks5Auth["NoAuth"] = 0] = "NoAuth";
            Socks5Auth[Socks5Auth["GSSApi"] = 1] = "GSSApi";
            Socks5Auth[Socks5Auth["UserPass"] = 2] = "UserPass";
        })(Socks5Auth || (exports.Socks5Auth = Socks5Auth = {}));
        const SOCKS5_CUSTOM_AUTH_START = 128;
        exports.SOCKS5_CUSTOM_AUTH_START = SOCKS5_CUSTOM_AUTH_START;
        const SOCKS5_CUSTOM_AUTH_END = 254;
        exports.SOCKS5_CUSTOM_AUTH_END = SOCKS5_CUSTOM_AUTH_END;
        const SOCKS5_NO_ACCEPTABLE_AUTH = 255;
        exports.SOCKS5_NO_ACCEPTABLE_AUTH = SOCKS5_NO_ACCEPTABLE_AUTH;
        var Socks5Response;
        (function(Socks5Response) {
            Socks5Response[Socks5Response["Granted"] = 0] = "Granted";
            Socks5Response[Socks5Response["Failure"] = 1] = "Failure";
            Socks5Response[Socks5Response["NotAllowed"] = 2] = "NotAllowed";
            Socks5Response[Socks5Response["NetworkUnreachable"] = 3] = "NetworkUnreachable";
            Socks5Response[Socks5Response["HostUnreachable"] = 4] = "HostUnreachable";
            Socks5Response[Socks5Response["ConnectionRefused"] = 5] = "ConnectionRefused";
            Socks5Response[Socks5Response["TTLExpired"] = 6] = "TTLExpired";
            Socks5Response[Socks5Response["CommandNotSupported"] = 7] = "CommandNotSupported";
            Socks5Response[Socks5Response["AddressNotSupported"] = 8] = "AddressNotSupported";
        })(Socks5Response || (exports.Socks5Response = Socks5Response = {}));
        var Socks5HostType;
        (function(Socks5HostType) {
            Socks5HostType[Socks5HostType["IPv4"] = 1] = "IPv4";
            Socks5HostType[Socks5HostType["Hostname"] = 3] = "Hostname";
            Socks5HostType[Socks5HostType["IPv6"] = 4] = "IPv6";
        })(Socks5HostType || (exports.Socks5HostType = Socks5HostType = {}));
        var SocksClientState;
        (function(SocksClientState) {
            SocksClientState[SocksClientState["Created"] = 0] = "Created";
            SocksClientState[SocksClientState["Connecting"] = 1] = "Connecting";
            SocksClientState[SocksClientState["Connected"] = 2] = "Connected";
            SocksClientState[SocksClientState["SentInitialHandshake"] = 3] = "SentInitialHandshake";
            SocksClientState[SocksClientState["ReceivedInitialHandshakeResponse"] = 4] = "ReceivedInitialHandshakeResponse";
            SocksClientState[SocksClientState["SentAuthentication"] = 5] = "SentAuthentication";
            SocksClientState[SocksClientState["ReceivedAuthenticationResponse"] = 6] = "ReceivedAuthenticationResponse";
            SocksClientState[SocksClientState["SentFinalHandshake"] = 7] = "SentFinalHandshake";
            SocksClientState[SocksClientState["ReceivedFinalResponse"] = 8] = "ReceivedFinalResponse";
            SocksClientState[SocksClientState["BoundWaitingForConnection"] = 9] = "BoundWaitingForConnection";
            SocksClientState[SocksClientState["Established"] = 10] = "Established";
            SocksClientState[SocksClientState["Disconnected"] = 11] = "Disconnected";
            SocksClientState[SocksClientState["Error"] = 99] = "Error";
        })(SocksClientState || (exports.SocksClientState = SocksClientState = {}));
    },
    50639: (__unused_webpack_module, exports, __webpack_require__)=>{
        Object.defineProperty(exports, "__esModule", {
            value: true
        });
        exports.validateSocksClientOptions = validateSocksClientOptions;
        exports.validateSocksClientChainOptions = validateSocksClientChainOptions;
        exports.ipv4ToInt32 = ipv4ToInt32;
        exports.int32ToIpv4 = int32ToIpv4;
        exports.ipToBuffer = ipToBuffer;
        const util_1 = __webpack_require__(79712);
        const constants_1 = __webpack_require__(24223);
        const stream = __webpack_require__(2203);
        const ip_address_1 = __webpack_require__(79253);
        const net = __webpack_require__(69278);
        function validateSocksClientOptions(options, acceptedCommands = [
            "connect",
            "bind",
            "associate"
        ]) {
            if (!constants_1.SocksCommand[options.command]) {
                throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksCommand, options);
            }
            if (acceptedCommands.indexOf(options.command) === -1) {
                throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksCommandForOperation, options);
            }
            if (!isValidSocksRemoteHost(options.destination)) {
                throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksClientOptionsDestination, options);
            }
            if (!isValidSocksProxy(options.proxy)) {
                throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksClientOptionsProxy, options);
            }
            validateCustomProxyAuth(options.proxy, options);
            if (options.timeout && !isValidTimeoutValue(options.timeout)) {
                throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksClientOptionsTimeout, options);
            }
            if (options.existing_socket && !(options.existing_socket instanceof stream.Duplex)) {
                throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksClientOptionsExistingSocket, options);
            }
        }
        function validateSocksClientChainOptions(options) {
            if (options.command !== "connect") {
                throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksCommandChain, options);
            }
            if (!isValidSocksRemoteHost(options.destination)) {
                throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksClientOptionsDestination, options);
            }
            if (!(options.proxies && Array.isArray(options.proxies) && options.proxies.length >= 2)) {
                throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksClientOptionsProxiesLength, options);
            }
            options.proxies.forEach((proxy)=>{
                if (!isValidSocksProxy(proxy)) {
                    throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksClientOptionsProxy, options);
                }
                validateCustomProxyAuth(proxy, options);
            });
            if (options.timeout && !isValidTimeoutValue(options.timeout)) {
                throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksClientOptionsTimeout, options);
            }
        }
        function validateCustomProxyAuth(proxy, options) {
            if (proxy.custom_auth_method !== undefined) {
                if (proxy.custom_auth_method < constants_1.SOCKS5_CUSTOM_AUTH_START || proxy.custom_auth_method > constants_1.SOCKS5_CUSTOM_AUTH_END) {
                    throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksClientOptionsCustomAuthRange, options);
                }
                if (proxy.custom_auth_request_handler === undefined || typeof proxy.custom_auth_request_handler !== "function") {
                    throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksClientOptionsCustomAuthOptions, options);
                }
                if (proxy.custom_auth_response_size === undefined) {
                    throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksClientOptionsCustomAuthOptions, options);
                }
                if (proxy.custom_auth_response_handler === undefined || typeof proxy.custom_auth_response_handler !== "function") {
                    throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksClientOptionsCustomAuthOptions, options);
                }
            }
        }
        function isValidSocksRemoteHost(remoteHost) {
            return remoteHost && typeof remoteHost.host === "string" && Buffer.byteLength(remoteHost.host) < 256 && typeof remoteHost.port === "number" && remoteHost.port >= 0 && remoteHost.port <= 65535;
        }
        function isValidSocksProxy(proxy) {
            return proxy && (typeof proxy.host === "string" || typeof proxy.ipaddress === "string") && typeof proxy.port === "number" && proxy.port >= 0 && proxy.port <= 65535 && (proxy.type === 4 || proxy.type === 5);
        }
        function isValidTimeoutValue(value) {
            return typeof value === "number" && value > 0;
        }
        function ipv4ToInt32(ip) {
            const address = new ip_address_1.Address4(ip);
            return address.toArray().reduce((acc, part)=>(acc << 8) + part, 0) >>> 0;
        }
        function int32ToIpv4(int32) {
            const octet1 = int32 >>> 24 & 255;
            const octet2 = int32 >>> 16 & 255;
            const octet3 = int32 >>> 8 & 255;
            const octet4 = int32 & 255;
            return [
                octet1,
                octet2,
                octet3,
                octet4
            ].join(".");
        }
        function ipToBuffer(ip) {
            if (net.isIPv4(ip)) {
                const address = new ip_address_1.Address4(ip);
                return Buffer.from(address.toArray());
            } else if (net.isIPv6(ip)) {
                const address = new ip_address_1.Address6(ip);
                return Buffer.from(address.canonicalForm().split(":").map((segment)=>segment.padStart(4, "0")).join(""), "hex");
            } else {
                throw new Error("Invalid IP address format");
            }
        }
    },
    41129: (__unused_webpack_module, exports)=>{
        Object.defineProperty(exports, "__esModule", {
            value: true
        });
        exports.ReceiveBuffer = void 0;
        class ReceiveBuffer {
            constructor(size = 4096){
                this.buffer = Buffer.allocUnsafe(size);
                this.offset = 0;
                this.originalSize = size;
            }
            get length() {
                return this.offset;
            }
            append(data) {
                if (!Buffer.isBuffer(data)) {
                    throw new Error("Attempted to append a non-buffer instance to ReceiveBuffer.");
                }
                if (this.offset + data.length >= this.buffer.length) {
                    const tmp = this.buffer;
                    this.buffer = Buffer.allocUnsafe(Math.max(this.buffer.length + this.originalSize, this.buffer.length + data.length));
                    tmp.copy(this.buffer);
                }
                data.copy(this.buffer, this.offset);
                return this.offset += data.length;
            }
            peek(length) {
                if (length > this.offset) {
                    throw new Error("Attempted to read beyond the bounds of the managed internal data.");
                }
                return this.buffer.slice(0, length);
            }
            get(length) {
                if (length > this.offset) {
                    throw new Error("Attempted to read beyond the bounds of the managed internal data.");
                }
                const value = Buffer.allocUnsafe(length);
                this.buffer.slice(0, length).copy(value);
                this.buffer.copyWithin(0, length, length + this.offset - length);
                this.offset -= length;
                return value;
            }
        }
        exports.ReceiveBuffer = ReceiveBuffer;
    },
    79712: (__unused_webpack_module, exports)=>{
        Object.defineProperty(exports, "__esModule", {
            value: true
        });
        exports.SocksClientError = void 0;
        exports.shuffleArray = shuffleArray;
        class SocksClientError extends Error {
            constructor(message, options){
                super(message);
                this.options = options;
            }
        }
        exports.SocksClientError = SocksClientError;
        function shuffleArray(array) {
            for(let i = array.length - 1; i > 0; i--){
                const j = Math.floor(Math.random() * (i + 1));
                [array[i], array[j]] = [
                    array[j],
                    array[i]
                ];
            }
        }
    },
    42474: function(__unused_webpack_module, exports, __webpack_require__) {
        var __createBinding = this && this.__createBinding || (Object.create ? function(o, m, k, k2) {
            if (k2 === undefined) k2 = k;
            var desc = Object.getOwnPropertyDescriptor(m, k);
            if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
                desc = {
                    enumerable: true,
                    get: function() {
                        return m[k];
                    }
                };
            }
            Object.defineProperty(o, k2, desc);
        } : function(o, m, k, k2) {
            if (k2 === undefined) k2 = k;
            o[k2] = m[k];
        });
        var __exportStar = this && this.__exportStar || function(m, exports) {
            for(var p in m)if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
        };
        Object.defineProperty(exports, "__esModule", {
            value: true
        });
        __exportStar(__webpack_require__(34761), exports);
    }
};

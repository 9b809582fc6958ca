"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FakeClock = exports.Clock = void 0;
/** The time source of every domain decision (receipt, transitions, deadline scans); tests move a fake one forward. */
class Clock {
    now() {
        return new Date();
    }
}
exports.Clock = Clock;
class FakeClock extends Clock {
    current;
    constructor(current) {
        super();
        this.current = current;
    }
    now() {
        return new Date(this.current);
    }
    set(at) {
        this.current = new Date(at);
    }
}
exports.FakeClock = FakeClock;
//# sourceMappingURL=clock.js.map
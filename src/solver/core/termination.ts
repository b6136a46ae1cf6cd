// When a search stops: an iteration limit (exact, reproducible) and/or a time limit read from an injected clock.

export interface TerminationOptions {
  /** Wall-clock budget in seconds, measured with `now`. */
  seconds?: number;
  /** Stop once the iteration counter reaches this value (counted across resumed runs). */
  maxIterations?: number;
  /** Milliseconds clock; the search never reads time any other way. */
  now?: () => number;
}

/** How many iterations pass between two clock reads. */
const CLOCK_STRIDE = 256;

/**
 * Decides when to stop. The iteration limit is checked every iteration so runs are reproducible;
 * the clock only every {@link CLOCK_STRIDE} iterations, because reading it is slow.
 */
export class Termination {
  private readonly deadline: number;
  private readonly maxIterations: number;
  private readonly now: (() => number) | undefined;
  private readonly startedAt: number;
  private timeUp = false;

  constructor(options: TerminationOptions) {
    this.now = options.now;
    this.startedAt = this.now ? this.now() : 0;
    this.deadline = options.seconds !== undefined && this.now ? this.startedAt + options.seconds * 1000 : Infinity;
    this.maxIterations = options.maxIterations ?? Infinity;
    if (options.seconds === undefined && options.maxIterations === undefined) {
      throw new Error('a search needs a limit: give seconds (with a clock) or maxIterations');
    }
    if (options.seconds !== undefined && !this.now) throw new Error('a time limit needs a clock: pass now');
  }

  /** True when the search must stop before running iteration `iteration`. */
  shouldStop(iteration: number): boolean {
    if (iteration >= this.maxIterations) return true;
    if (this.timeUp) return true;
    if (this.now && iteration % CLOCK_STRIDE === 0 && this.now() >= this.deadline) this.timeUp = true;
    return this.timeUp;
  }

  /** Seconds since this termination was created (0 without a clock). */
  elapsedSeconds(): number {
    return this.now ? (this.now() - this.startedAt) / 1000 : 0;
  }
}

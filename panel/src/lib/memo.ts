/**
 * Remembers the last call's arguments and result (what HA's frontend uses memoize-one for):
 * derived data such as chart models is recomputed only when one of its inputs changes
 * identity, not on every `hass` update.
 */
export function memoizeOne<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | undefined;
  let last: R;
  return (...args: A): R => {
    if (lastArgs && lastArgs.length === args.length && lastArgs.every((a, i) => a === args[i])) {
      return last;
    }
    last = fn(...args);
    lastArgs = args;
    return last;
  };
}

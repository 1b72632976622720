// Wraps a native function so the page cannot tell: a Proxy forwards everything (name, length,
// prototype, own properties, `new` behaviour) to the original, and `Function.prototype.toString` is
// masked so the wrapper prints exactly as the original (`function fetch() { [native code] }`) instead
// of the Proxy's anonymous `function () { [native code] }`.
//
// Runs in the page's MAIN world before any page script: every native used later is captured now, so a
// page that replaces Reflect.apply or WeakMap.prototype.get afterwards changes nothing here.

export const apply = Reflect.apply;
const weakGet = WeakMap.prototype.get;
const weakSet = WeakMap.prototype.set;
const defineProperty = Object.defineProperty;
const getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;

/** Wrapper -> original, for toString. */
const originals = new WeakMap<object, object>();
let toStringMasked = false;

function maskToString(): void {
  if (toStringMasked) return;
  toStringMasked = true;
  const nativeToString = Function.prototype.toString;
  const masked = new Proxy(nativeToString, {
    apply(target, thisArg: unknown, args: unknown[]) {
      // WeakMap#get answers undefined for non-objects; the native call then throws its own TypeError.
      const original: unknown = apply(weakGet, originals, [thisArg]);
      return apply(target, original ?? thisArg, args);
    },
  });
  apply(weakSet, originals, [masked, nativeToString]);
  replaceValue(Function.prototype, 'toString', masked);
}

/** Replaces an own data property's value, keeping its writable/enumerable/configurable flags. */
function replaceValue(owner: object, name: string, value: unknown): boolean {
  const descriptor = getOwnPropertyDescriptor(owner, name);
  if (!descriptor || !('value' in descriptor) || !descriptor.configurable) return false;
  defineProperty(owner, name, { ...descriptor, value });
  return true;
}

type Callable = (...args: never[]) => unknown;

/**
 * Installs `Proxy(original, {apply})` as `owner[name]`. `around` gets the original call as a thunk and
 * must return what the page gets. Returns false (and changes nothing) when the property is not a
 * plain configurable function.
 */
export function wrapMethod(
  owner: object,
  name: string,
  around: (call: () => unknown, thisArg: unknown, args: unknown[]) => unknown,
): boolean {
  const descriptor = getOwnPropertyDescriptor(owner, name);
  const original: unknown = descriptor?.value;
  if (typeof original !== 'function') return false;
  maskToString();
  const wrapper = new Proxy(original as Callable, {
    apply(target, thisArg: unknown, args: unknown[]) {
      return around(() => apply(target, thisArg, args), thisArg, args);
    },
  });
  apply(weakSet, originals, [wrapper, original]);
  return replaceValue(owner, name, wrapper);
}

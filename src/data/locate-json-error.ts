/**
 * Finds where a JSON text stops being valid. Only used when the engine's JSON.parse error gives no
 * position (older V8 says "Unexpected token ']', … is not valid JSON"; Safari says only "Unexpected
 * EOF"), so that every syntax problem still gets a line and column. Iterative, so deeply nested
 * input cannot overflow the call stack.
 */
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;
const CLOSE = { '{': '}', '[': ']' } as const;

/** Offset of the first character that makes `text` invalid JSON, or -1 when it is valid. */
export function locateJsonError(text: string): number {
  const n = text.length;
  const stack: ('{' | '[')[] = [];
  let i = 0;
  const skip = () => {
    while (i < n && WHITESPACE.has(text[i]!)) i++;
  };

  // Returns the offset of an error inside the string starting at i, or -1 after consuming it.
  const scanString = (): number => {
    i++;
    while (i < n) {
      const c = text[i]!;
      if (c === '"') return (i++, -1);
      if (c < ' ') return i;
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!HEX4.test(text.slice(i + 2, i + 6))) return i;
          i += 6;
        } else if (e !== undefined && ESCAPES.has(e)) i += 2;
        else return i;
      } else i++;
    }
    return n;
  };

  const scanScalar = (): number => {
    if (text[i] === '"') return scanString();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) return ((i += word.length), -1);
    }
    NUMBER.lastIndex = i;
    if (NUMBER.test(text) && NUMBER.lastIndex > i) return ((i = NUMBER.lastIndex), -1);
    return i;
  };

  let state: 'value' | 'member' | 'after' = 'value';
  for (;;) {
    skip();
    const c = text[i];
    if (state === 'value') {
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        skip();
        if (text[i] === CLOSE[c]) {
          stack.pop();
          i++;
          state = 'after';
        } else state = c === '{' ? 'member' : 'value';
        continue;
      }
      const bad = scanScalar();
      if (bad >= 0) return bad;
      state = 'after';
    } else if (state === 'member') {
      if (c !== '"') return i;
      const bad = scanString();
      if (bad >= 0) return bad;
      skip();
      if (text[i] !== ':') return i;
      i++;
      state = 'value';
    } else {
      const top = stack[stack.length - 1];
      if (top === undefined) return i < n ? i : -1;
      if (c === CLOSE[top]) {
        stack.pop();
        i++;
      } else if (c === ',') {
        i++;
        state = top === '{' ? 'member' : 'value';
      } else return i;
    }
  }
}

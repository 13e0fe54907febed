/**
 * Where JSON text first breaks the grammar (RFC 8259), as an offset: JSON.parse's messages say where only in
 * some engines, and a designer needs "line 3, column 14" everywhere. Returns -1 for valid JSON (or when unknown).
 */
interface Cursor {
  text: string;
  at: number;
}

/** Thrown with the offset of the first character that breaks the grammar. */
class Broken {
  constructor(readonly at: number) {}
}

export function jsonErrorPosition(text: string): number {
  const cursor = { text, at: 0 };
  try {
    value(cursor);
    space(cursor);
    return cursor.at < text.length ? cursor.at : -1;
  } catch (error) {
    // Anything else is a stack overflow on absurdly deep nesting: the place is then unknown.
    return error instanceof Broken ? error.at : -1;
  }
}

function fail(cursor: Cursor): never {
  throw new Broken(cursor.at);
}

function space(cursor: Cursor): void {
  while (/[ \t\n\r]/.test(cursor.text[cursor.at] ?? '')) cursor.at++;
}

function literal(cursor: Cursor, word: string): void {
  if (!cursor.text.startsWith(word, cursor.at)) fail(cursor);
  cursor.at += word.length;
}

function value(cursor: Cursor): void {
  space(cursor);
  const char = cursor.text[cursor.at];
  if (char === '{') sequence(cursor, '}', member);
  else if (char === '[') sequence(cursor, ']', value);
  else if (char === '"') string(cursor);
  else if (char === 't' || char === 'f' || char === 'n') literal(cursor, char === 't' ? 'true' : char === 'f' ? 'false' : 'null');
  else number(cursor);
}

function member(cursor: Cursor): void {
  string(cursor);
  space(cursor);
  literal(cursor, ':');
  value(cursor);
}

/** An object or array: its opening character, items separated by commas (none trailing), then `close`. */
function sequence(cursor: Cursor, close: string, item: (cursor: Cursor) => void): void {
  cursor.at++;
  space(cursor);
  if (cursor.text[cursor.at] === close) return void cursor.at++;
  for (;;) {
    item(cursor);
    space(cursor);
    if (cursor.text[cursor.at] === close) return void cursor.at++;
    literal(cursor, ',');
    space(cursor);
  }
}

function string(cursor: Cursor): void {
  literal(cursor, '"');
  for (;;) {
    const char = cursor.text[cursor.at] ?? fail(cursor);
    if (char === '"') return void cursor.at++;
    if (char < ' ') fail(cursor);
    if (char !== '\\') cursor.at++;
    else if (/^u[0-9a-fA-F]{4}/.test(cursor.text.slice(cursor.at + 1, cursor.at + 6))) cursor.at += 6;
    else if (/["\\/bfnrt]/.test(cursor.text[cursor.at + 1] ?? '')) cursor.at += 2;
    else fail(cursor);
  }
}

function number(cursor: Cursor): void {
  const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(cursor.text.slice(cursor.at, cursor.at + 400));
  if (!match) fail(cursor);
  cursor.at += match[0].length;
}

/**
 * Where JSON text first breaks the grammar (RFC 8259), as an offset: JSON.parse's messages say where only in
 * some engines, and a designer needs "line 3, column 14" everywhere. Returns -1 for valid JSON.
 */
export function jsonErrorPosition(text: string): number {
  let at = 0;
  const fail = (): never => {
    throw at;
  };
  const space = () => {
    while (/[ \t\n\r]/.test(text[at] ?? '')) at++;
  };
  const expect = (literal: string) => (text.startsWith(literal, at) ? (at += literal.length) : fail());
  const string = () => {
    expect('"');
    for (;;) {
      const char = text[at] ?? fail();
      if (char === '"') return void at++;
      if (char < ' ') fail();
      if (char === '\\') at += /^u[0-9a-fA-F]{4}/.test(text.slice(at + 1, at + 6)) ? 6 : /["\\/bfnrt]/.test(text[at + 1] ?? '') ? 2 : fail();
      else at++;
    }
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
    at += match?.[0].length || fail();
  };
  const sequence = (close: string, item: () => void) => {
    at++;
    space();
    if (text[at] === close) return void at++;
    for (;;) {
      item();
      space();
      if (text[at] === close) return void at++;
      expect(',');
      space();
    }
  };
  const value = (): void => {
    space();
    const char = text[at];
    if (char === '{') sequence('}', () => (string(), space(), expect(':'), value()));
    else if (char === '[') sequence(']', value);
    else if (char === '"') string();
    else if (char === 't' || char === 'f' || char === 'n') expect(char === 't' ? 'true' : char === 'f' ? 'false' : 'null');
    else number();
  };
  try {
    value();
    space();
    return at < text.length ? at : -1;
  } catch (position) {
    return position as number;
  }
}

// saxen ships no types; these cover the calls src/studio/files/xlsxRead.ts makes.
declare module 'saxen' {
  type Decode = (text: string) => string;
  export class Parser {
    constructor(options?: { proxy?: boolean });
    on(
      event: 'openTag',
      cb: (
        name: string,
        attrs: () => Record<string, string>,
        decode: Decode,
        selfClosing: boolean,
      ) => void,
    ): this;
    on(event: 'closeTag', cb: (name: string) => void): this;
    on(event: 'text', cb: (text: string, decode: Decode) => void): this;
    on(event: 'cdata', cb: (text: string) => void): this;
    on(event: 'error' | 'warn', cb: (error: Error) => void): this;
    parse(xml: string): this;
  }
  export const decode: Decode;
}

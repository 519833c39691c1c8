/**
 * Typed access to the mocha globals @web/test-runner installs before it imports a test file.
 * A module instead of an ambient declaration, so node tests (node:test) see no mocha types.
 */
type Body = () => void | Promise<void>;

interface MochaGlobals {
  describe(title: string, body: () => void): void;
  it(title: string, body: Body): void;
  beforeEach(body: Body): void;
  afterEach(body: Body): void;
}

const mocha = () => globalThis as unknown as MochaGlobals;

export const describe = (title: string, body: () => void) => mocha().describe(title, body);
export const it = (title: string, body: Body) => mocha().it(title, body);
export const beforeEach = (body: Body) => mocha().beforeEach(body);
export const afterEach = (body: Body) => mocha().afterEach(body);

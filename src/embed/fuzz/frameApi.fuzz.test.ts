import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectReadable, textOf } from '../../core/fuzz/checks';
import { fuzzTarget } from '../../core/fuzz/fuzzRun';
import { anyValue, hostileValue } from '../../core/fuzz/hostile';
import { jsonTextOf, mutatedJson, mutatedText } from '../../core/fuzz/mutate';
import { ExportCommand, UiConfigCommand } from '../commands';
import type { FrameApiMode } from '../wire';
import { fuzzCreator, HOST, HOST_WINDOW, received, VALID_COMMANDS } from './fuzzCreator';

const target = fuzzTarget('embed message handler (frame API)');

interface Delivery {
  origin: string;
  fromHost: boolean;
  data: unknown;
}

const RPM_COMMANDS = VALID_COMMANDS.map((command) => ({ ...command, target: 'readyplayerme' }));
const EVENTS = ['v1.avatar.exported', 'v1.loading'];
const STATUS_CODES = [200, 201, 400, 404, 500];
/** What a handler may be given: only what its schema accepts. */
const HANDLER_INPUTS: Record<string, (input: unknown) => boolean> = {
  loadAvatar: (input) => input !== undefined,
  exportAvatar: (input) => ExportCommand.safeParse(input).success,
  configureUi: (input) => UiConfigCommand.safeParse(input).success,
};

function messages(mode: FrameApiMode): fc.Arbitrary<unknown> {
  const valid = mode === 'rpm' ? RPM_COMMANDS : VALID_COMMANDS;
  const broken = fc.oneof(...valid.map((command) => mutatedJson(command)));
  if (mode === 'native') return fc.oneof(broken, fc.constantFrom(...valid), hostileValue, anyValue);
  const asText = (value: unknown) => jsonTextOf(value) ?? value;
  return fc.oneof(broken.map(asText), fc.constantFrom(...valid.map(asText)), fc.oneof(...valid.map((command) => mutatedText(JSON.stringify(command)))), hostileValue, broken);
}

function deliveries(mode: FrameApiMode): fc.Arbitrary<Delivery[]> {
  const delivery = fc.record({
    origin: fc.oneof({ arbitrary: fc.constant(HOST), weight: 8 }, fc.constantFrom('http://localhost:4000', 'https://evil.example.com', 'null', '')),
    fromHost: fc.oneof({ arbitrary: fc.constant(true), weight: 8 }, fc.constant(false)),
    data: messages(mode),
  });
  return fc.array(delivery, { minLength: 1, maxLength: 8 });
}

/** One response to each command from the host, none to anyone else; reasons readable; handlers given valid input only. */
async function handlesSafely(mode: FrameApiMode, list: Delivery[]): Promise<void> {
  const creator = fuzzCreator(mode);
  for (const { origin, fromHost, data } of list) {
    const [postedBefore, reportsBefore, callsBefore, avatarBefore] = [creator.posted.length, creator.reports.length, creator.calls.length, creator.avatar()];
    await creator.api.receive({ origin, source: fromHost ? HOST_WINDOW : { name: 'other' }, data });
    const posts = creator.posted.slice(postedBefore);
    const reported = creator.reports.length - reportsBefore;
    expect(posts.every(({ targetOrigin }) => targetOrigin === HOST)).toBe(true);
    const answers = posts.map(({ payload }) => received(payload));
    const responses = answers.filter((message) => message.type === 'queryResponse');
    expect(answers.filter((message) => message.type !== 'queryResponse').every((event) => EVENTS.includes(event.eventName as string))).toBe(true);
    if (!fromHost) expect([responses.length, reported]).toEqual([0, 0]);
    else if (origin !== HOST) expect([responses.length, reported]).toEqual([0, 1]);
    else expect(responses.length + reported).toBe(1);
    for (const response of responses) checkResponse(response, textOf(data));
    const rejected = responses.some((response) => response.eventName === 'v1.avatar.load' && response.status === 'error');
    if (rejected) expect(creator.avatar()).toBe(avatarBefore);
    for (const { handler, input } of creator.calls.slice(callsBefore)) expect(HANDLER_INPUTS[handler]!(input), handler).toBe(true);
  }
}

function checkResponse(response: Record<string, unknown>, inputText: string): void {
  expect(response).toMatchObject({ type: 'queryResponse', status: expect.stringMatching(/^(ok|error)$/) });
  expect(STATUS_CODES).toContain(response.statusCode);
  expect(() => structuredClone(response)).not.toThrow();
  if (response.status === 'error') expectReadable(String(response.reason).split('; '), inputText);
}

describe('fuzzing the embed message handler', () => {
  for (const mode of ['native', 'rpm'] as const) {
    it(`answers or ignores any sequence of messages, in the ${mode} protocol`, async () => {
      await target.property(deliveries(mode), (list) => handlesSafely(mode, list), 250);
    });
  }
});

describe('what fuzzing the embed message handler found (fixed)', () => {
  it('names an unknown 100,000-character field in a short reason', async () => {
    const creator = fuzzCreator('native');
    const command = { target: 'avatar-atelier', type: 'query', eventName: 'v1.ui.configure', correlationId: 'c', data: { ['x'.repeat(100_000)]: 1 } };
    await creator.api.receive({ origin: HOST, source: HOST_WINDOW, data: command });
    expect(received(creator.posted[0]!.payload)).toMatchObject({ statusCode: 400, reason: `data: Unrecognized key: "${'x'.repeat(40)}…"` });
  });
});
